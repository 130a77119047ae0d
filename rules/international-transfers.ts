// Art 13(1)(f): say whether data leaves the UK (either way) and, if it does, the safeguards.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireMention } from '../src/checks/kinds.js';
import { OTHER_BODY_AS_SUBJECT, TRANSFERS } from './data/completeness-core.js';

export const meta: RuleMeta = {
  id: 'international-transfers',
  severity: 'warning',
  category: 'completeness',
  source: 'UK GDPR Art 13(1)(f), Art 14(1)(f)',
  description: 'The notice says whether personal data is transferred outside the UK and, if so, how it is protected.',
  rationale: 'Schools increasingly use cloud apps hosted abroad; parents are entitled to know whether their child\'s data leaves the UK and what protects it there.',
  messages: {
    missing:
      'The notice does not say whether personal data is sent outside the UK: UK GDPR Art 13(1)(f) requires it either way. Add "We do not transfer personal data outside the UK", or name the countries and the safeguards used (adequacy regulations, the UK IDTA or Addendum).',
  },
};

export function check(context: RuleContext): void {
  // "The council has told us that it does not transfer …" is the council's statement, not the school's.
  requireMention(context, { patterns: TRANSFERS, rejectIfClause: [OTHER_BODY_AS_SUBJECT], topics: ['transfers', 'sharing', 'storage'] });
}

export default { meta, check } satisfies Rule;

// Art 13(1)(e): the recipients, or categories of recipients, of the data.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireMention } from '../src/checks/kinds.js';
import { RECIPIENTS_PATTERNS, SHARING_SAFEGUARD } from './data/completeness-core.js';

export const meta: RuleMeta = {
  id: 'recipients',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 13(1)(e), Art 14(1)(e)',
  description: 'The notice names who the data is shared with (local authority, DfE, the next school, health services, suppliers).',
  rationale: 'Knowing who else receives a child\'s data is what lets a parent object to a disclosure or ask those bodies for their own copy.',
  messages: {
    missing:
      'The notice does not say who the school shares personal data with: UK GDPR Art 13(1)(e) requires the recipients or categories of recipients. Add a "Who we share information with" list (for example the local authority, the Department for Education, the pupil\'s next school, the school nursing service).',
  },
};

export function check(context: RuleContext): void {
  requireMention(context, { patterns: RECIPIENTS_PATTERNS, rejectIfSentence: [SHARING_SAFEGUARD], topics: ['sharing', 'sharing-why'] });
}

export default { meta, check } satisfies Rule;

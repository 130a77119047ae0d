// Art 13(2)(f): the notice says whether decisions are made about people by automated means.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireMention } from '../src/checks/kinds.js';
import { RIGHTS_TOPICS } from '../src/checks/rights-context.js';
import { AUTOMATED_DECISIONS, OTHER_BODYS_RIGHT, OTHER_BODY_LEADS_SENTENCE, PORTABILITY_CONDITION } from './data/rights.js';

export const meta: RuleMeta = {
  id: 'automated-decisions',
  severity: 'warning',
  category: 'completeness',
  source: 'UK GDPR Art 13(2)(f); Arts 22A-22D (Art 22 before 5 February 2026)',
  description: 'The notice says whether automated decision-making or profiling is used (that there is none, or the rights about it).',
  rationale: 'Readers are entitled to know whether a computer makes significant decisions about them. Most schools make none, and one sentence saying so is enough.',
  messages: {
    missing:
      'The notice never says whether the school makes decisions about people by automated means or uses profiling (UK GDPR Art 13(2)(f), Arts 22A-22D). If it does not, add "We do not make decisions about you by automated means, and we do not use profiling."',
  },
};

export function check(context: RuleContext): void {
  requireMention(context, {
    patterns: AUTOMATED_DECISIONS,
    owners: ['school', 'definition'],
    rejectIfSentence: OTHER_BODY_LEADS_SENTENCE,
    rejectIfClause: [...OTHER_BODYS_RIGHT, PORTABILITY_CONDITION],
    topics: RIGHTS_TOPICS,
  });
}

export default { meta, check } satisfies Rule;

// Art 13(2)(e): whether giving the data is required (by law or contract) or a free choice.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireAnyMention } from '../src/checks/kinds.js';
import { ANSWERED_WITH_A_CHOICE, QUESTION_REACH, STATUTORY_QUESTION, STATUTORY_REQUIREMENT } from './data/completeness-core.js';

export const meta: RuleMeta = {
  id: 'statutory-requirement',
  severity: 'warning',
  category: 'completeness',
  source: 'UK GDPR Art 13(2)(e)',
  description: 'The notice says whether providing the data is mandatory or voluntary, and what happens if it is not provided.',
  rationale: 'Parents are often asked for optional information (ethnicity, religion) on the same form as required information; they need to know which is which.',
  messages: {
    missing:
      'The notice does not say whether parents must provide the information or may choose not to: UK GDPR Art 13(2)(e) requires it. Add, for example, "Most of the information we ask for is required by law; where it is optional, we will tell you when we ask for it."',
  },
};

export function check(context: RuleContext): void {
  requireAnyMention(
    context,
    [{ patterns: STATUTORY_REQUIREMENT }, { patterns: [ANSWERED_WITH_A_CHOICE], context: STATUTORY_QUESTION, lookBehind: QUESTION_REACH }],
    ['collection', 'categories'],
  );
}

export default { meta, check } satisfies Rule;

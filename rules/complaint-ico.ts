// Art 13(2)(d): the notice tells readers they can complain to the Information Commissioner.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireAnyMention } from '../src/checks/kinds.js';
import { COMPLAINT_CUE, COMPLAINT_LOOK_BEHIND, CONTENTS_ENTRY, ICO_MENTION, ICO_REGISTRATION } from './data/rights.js';

export const meta: RuleMeta = {
  id: 'complaint-ico',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 13(2)(d), Art 77; DPA 2018 s.165',
  description: "The notice tells readers of their right to complain to the Information Commissioner's Office (ICO).",
  rationale: 'The ICO is the independent route when a school does not put things right. Saying only that the school is registered with the ICO, or naming its powers, does not tell anyone they can complain.',
  messages: {
    missing:
      "The notice never tells readers they can complain to the Information Commissioner's Office (UK GDPR Art 13(2)(d)); a registration number or an ICO link for general information is not a complaint route. Add \"If you are unhappy with how we use your data, you can complain to the Information Commissioner's Office: https://ico.org.uk/make-a-complaint/\".",
  },
};

export function check(context: RuleContext): void {
  requireAnyMention(
    context,
    [
      {
        patterns: ICO_MENTION,
        owners: ['school', 'definition'],
        rejectIfSentence: [ICO_REGISTRATION, CONTENTS_ENTRY],
        context: COMPLAINT_CUE,
        lookBehind: COMPLAINT_LOOK_BEHIND,
        contextTopics: ['complaints'],
      },
    ],
    ['complaints', 'rights'],
  );
}

export default { meta, check } satisfies Rule;

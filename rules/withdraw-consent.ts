// Art 7(3), 13(2)(c): where the notice relies on consent, it says consent can be withdrawn.
import type { Rule, RuleContext, RuleMeta, Topic } from '../src/types.js';
import { requireIf } from '../src/checks/kinds.js';
import { quote, sentenceAround } from '../src/checks/text.js';
import {
  ANSWER_YES_OR_STOP,
  CHANGE_OF_MIND_QUESTION,
  CONSENT_LOOK_BEHIND,
  CONSENT_NAMED,
  CONSENT_NOT_RELIED_ON,
  CONSENT_RELIED_ON,
  CONSENT_WITHDRAWAL,
  CONSENT_WITHDRAWN_BY_PRONOUN,
  HEALTH_CARE_CONSENT,
  OTHER_BODYS_CONSENT,
  QUESTION_LOOK_BEHIND,
  WITHDRAW_AT_ANY_TIME,
} from './data/rights.js';

export const meta: RuleMeta = {
  id: 'withdraw-consent',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 7(3), Art 13(2)(c)',
  description: 'Where the notice relies on consent, it says that consent can be withdrawn at any time.',
  rationale: 'Consent is only valid if it can be taken back as easily as it was given; parents who agreed to photos or a trip need to know they can change their mind. A notice that does not rely on consent passes.',
  messages: {
    missing:
      'The notice relies on consent ("{quote}") but never says consent can be withdrawn (UK GDPR Art 7(3), Art 13(2)(c)). Add "Where we rely on your consent, you can withdraw it at any time" and say how (for example, by emailing the school office).',
  },
};

/** Where a withdrawal statement belongs: with the bases, the rights, or the DfE "Withdrawal of consent" section. */
const WHERE: readonly Topic[] = ['lawful-basis', 'rights', 'complaints'];

/** A withdrawal statement of the school's own consent (not a vaccination team's or the diocese's). */
const schoolsWithdrawal = { rejectIfSentence: [HEALTH_CARE_CONSENT, OTHER_BODYS_CONSENT], owners: ['school', 'definition'] as const, skipHeadings: true };

export function check(context: RuleContext): void {
  requireIf(context, {
    trigger: { patterns: CONSENT_RELIED_ON, rejectIfSentence: CONSENT_NOT_RELIED_ON, skipHeadings: true },
    then: [
      { patterns: CONSENT_WITHDRAWAL, ...schoolsWithdrawal },
      { patterns: [CONSENT_WITHDRAWN_BY_PRONOUN, WITHDRAW_AT_ANY_TIME], context: CONSENT_NAMED, lookBehind: CONSENT_LOOK_BEHIND, ...schoolsWithdrawal },
      { patterns: [ANSWER_YES_OR_STOP], context: CHANGE_OF_MIND_QUESTION, lookBehind: QUESTION_LOOK_BEHIND, ...schoolsWithdrawal },
    ],
    topics: WHERE,
    data: (relied) => ({ quote: quote(sentenceAround(context.notice, relied.start).text) }),
  });
}

export default { meta, check } satisfies Rule;

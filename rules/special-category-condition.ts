// Art 9 with Art 13(1)(c): the condition relied on for special category data (health,
// ethnicity, religion, biometrics), either as an Art 9 condition or beside the data it covers.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { findEvidence, reportMissing } from '../src/checks/kinds.js';
import { findMatches, matchableText, ownedBy, sentenceAround } from '../src/checks/text.js';
import { ARTICLE_9_AS_A_LAW, SPECIAL_CATEGORY_CONDITION, SPECIAL_CATEGORY_IN_WORDS, SPECIAL_CATEGORY_MENTION, SPECIAL_CATEGORY_NEAR, SPECIAL_CATEGORY_REACH } from './data/completeness-core.js';

export const meta: RuleMeta = {
  id: 'special-category-condition',
  severity: 'warning',
  category: 'completeness',
  source: 'UK GDPR Art 9, Art 13(1)(c)',
  description: 'The notice states a condition for processing special category data (an Article 9 condition).',
  rationale: 'Schools hold health, ethnicity and religion data; this needs an Article 9 condition on top of a lawful basis, and parents are entitled to know which.',
  messages: {
    missing:
      'The notice does not state a condition for special category data (health, ethnicity, religion): UK GDPR Art 9 requires one and Art 13(1)(c) requires telling parents. Add, for example, "For special category data we rely on substantial public interest (Article 9(2)(g)) or, where we ask for it, explicit consent."',
  },
};

export function check(context: RuleContext): void {
  if (findEvidence(context, { patterns: SPECIAL_CATEGORY_CONDITION, rejectIfSentence: [ARTICLE_9_AS_A_LAW] }, ['lawful-basis'])) return;
  const { notice } = context;
  const conditionBeside = findMatches(notice, SPECIAL_CATEGORY_MENTION, ownedBy('school')).some((m) => {
    const sentence = sentenceAround(notice, m.start);
    const end = Math.min(sentence.end + SPECIAL_CATEGORY_REACH, m.section?.end ?? notice.text.length);
    return SPECIAL_CATEGORY_NEAR.some((p) => p.test(sentence.text)) || SPECIAL_CATEGORY_IN_WORDS.test(matchableText(notice).slice(sentence.start, end));
  });
  if (!conditionBeside) reportMissing(context, ['lawful-basis', 'purposes'], 'missing');
}

export default { meta, check } satisfies Rule;

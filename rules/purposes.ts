// Art 13(1)(c): what the data is used for. A list announced but never given does not count,
// so the rule wants at least two distinct purposes close together.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { findEvidence, reportMissing } from '../src/checks/kinds.js';
import { clusteredEvidence, hasCuedMatch } from '../src/checks/core-evidence.js';
import { DFE_AS_ACTOR, LEGAL_DUTY_PURPOSE, OWN_PURPOSES, PURPOSE_ASIDE, PURPOSE_NOUNS, PURPOSES_CUE, PURPOSES_LABEL, PURPOSES_TABLE } from './data/completeness-core.js';

export const meta: RuleMeta = {
  id: 'purposes',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 13(1)(c), Art 14(1)(c)',
  description: 'The notice says what the school uses personal data for.',
  rationale: 'The purposes are what every other part of the notice hangs on: a parent cannot judge whether a use is fair without knowing what the data is for.',
  messages: {
    missing:
      'The notice does not say what the school uses personal data for: UK GDPR Art 13(1)(c) requires the purposes. Add a list such as "We use this information to support pupils\' learning, monitor their progress, look after their welfare and meet our legal duties."',
  },
};

/** How far back a "we use it to:" lead-in may stand before a single purpose. */
const CUE_REACH = 200;

export function check(context: RuleContext): void {
  const rejectIfSentence = [DFE_AS_ACTOR, PURPOSE_ASIDE];
  // In a list written as one sentence ("(a) to …; (b) to …"), only the DfE's own clause is the DfE's.
  const list = clusteredEvidence(context, { patterns: [...OWN_PURPOSES, LEGAL_DUTY_PURPOSE], rejectIfSentence: [PURPOSE_ASIDE], rejectIfClause: [DFE_AS_ACTOR] }, 2, 600);
  // One purpose counts in a sentence (or after a lead-in) that says the data is used for it.
  const skip = (sentence: string) => rejectIfSentence.some((r) => r.test(sentence));
  if (list || hasCuedMatch(context.notice, OWN_PURPOSES, PURPOSES_CUE, CUE_REACH, { skip })) return;
  // A table of purposes (and their lawful bases) lists them without a "we use it to" cue.
  if (findEvidence(context, { patterns: [PURPOSES_TABLE] })) return;
  // So does a short notice: purposes named as nouns in the purposes section, or after a "Purposes:" label.
  if (clusteredEvidence(context, { patterns: PURPOSE_NOUNS }, 2, 300, (first) => first.section?.topic === 'purposes' || labelledPurposes(context, first.start))) return;
  reportMissing(context, ['purposes'], 'missing');
}

/** Whether the line holding `offset` (or the line above it) is labelled as the purposes. */
function labelledPurposes(context: RuleContext, offset: number): boolean {
  const text = context.notice.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const previousLine = text.lastIndexOf('\n', lineStart - 2) + 1;
  return PURPOSES_LABEL.test(text.slice(previousLine, offset));
}

export default { meta, check } satisfies Rule;

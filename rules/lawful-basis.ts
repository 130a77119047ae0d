// Art 13(1)(c): the lawful basis, named in UK GDPR terms or loosely ("we need to comply with
// the law") where the notice is plainly talking about its basis for using the data.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { findEvidence, reportMissing } from '../src/checks/kinds.js';
import { hasCuedMatch } from '../src/checks/core-evidence.js';
import type { TextMatch } from '../src/checks/text.js';
import { LAWFUL_BASIS_CUE, LAWFUL_BASIS_LOOSE, LAWFUL_BASIS_STRONG, OTHER_BODY_AS_SUBJECT } from './data/completeness-core.js';

export const meta: RuleMeta = {
  id: 'lawful-basis',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 6, Art 13(1)(c)',
  description: 'The notice states the lawful basis for using the data (public task, legal obligation, consent, contract, vital interests, legitimate interests, or Article 6).',
  rationale: 'The lawful basis decides which rights apply (portability, objection, withdrawing consent); parents cannot use their rights without knowing it.',
  messages: {
    missing:
      'The notice does not say on what lawful basis the school uses personal data: UK GDPR Art 13(1)(c) requires it. Add, for example, "We use this information to carry out our public task (Article 6(1)(e)) and to meet our legal obligations (Article 6(1)(c))."',
  },
};

/** How far before a loose phrase a "lawful basis" cue may stand. */
const CUE_REACH = 600;

export function check(context: RuleContext): void {
  // ("The Local Authority will only share data when there is a statutory duty" is the council's basis.)
  if (findEvidence(context, { patterns: LAWFUL_BASIS_STRONG, rejectIfClause: [OTHER_BODY_AS_SUBJECT] }, ['lawful-basis'])) return;
  const inBasisSection = (m: TextMatch) => m.section?.topic === 'lawful-basis';
  if (hasCuedMatch(context.notice, LAWFUL_BASIS_LOOSE, LAWFUL_BASIS_CUE, CUE_REACH, { accept: inBasisSection })) return;
  reportMissing(context, ['lawful-basis', 'purposes'], 'missing');
}

export default { meta, check } satisfies Rule;

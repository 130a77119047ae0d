// Unfilled template text: "[insert …]", "[name of …]", "<insert …>", "XXXX", and DfE guidance
// notes left in ("[Setting to insert …]", "[For institutions with …]"). Patterns are data
// (rules/data/placeholders.ts); ordinary bracketed text is not matched.
import { forbid } from '../src/checks/kinds.js';
import { quote } from '../src/checks/text.js';
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { placeholderPatterns } from './data/placeholders.js';

export const meta: RuleMeta = {
  id: 'placeholder',
  severity: 'error',
  category: 'hygiene',
  source: 'UK GDPR Art 12(1) (information must be concise, intelligible and complete); DfE model notice guidance',
  description: 'Template text was left unfilled',
  rationale: 'A notice that still says "[insert name of school]" does not tell parents who holds their data or how to reach them, and shows it was published without being checked.',
  messages: {
    unfilled: '"{text}" is template text that was never filled in, so readers do not get the fact it stands for. Replace it with the school\'s own details, or delete it if it is a guidance note.',
  },
};

export function check(context: RuleContext): void {
  for (const pattern of placeholderPatterns) {
    forbid(context, { pattern, messageId: 'unfilled', describe: (m) => ({ data: { text: quote(m.text) } }) });
  }
}

export default { meta, check } satisfies Rule;

// Art 20: the reader is told of data portability, or that it does not apply (Art 20(3)).
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireRight } from '../src/checks/rights-context.js';
import { PORTABILITY } from './data/rights.js';

export const meta: RuleMeta = {
  id: 'rights-portability',
  severity: 'warning',
  category: 'completeness',
  source: 'UK GDPR Art 13(2)(b), Art 20',
  description: 'The notice tells the reader of the right to data portability, or that it does not apply.',
  rationale: 'Most school data is held for a public task or a legal duty, where portability does not apply (Art 20(3)); a notice should still say so, or say how the right works for data given with consent.',
  messages: {
    missing:
      'The notice never mentions the right to data portability (UK GDPR Art 20). Add either how it works ("You can ask us to send information you gave us to another organisation in a common electronic format") or that it does not apply to data we hold for our public task or a legal duty.',
  },
};

export function check(context: RuleContext): void {
  requireRight(context, PORTABILITY);
}

export default { meta, check } satisfies Rule;

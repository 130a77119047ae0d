// Art 13(1)(a): the reader must be told who is responsible for their data, by name.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { reportMissing } from '../src/checks/kinds.js';
import { findControllerMatch } from '../src/sections/controller-name.js';

export const meta: RuleMeta = {
  id: 'controller-identity',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 13(1)(a), Art 14(1)(a)',
  description: 'The notice names the organisation responsible for the data (the school, academy trust, nursery or local authority).',
  rationale: 'Parents can only exercise their rights against an organisation they can identify; "the school" or "we" does not say which legal body is the controller (for an academy it is usually the trust).',
  messages: {
    missing:
      'The notice never names the organisation responsible for the data: UK GDPR Art 13(1)(a) requires the controller\'s identity. Add a sentence such as "<full name of the school or trust> is the data controller for the information in this notice."',
  },
};

export function check(context: RuleContext): void {
  if (!findControllerMatch(context.notice)) reportMissing(context, ['controller', 'intro'], 'missing');
}

export default { meta, check } satisfies Rule;

// Art 15: the reader is told they can see / get a copy of their data (subject access).
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireRight } from '../src/checks/rights-context.js';
import { ACCESS } from './data/rights.js';

export const meta: RuleMeta = {
  id: 'rights-access',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 13(2)(b), Art 15',
  description: 'The notice tells the reader of their right of access to their data (subject access request).',
  rationale: 'The right of access is the one parents use most; a notice that never mentions it leaves them not knowing they can ask, that it is free, or whom to ask.',
  messages: {
    missing:
      'The notice never tells readers they can ask for a copy of the information the school holds about them (right of access, UK GDPR Art 15). Add a sentence such as "You can ask for a copy of the information we hold about you (a subject access request); it is free and we reply within one month", with whom to ask.',
  },
};

export function check(context: RuleContext): void {
  requireRight(context, ACCESS);
}

export default { meta, check } satisfies Rule;

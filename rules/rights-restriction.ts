// Art 18: the reader is told they can have processing restricted.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireRight } from '../src/checks/rights-context.js';
import { RESTRICTION } from './data/rights.js';

export const meta: RuleMeta = {
  id: 'rights-restriction',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 13(2)(b), Art 18',
  description: 'The notice tells the reader of their right to restrict processing.',
  rationale: 'While a parent disputes a record, they can ask the school to stop using it for a time; they cannot ask for what they are never told about. "Blocked" (DPA 1998 wording) does not name this right.',
  messages: {
    missing:
      'The notice never tells readers they can ask the school to limit how it uses their information (right to restriction of processing, UK GDPR Art 18). Add it to your list of rights, e.g. "You can ask us to limit how we use your information, for example while we check whether it is accurate."',
  },
};

export function check(context: RuleContext): void {
  requireRight(context, RESTRICTION);
}

export default { meta, check } satisfies Rule;

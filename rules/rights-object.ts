// Art 21: the reader is told they can object to processing.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireRight } from '../src/checks/rights-context.js';
import { OBJECTION } from './data/rights.js';

export const meta: RuleMeta = {
  id: 'rights-object',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 13(2)(b), Art 21',
  description: 'The notice tells the reader of their right to object to processing.',
  rationale: 'Where a school relies on its public task, people can object to a use of their data and the school must then justify it. The youth-support "name, address and date of birth only" request is a different, narrower choice.',
  messages: {
    missing:
      'The notice never tells readers they can object to the school using their information (right to object, UK GDPR Art 21). Add it to your list of rights, e.g. "You can object to us using your information where we rely on our public task, and we will stop unless we have strong reasons to continue."',
  },
};

export function check(context: RuleContext): void {
  requireRight(context, OBJECTION);
}

export default { meta, check } satisfies Rule;

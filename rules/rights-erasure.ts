// Art 17: the reader is told they can ask for data to be erased.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireRight } from '../src/checks/rights-context.js';
import { ERASURE } from './data/rights.js';

export const meta: RuleMeta = {
  id: 'rights-erasure',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 13(2)(b), Art 17',
  description: 'The notice tells the reader of their right to have data erased (deleted).',
  rationale: 'Parents may not know they can ask for data to be deleted in some circumstances (for example, photos used with consent). Saying when records are destroyed under a retention schedule is not the same thing.',
  messages: {
    missing:
      'The notice never tells readers they can ask for their information to be deleted in some circumstances (right to erasure, UK GDPR Art 17). Add it to your list of rights, e.g. "You can ask us to delete information about you in some circumstances."',
  },
};

export function check(context: RuleContext): void {
  requireRight(context, ERASURE);
}

export default { meta, check } satisfies Rule;

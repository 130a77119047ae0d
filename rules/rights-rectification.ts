// Art 16: the reader is told they can have inaccurate data corrected.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireRight } from '../src/checks/rights-context.js';
import { RECTIFICATION } from './data/rights.js';

export const meta: RuleMeta = {
  id: 'rights-rectification',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 13(2)(b), Art 16',
  description: 'The notice tells the reader of their right to have inaccurate data corrected.',
  rationale: 'Wrong medical, contact or SEN details can harm a child; parents need to know they can have them put right. DPA 1998 wording ("rectified, blocked, erased or destroyed") still counts here.',
  messages: {
    missing:
      'The notice never tells readers they can have wrong or incomplete information about them corrected (right to rectification, UK GDPR Art 16). Add it to your list of rights, e.g. "You can ask us to correct information that is wrong or incomplete."',
  },
};

export function check(context: RuleContext): void {
  requireRight(context, RECTIFICATION);
}

export default { meta, check } satisfies Rule;

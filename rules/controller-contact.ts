// Art 13(1)(a): a way to reach the controller (any working channel; a DPO email counts).
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { reportMissing } from '../src/checks/kinds.js';
import { schoolContacts } from '../src/checks/core-evidence.js';

export const meta: RuleMeta = {
  id: 'controller-contact',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 13(1)(a), Art 14(1)(a)',
  description: 'The notice gives a way to contact the school: postal address, phone number, email address or contact web page.',
  rationale: 'A parent who wants to ask a question, make a subject access request or complain needs a channel that works; "contact the school" without any detail leaves them searching.',
  messages: {
    missing:
      'The notice gives no way to contact the school about its use of data: UK GDPR Art 13(1)(a) requires the controller\'s contact details. Add the school\'s postal address, phone number or email address (for example in a "Contact us" section).',
  },
};

export function check(context: RuleContext): void {
  if (schoolContacts(context.notice).length === 0) reportMissing(context, ['contact', 'controller'], 'missing');
}

export default { meta, check } satisfies Rule;

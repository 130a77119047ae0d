// The notice tells the reader how to find out what DfE holds about them / how to contact DfE.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireMention } from '../src/checks/kinds.js';
import { DFE_CONTACT } from './data/dfe.js';

export const meta: RuleMeta = {
  id: 'dfe-contact',
  severity: 'warning',
  category: 'dfe',
  source: 'DfE model privacy notice ("How to find out what personal information DfE hold about you"); UK GDPR Art 15',
  description: 'The notice tells the reader how to find out what the DfE holds about them, or how to contact the DfE.',
  rationale: 'The school cannot answer for the National Pupil Database; readers need the DfE route for their own requests.',
  messages: {
    missing:
      'The notice does not tell readers how to find out what the Department for Education holds about them or how to contact it. Add "To find out what information the DfE holds about you, or to contact the DfE, go to https://www.gov.uk/contact-dfe".',
  },
  settings: ['state-school'],
};

export function check(context: RuleContext): void {
  requireMention(context, { patterns: DFE_CONTACT, owners: ['school', 'dfe'], topics: ['npd', 'dfe'] });
}

export default { meta, check } satisfies Rule;

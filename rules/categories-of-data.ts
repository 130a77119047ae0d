// Art 14(1)(d): the categories of personal data held. A list of the school's own data
// (three kinds close together), not a definition of "personal data" in general.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { reportMissing } from '../src/checks/kinds.js';
import { clusteredEvidence } from '../src/checks/core-evidence.js';
import { DATA_CATEGORIES } from './data/completeness-core.js';

export const meta: RuleMeta = {
  id: 'categories-of-data',
  severity: 'warning',
  category: 'completeness',
  source: 'UK GDPR Art 14(1)(d)',
  description: 'The notice lists the categories of personal data the school holds.',
  rationale: 'Much of a pupil\'s record comes from other bodies; without a list of categories a parent cannot know what the school holds about their child.',
  messages: {
    missing:
      'The notice does not list the kinds of personal data the school holds: UK GDPR Art 14(1)(d) requires the categories. Add a list such as "contact details, attendance, assessment results, medical information, special educational needs and behaviour records".',
  },
};

export function check(context: RuleContext): void {
  if (!clusteredEvidence(context, { patterns: DATA_CATEGORIES }, 3, 700)) reportMissing(context, ['categories'], 'missing');
}

export default { meta, check } satisfies Rule;

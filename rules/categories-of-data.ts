// Art 14(1)(d): the categories of personal data held. A list of the school's own data
// (three kinds close together), not a definition of "personal data" in general.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { findEvidence, reportMissing } from '../src/checks/kinds.js';
import { clusteredEvidence } from '../src/checks/core-evidence.js';
import { matchableText, type TextMatch } from '../src/checks/text.js';
import { CATEGORIES_IN_A_SENTENCE, CATEGORIES_LEAD_IN, CATEGORIES_LIST_BEGUN, DATA_CATEGORIES, OWN_DATA_SENTENCE } from './data/completeness-core.js';

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

/** How far a list may run, and how far before it a lead-in may stand. */
const LIST_SPAN = 700;
const LEAD_IN_REACH = 300;

export function check(context: RuleContext): void {
  const text = matchableText(context.notice);
  const before = (first: TextMatch) => text.slice(Math.max(first.section?.start ?? 0, first.start - LEAD_IN_REACH), first.end);
  // In a definition section ("What is personal information?") only a list the school says it holds.
  const ownList = (first: TextMatch) => first.section?.owner !== 'definition' || OWN_DATA_SENTENCE.test(before(first));
  const announced = (first: TextMatch) => ownList(first) && CATEGORIES_LEAD_IN.test(before(first));
  const spec = { patterns: DATA_CATEGORIES, owners: ['school', 'definition'] as const };
  if (clusteredEvidence(context, spec, 3, LIST_SPAN, ownList) || clusteredEvidence(context, spec, 2, LIST_SPAN, announced)) return;
  // Four or more items listed in one sentence after "The information we collect includes", or a
  // bulleted list begun under its lead-in (a page cut off after the first item still lists).
  if (findEvidence(context, { patterns: [CATEGORIES_IN_A_SENTENCE, CATEGORIES_LIST_BEGUN] })) return;
  reportMissing(context, ['categories'], 'missing');
}

export default { meta, check } satisfies Rule;

// Bodies and schemes that no longer exist, each with its successor and the date it changed
// (table in rules/data/outdated-bodies.ts), judged as of the run's date.
import { reportOutdated } from '../src/checks/currency.js';
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { outdatedBodies } from './data/outdated-bodies.js';

export const meta: RuleMeta = {
  id: 'outdated-body',
  severity: 'warning',
  category: 'currency',
  source: 'UK GDPR Art 13(1)(e) (recipients must be identifiable); dfe-template §4.1',
  description: 'The notice names a body or scheme that no longer exists',
  rationale: 'Naming a closed body (the ESFA, NHS Digital, Public Health England, Privacy Shield) tells parents the wrong recipient or safeguard and shows the notice is out of date.',
  messages: {
    outdated: '"{text}" is out of date: {name} {change} {since}. Name {successor} instead.',
  },
};

export function check(context: RuleContext): void {
  reportOutdated(context, outdatedBodies, 'outdated');
}

export default { meta, check } satisfies Rule;

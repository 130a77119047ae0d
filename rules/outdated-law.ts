// Superseded legislation and guidance other than the DPA 1998 (table in
// rules/data/outdated-laws.ts), judged as of the run's date.
import { reportOutdated } from '../src/checks/currency.js';
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { outdatedLaws } from './data/outdated-laws.js';

export const meta: RuleMeta = {
  id: 'outdated-law',
  severity: 'warning',
  category: 'currency',
  source: 'UK GDPR Art 13(1)(c) (the legal basis must be stated correctly); dfe-template §3.4, §4.1',
  description: 'The notice cites superseded legislation or guidance',
  rationale: 'A legal basis that cites revoked regulations or withdrawn guidance is not a valid explanation to parents of why the school uses their data.',
  messages: {
    outdated: '"{text}" is out of date: {name} {change} {since}. Cite {successor} instead.',
  },
};

export function check(context: RuleContext): void {
  reportOutdated(context, outdatedLaws, 'outdated');
}

export default { meta, check } satisfies Rule;

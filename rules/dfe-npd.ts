// The notice explains the National Pupil Database (what it is and that DfE may share from it).
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireMention } from '../src/checks/kinds.js';
import { NPD } from './data/dfe.js';

export const meta: RuleMeta = {
  id: 'dfe-npd',
  severity: 'warning',
  category: 'dfe',
  source: 'DfE model privacy notice ("The National Pupil Database (NPD)"); UK GDPR Art 14(1)(e)',
  description: 'The notice explains the National Pupil Database: what it is and that the DfE may share data from it.',
  rationale: 'Census data ends up in the National Pupil Database, which the DfE shares with researchers and other bodies. Parents cannot object to or ask about what they have never heard of.',
  messages: {
    missing:
      'The notice never mentions the National Pupil Database (NPD), where the DfE keeps the census data the school sends. Add a short paragraph: the NPD is owned by the DfE, holds information about pupils in England, and the DfE may share it with researchers and other organisations under strict controls.',
  },
  settings: ['state-school'],
};

export function check(context: RuleContext): void {
  requireMention(context, { patterns: NPD, owners: ['school', 'dfe'], topics: ['npd', 'dfe'] });
}

export default { meta, check } satisfies Rule;

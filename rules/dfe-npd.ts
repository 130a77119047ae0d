// The notice explains the National Pupil Database (what it is and that DfE may share from it).
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { findAnyEvidence, requireMention } from '../src/checks/kinds.js';
import { DFE_SHARES_NPD_DATA, IT_SHARES, NPD } from './data/dfe.js';

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
    noSharing:
      'The notice names the National Pupil Database but never says that the DfE may share data from it, so parents do not learn who else can receive their child\'s census data (UK GDPR Art 14(1)(e)). Add "The DfE may share information from the NPD with researchers and other organisations that promote children\'s education or wellbeing, under strict controls."',
  },
  settings: ['state-school'],
};

export function check(context: RuleContext): void {
  const owners = ['school', 'dfe'] as const;
  const named = requireMention(context, { patterns: NPD, owners, topics: ['npd', 'dfe'] });
  const sharing = [{ patterns: DFE_SHARES_NPD_DATA, owners }, { patterns: IT_SHARES, owners, onlyTopics: ['npd', 'dfe'] as const, skipHeadings: true }];
  if (named === null || findAnyEvidence(context, sharing)) return;
  context.report({ messageId: 'noSharing', start: named.start, end: named.end });
}

export default { meta, check } satisfies Rule;

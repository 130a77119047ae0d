// The notice explains the National Pupil Database (what it is and that DfE may share from it).
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { findAnyEvidence, findEvidence, reportMissing } from '../src/checks/kinds.js';
import { findMatches, ownedBy, quote, sentenceAround } from '../src/checks/text.js';
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
    onlyPointer:
      'The notice mentions the National Pupil Database only to send readers elsewhere ("{quote}"), so parents reading it do not learn what the NPD is or that the DfE may share data from it. Explain it here: the NPD is owned by the DfE, holds information about pupils in England, and the DfE may share it with researchers and other organisations under strict controls.',
    noSharing:
      'The notice names the National Pupil Database but never says that the DfE may share data from it, so parents do not learn who else can receive their child\'s census data (UK GDPR Art 14(1)(e)). Add "The DfE may share information from the NPD with researchers and other organisations that promote children\'s education or wellbeing, under strict controls."',
  },
  settings: ['state-school'],
};

export function check(context: RuleContext): void {
  const owners = ['school', 'dfe'] as const;
  const named = findEvidence(context, { patterns: NPD, owners }, ['npd', 'dfe']);
  if (named === null) {
    // Named only in a pointer ("The full notice explains … the National Pupil Database"): named, not explained.
    const pointer = firstMention(context, owners);
    if (pointer === null) reportMissing(context, ['npd', 'dfe'], 'missing');
    else context.report({ messageId: 'onlyPointer', data: { quote: quote(sentenceAround(context.notice, pointer.start).text) }, start: pointer.start, end: pointer.end });
    return;
  }
  const sharing = [{ patterns: DFE_SHARES_NPD_DATA, owners }, { patterns: IT_SHARES, owners, onlyTopics: ['npd', 'dfe'] as const, skipHeadings: true }];
  if (findAnyEvidence(context, sharing)) return;
  context.report({ messageId: 'noSharing', start: named.start, end: named.end });
}

function firstMention(context: RuleContext, owners: readonly ('school' | 'dfe')[]): { start: number; end: number } | null {
  const mentions = NPD.flatMap((p) => findMatches(context.notice, p, ownedBy(...owners)));
  return mentions.reduce<{ start: number; end: number } | null>((a, b) => (a === null || b.start < a.start ? b : a), null);
}

export default { meta, check } satisfies Rule;

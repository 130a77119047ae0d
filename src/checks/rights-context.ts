// The data subject rights as evidence specs. Rights are named with everyday words
// ("deleted", "restricted") that mean something else in retention or security text, so those
// words count only in a rights context (kinds.ts `context`), and rights the reader must use
// against DfE or a third party never count.
import type { RuleContext, Topic } from '../types.js';
import { requireAnyMention, type EvidenceSpec } from './kinds.js';
import { OTHER_BODY_LEADS_SENTENCE, OTHER_BODYS_RIGHT, RIGHTS_CONTEXT, RIGHTS_LEAD_IN, RIGHTS_LOOK_BEHIND, type RightPhrases } from '../../rules/data/rights.js';

/** Where the rights belong: a "missing" finding points at the rights section, else line 1. */
export const RIGHTS_TOPICS: readonly Topic[] = ['rights'];
/** Rights listed in a general "what the law gives you" section still tell the reader. */
const RIGHT_OWNERS = ['school', 'definition'] as const;

/**
 * Evidence that the reader is told of a right: a statement naming it anywhere in school or
 * definition text, or one of its everyday terms in a rights context. Rights the reader must
 * exercise against DfE or a third party do not count.
 */
export function rightEvidence(right: RightPhrases): EvidenceSpec[] {
  let specs = specsByRight.get(right);
  if (specs === undefined) specsByRight.set(right, (specs = evidenceFor(right)));
  return specs;
}

/** Built once per right (rules ask for every notice). */
const specsByRight = new WeakMap<RightPhrases, EvidenceSpec[]>();

function evidenceFor(right: RightPhrases): EvidenceSpec[] {
  const common = {
    owners: RIGHT_OWNERS,
    rejectIfSentence: [...OTHER_BODY_LEADS_SENTENCE, ...(right.rejectIfSentence ?? [])],
    rejectIfClause: OTHER_BODYS_RIGHT,
    excludeTopics: ['youth-support'] as const,
  };
  return [
    { ...common, patterns: right.statements },
    { ...common, patterns: right.terms, context: RIGHTS_CONTEXT, leadIn: RIGHTS_LEAD_IN, lookBehind: RIGHTS_LOOK_BEHIND, contextTopics: RIGHTS_TOPICS },
  ];
}

/** Report "missing" at the rights section unless the notice tells the reader of `right`. */
export function requireRight(context: RuleContext, right: RightPhrases): void {
  requireAnyMention(context, rightEvidence(right), RIGHTS_TOPICS);
}

// Evidence that counts only in context. Rights and complaint routes are named with everyday
// words ("deleted", "restricted", "the ICO", "concerns") that mean something else in
// retention, security or registration text, and the DfE statements need several facts in one
// sentence. These helpers sit on top of kinds.ts for the rights, complaints and DfE rules.
import type { RuleContext, Section, Topic } from '../types.js';
import type { EvidenceSpec } from './kinds.js';
import { reportMissing } from './kinds.js';
import { findMatches, matchableText, sentenceAround, type TextMatch } from './text.js';
import { OTHER_BODYS_RIGHT, RIGHTS_CONTEXT, RIGHTS_LEAD_IN, RIGHTS_LOOK_BEHIND, type RightPhrases } from '../../rules/data/rights.js';

export interface ContextualEvidenceSpec extends EvidenceSpec {
  /**
   * A match counts only when `context` also matches its sentence or the `lookAhead`
   * characters after it, or `leadIn` (default: `context`) matches the `lookBehind`
   * characters before it (windows kept inside its section), or when it stands in a
   * `contextTopics` section. Absent: every match counts.
   */
  context?: RegExp;
  leadIn?: RegExp;
  lookBehind?: number;
  lookAhead?: number;
  contextTopics?: readonly Topic[];
  /** Each of these must also match the match's sentence (several facts stated together). */
  sentenceAlso?: readonly RegExp[];
  /** Sections with these topics never supply evidence (a youth-support opt-out is not the right to object). */
  excludeTopics?: readonly Topic[];
  /** A heading only announces content ("Withdrawal of consent and the right to lodge a complaint"). */
  skipHeadings?: boolean;
}

/** The first match of `spec` that passes its owner, topic, sentence and context tests. */
export function findContextualEvidence(context: RuleContext, spec: ContextualEvidenceSpec): TextMatch | null {
  const { notice } = context;
  const owners = spec.owners ?? ['school'];
  const inScope = (s: Section) =>
    owners.includes(s.owner) && (!spec.onlyTopics || spec.onlyTopics.includes(s.topic)) && !spec.excludeTopics?.includes(s.topic);
  const text = matchableText(notice);
  let best: TextMatch | null = null;
  for (const pattern of spec.patterns) {
    for (const m of findMatches(notice, pattern, inScope)) {
      if (best && m.start >= best.start) break;
      if (spec.skipHeadings && m.section && m.start < m.section.bodyStart) continue;
      const around = sentenceAround(notice, m.start);
      const sentence = text.slice(around.start, around.end);
      if (spec.rejectIfSentence?.some((r) => r.test(sentence))) continue;
      if (spec.sentenceAlso && !spec.sentenceAlso.every((r) => r.test(sentence))) continue;
      if (spec.context && !inContext(spec, m, sentence, text)) continue;
      best = m;
      break;
    }
  }
  return best;
}

function inContext(spec: ContextualEvidenceSpec, m: TextMatch, sentence: string, text: string): boolean {
  const cue = spec.context!;
  if (m.section && spec.contextTopics?.includes(m.section.topic)) return true;
  if (cue.test(sentence)) return true;
  const lo = Math.max(m.section?.start ?? 0, m.start - (spec.lookBehind ?? 0));
  const hi = Math.min(m.section?.end ?? text.length, m.end + (spec.lookAhead ?? 0));
  return (spec.leadIn ?? cue).test(text.slice(lo, m.start)) || cue.test(text.slice(m.end, hi));
}

/** The first evidence from any of `specs` (e.g. plain statements, then words that need a cue). */
export function findAnyEvidence(context: RuleContext, specs: readonly ContextualEvidenceSpec[]): TextMatch | null {
  for (const spec of specs) {
    const found = findContextualEvidence(context, spec);
    if (found) return found;
  }
  return null;
}

/** Like `requireMention`: report `messageId` where the content belongs when no spec finds evidence. */
export function requireContextualMention(
  context: RuleContext,
  specs: readonly ContextualEvidenceSpec[],
  topics: readonly Topic[],
  messageId = 'missing',
  data?: Record<string, string | number>,
): TextMatch | null {
  const found = findAnyEvidence(context, specs);
  if (!found) reportMissing(context, topics, messageId, data);
  return found;
}

/** Where the rights belong: a "missing" finding points at the rights section, else line 1. */
export const RIGHTS_TOPICS: readonly Topic[] = ['rights'];
/** Rights listed in a general "what the law gives you" section still tell the reader. */
const RIGHT_OWNERS = ['school', 'definition'] as const;

/**
 * Evidence that the reader is told of a right: a statement naming it anywhere in school or
 * definition text, or one of its everyday terms in a rights context. Rights the reader must
 * exercise against DfE or a third party do not count.
 */
export function rightEvidence(right: RightPhrases): ContextualEvidenceSpec[] {
  const common = {
    owners: RIGHT_OWNERS,
    rejectIfSentence: [...OTHER_BODYS_RIGHT, ...(right.rejectIfSentence ?? [])],
    excludeTopics: ['youth-support'] as const,
  };
  return [
    { ...common, patterns: right.statements },
    { ...common, patterns: right.terms, context: RIGHTS_CONTEXT, leadIn: RIGHTS_LEAD_IN, lookBehind: RIGHTS_LOOK_BEHIND, contextTopics: RIGHTS_TOPICS },
  ];
}

/** Report "missing" at the rights section unless the notice tells the reader of `right`. */
export function requireRight(context: RuleContext, right: RightPhrases): void {
  requireContextualMention(context, rightEvidence(right), RIGHTS_TOPICS);
}

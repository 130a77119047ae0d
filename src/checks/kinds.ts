// The generic check kinds most rules are made of. A rule file states its phrase lists (data
// in rules/data/) and picks a kind; the kind does the searching, the section-awareness and
// the reporting, so every rule treats ownership and "unsure → silent" the same way.
import type { Owner, RuleContext, RuleReport, Topic } from '../types.js';
import { findMatches, ownedBy, sentenceAround, whereContentBelongs, type TextMatch } from './text.js';

export interface EvidenceSpec {
  /** Any match is evidence (case-insensitive patterns recommended; keep them linear). */
  patterns: readonly RegExp[];
  /** A match whose sentence also matches one of these does not count (e.g. "only as long as necessary"). */
  rejectIfSentence?: readonly RegExp[];
  /** Whose sections may supply the evidence; default: the school's own. */
  owners?: readonly Owner[];
  /** Restrict evidence to sections with these topics; default: any section the owners own. */
  onlyTopics?: readonly Topic[];
}

/**
 * Evidence for a statement: matches in the topic sections where it belongs first, then in any
 * other section owned by `owners`. Matches in DfE, third-party and definition sections are
 * ignored unless the spec asks for those owners.
 */
export function findEvidence(context: RuleContext, spec: EvidenceSpec, preferTopics: readonly Topic[] = []): TextMatch | null {
  const { notice } = context;
  const owners = spec.owners ?? ['school'];
  const allowed = ownedBy(...owners);
  const inScope = spec.onlyTopics
    ? (s: Parameters<typeof allowed>[0]) => allowed(s) && spec.onlyTopics!.includes(s.topic)
    : allowed;
  const candidates: TextMatch[] = [];
  for (const pattern of spec.patterns) candidates.push(...findMatches(notice, pattern, inScope));
  const accepted = candidates.filter((m) => {
    if (!spec.rejectIfSentence?.length) return true;
    const sentence = sentenceAround(notice, m.start).text;
    return !spec.rejectIfSentence.some((r) => r.test(sentence));
  });
  if (accepted.length === 0) return null;
  const preferred = accepted.filter((m) => m.section && preferTopics.includes(m.section.topic));
  const pool = preferred.length ? preferred : accepted;
  return pool.reduce((a, b) => (b.start < a.start ? b : a));
}

export interface RequiredMentionSpec extends EvidenceSpec {
  /** Topics of the sections where the content belongs (searched first; "missing" points there). */
  topics: readonly Topic[];
  messageId?: string;
  data?: Record<string, string | number>;
}

/** "Must mention in topic": report `messageId` (default "missing") when no evidence is found. */
export function requireMention(context: RuleContext, spec: RequiredMentionSpec): TextMatch | null {
  const evidence = findEvidence(context, spec, spec.topics);
  if (!evidence) reportMissing(context, spec.topics, spec.messageId ?? 'missing', spec.data);
  return evidence;
}

/** Report missing content at the section where it belongs, or line 1. */
export function reportMissing(context: RuleContext, topics: readonly Topic[], messageId: string, data?: Record<string, string | number>): void {
  const at = whereContentBelongs(context.notice, topics);
  context.report({ messageId, data, start: at.start, end: at.end });
}

export interface ConditionalSpec {
  /** When the notice says this (e.g. relies on consent)… */
  trigger: EvidenceSpec;
  /** …it must also say this (e.g. consent can be withdrawn). */
  then: RequiredMentionSpec;
}

/** "If X then Y": silent when the trigger is absent; otherwise like `requireMention`. */
export function requireIf(context: RuleContext, spec: ConditionalSpec): { trigger: TextMatch | null; evidence: TextMatch | null } {
  const trigger = findEvidence(context, spec.trigger, spec.then.topics);
  if (!trigger) return { trigger: null, evidence: null };
  return { trigger, evidence: requireMention(context, spec.then) };
}

export interface ForbiddenSpec {
  pattern: RegExp;
  messageId: string;
  /** Skip a match whose sentence matches any of these (e.g. a historical mention). */
  unlessSentence?: readonly RegExp[];
  /** Whose sections count; default: every owner (outdated text is wrong wherever it stands). */
  owners?: readonly Owner[];
  /** Extra message data, fixes and suggestions for a match. */
  describe?: (match: TextMatch) => Omit<RuleReport, 'messageId' | 'start' | 'end'> | null;
}

/** "Must not say": one report per match. Returns the matches reported. */
export function forbid(context: RuleContext, spec: ForbiddenSpec): TextMatch[] {
  const { notice } = context;
  const where = spec.owners ? ownedBy(...spec.owners) : undefined;
  const reported: TextMatch[] = [];
  for (const m of findMatches(notice, spec.pattern, where)) {
    if (spec.unlessSentence?.length) {
      const sentence = sentenceAround(notice, m.start).text;
      if (spec.unlessSentence.some((r) => r.test(sentence))) continue;
    }
    const extra = spec.describe ? spec.describe(m) : {};
    if (extra === null) continue;
    context.report({ ...extra, messageId: spec.messageId, start: m.start, end: m.end });
    reported.push(m);
  }
  return reported;
}

// The generic check kinds most rules are made of. A rule file states its phrase lists (data
// in rules/data/) and picks a kind; the kind does the searching, the section-awareness and
// the reporting, so every rule treats ownership and "unsure → silent" the same way.
import type { Owner, RuleContext, RuleReport, Section, SectionedNotice, Topic } from '../types.js';
import { clauseAt, findMatches, matchableText, mayMatchNotice, ownedBy, sentenceAround, whereContentBelongs, type TextMatch } from './text.js';
import { APPENDIX_POINTER, DEFERS_TO_FULL_NOTICE } from '../../rules/data/completeness-core.js';
import { perNotice } from '../memo.js';

export interface EvidenceSpec {
  /** Any match is evidence (case-insensitive patterns recommended; keep them linear). */
  patterns: readonly RegExp[];
  /** A match whose sentence also matches one of these does not count (e.g. "only as long as necessary"). */
  rejectIfSentence?: readonly RegExp[];
  /** Likewise for the match's clause: its sentence's part between semicolons (rights listed in one long sentence). */
  rejectIfClause?: readonly RegExp[];
  /** Each of these must also match the match's sentence (several facts stated together). */
  sentenceAlso?: readonly RegExp[];
  /** Whose sections may supply the evidence; default: the school's own. */
  owners?: readonly Owner[];
  /** Restrict evidence to sections with these topics; default: any section the owners own. */
  onlyTopics?: readonly Topic[];
  /** Sections with these topics never supply evidence (a youth-support opt-out is not the right to object). */
  excludeTopics?: readonly Topic[];
  /** A heading only announces content ("Withdrawal of consent and the right to lodge a complaint"). */
  skipHeadings?: boolean;
  /**
   * Everyday words ("deleted", "the ICO") count only in context: when `context` also matches
   * their sentence or the `lookAhead` characters after them, or `leadIn` (default `context`)
   * matches the `lookBehind` characters before them (windows kept inside the section), or
   * when they stand in a `contextTopics` section. Absent: every match counts.
   */
  context?: RegExp;
  leadIn?: RegExp;
  lookBehind?: number;
  lookAhead?: number;
  contextTopics?: readonly Topic[];
}

/** Every match of `spec` that passes its owner, topic, heading, sentence and context tests. */
function acceptedMatches(context: RuleContext, spec: EvidenceSpec): TextMatch[] {
  const { notice } = context;
  const owners = spec.owners ?? ['school'];
  const inScope = (s: Section) =>
    owners.includes(s.owner) && (!spec.onlyTopics || spec.onlyTopics.includes(s.topic)) && !spec.excludeTopics?.includes(s.topic);
  const text = matchableText(notice);
  // Most notices never point to a fuller one or an appendix, so most matches need no sentence at all.
  const mayPointElsewhere = mayMatchNotice(notice, DEFERS_TO_FULL_NOTICE) || mayMatchNotice(notice, APPENDIX_POINTER);
  const sentenceTests = Boolean(spec.rejectIfSentence || spec.rejectIfClause || spec.sentenceAlso || spec.context);
  // A contents page run into the text ("2.8 International Transfers...... 5") lists sections; it is not their content.
  const contentsPage = hasContentsPage(notice);
  const accepted: TextMatch[] = [];
  for (const pattern of spec.patterns) {
    for (const m of findMatches(notice, pattern, inScope)) {
      if (spec.skipHeadings && m.section && m.start < m.section.bodyStart) continue;
      if (contentsPage && CONTENTS_LEADER.test(text.slice(m.end, m.end + CONTENTS_ENTRY_LENGTH))) continue;
      if (!mayPointElsewhere && !sentenceTests) {
        accepted.push(m);
        continue;
      }
      const around = sentenceAround(notice, m.start);
      // "The full notice explains … the National Pupil Database" points to the content; it is not the
      // content ("explains which information is optional" is the pointer's verb and the match's).
      if (mayPointElsewhere && DEFERS_TO_FULL_NOTICE.test(text.slice(around.start, m.end))) continue;
      const sentence = text.slice(around.start, around.end);
      // "Details of transfers are set out in Appendix C" where there is no Appendix C promises what is not there.
      if (mayPointElsewhere && pointsToMissingAppendix(notice, sentence)) continue;
      if (ruledOut(spec, sentence, m.start - around.start)) continue;
      if (spec.sentenceAlso && !spec.sentenceAlso.every((r) => r.test(sentence))) continue;
      if (spec.context && !inContext(spec, m, sentence, text)) continue;
      accepted.push(m);
    }
  }
  return accepted;
}

/** The dot leader and page number that end a contents entry, within an entry's length of a match. */
const CONTENTS_LEADER = /^[^.\n]{0,80}?(?:\.{4,40}|\u2026{2,20}) ?\d{1,3}\b/;
const CONTENTS_ENTRY_LENGTH = 100;
const ANY_CONTENTS_LEADER = /(?<![.\u2026])(?:\.{4,40}|\u2026{2,20}) ?\d{1,3}\b/;
const hasContentsPage = perNotice((notice: SectionedNotice) => ANY_CONTENTS_LEADER.test(notice.text));

/** Whether `sentence` sends the reader to an appendix that no heading of the notice names. */
function pointsToMissingAppendix(notice: SectionedNotice, sentence: string): boolean {
  const label = APPENDIX_POINTER.exec(sentence)?.[1]?.toLowerCase();
  if (label === undefined) return false;
  return !notice.sections.some((s) => s.heading !== null && new RegExp(`\\bappendix ${label}\\b`, 'i').test(s.heading));
}

/** Whether a match's sentence (`rejectIfSentence`) or its clause there (`rejectIfClause`) rules it out. */
export function ruledOut(spec: Pick<EvidenceSpec, 'rejectIfSentence' | 'rejectIfClause'>, sentence: string, offsetInSentence: number): boolean {
  if (spec.rejectIfSentence?.some((r) => r.test(sentence))) return true;
  if (!spec.rejectIfClause?.length) return false;
  const clause = clauseAt(sentence, offsetInSentence);
  return spec.rejectIfClause.some((r) => r.test(clause));
}

function inContext(spec: EvidenceSpec, m: TextMatch, sentence: string, text: string): boolean {
  const cue = spec.context!;
  if (m.section && spec.contextTopics?.includes(m.section.topic)) return true;
  if (cue.test(sentence)) return true;
  const lo = Math.max(m.section?.start ?? 0, m.start - (spec.lookBehind ?? 0));
  const hi = Math.min(m.section?.end ?? text.length, m.end + (spec.lookAhead ?? 0));
  return (spec.leadIn ?? cue).test(text.slice(lo, m.start)) || cue.test(text.slice(m.end, hi));
}

/**
 * Evidence for a statement: the first accepted match in the topic sections where it belongs,
 * else the first anywhere the owners own. Matches in DfE, third-party and definition
 * sections are ignored unless the spec asks for those owners.
 */
export function findEvidence(context: RuleContext, spec: EvidenceSpec, preferTopics: readonly Topic[] = []): TextMatch | null {
  const accepted = acceptedMatches(context, spec);
  if (accepted.length === 0) return null;
  const preferred = accepted.filter((m) => m.section && preferTopics.includes(m.section.topic));
  const pool = preferred.length ? preferred : accepted;
  return pool.reduce((a, b) => (b.start < a.start ? b : a));
}

/** The evidence of the first spec that has any (e.g. plain statements, then words that need a cue). */
export function findAnyEvidence(context: RuleContext, specs: readonly EvidenceSpec[], preferTopics: readonly Topic[] = []): TextMatch | null {
  for (const spec of specs) {
    const found = findEvidence(context, spec, preferTopics);
    if (found) return found;
  }
  return null;
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

/** Like `requireMention`, with several alternative kinds of evidence. */
export function requireAnyMention(
  context: RuleContext,
  specs: readonly EvidenceSpec[],
  topics: readonly Topic[],
  messageId = 'missing',
  data?: Record<string, string | number>,
): TextMatch | null {
  const found = findAnyEvidence(context, specs, topics);
  if (!found) reportMissing(context, topics, messageId, data);
  return found;
}

/** Report missing content at the section where it belongs, or line 1. */
export function reportMissing(context: RuleContext, topics: readonly Topic[], messageId: string, data?: Record<string, string | number>): void {
  const at = whereContentBelongs(context.notice, topics);
  context.report({ messageId, data, start: at.start, end: at.end });
}

export interface ConditionalSpec {
  /** When the notice says this (e.g. relies on consent)… */
  trigger: EvidenceSpec;
  /** …it must also say one of these (e.g. consent can be withdrawn)… */
  then: readonly EvidenceSpec[];
  /** …in these sections ("missing" points there). */
  topics: readonly Topic[];
  messageId?: string;
  /** Message data from the triggering match (e.g. a quote of it). */
  data?: (trigger: TextMatch) => Record<string, string | number>;
}

/** "If X then Y": silent when the trigger is absent; otherwise like `requireAnyMention`. */
export function requireIf(context: RuleContext, spec: ConditionalSpec): { trigger: TextMatch | null; evidence: TextMatch | null } {
  const trigger = findEvidence(context, spec.trigger);
  if (!trigger) return { trigger: null, evidence: null };
  return { trigger, evidence: requireAnyMention(context, spec.then, spec.topics, spec.messageId, spec.data?.(trigger)) };
}

export interface ForbiddenSpec {
  pattern: RegExp;
  messageId: string;
  /** Skip a match whose sentence matches any of these (e.g. a historical mention). */
  unlessSentence?: readonly RegExp[];
  /** Skip a match when the sentence after its own starts with one of these ("That Act was repealed in 2018."). */
  unlessNextSentence?: readonly RegExp[];
  /** Whose sections count; default: every owner (outdated text is wrong wherever it stands). */
  owners?: readonly Owner[];
  /** Skip a match in a section this says is history (a notice's change log). */
  unlessSection?: (section: Section | null) => boolean;
  /** Extra message data, fixes and suggestions for a match. */
  describe?: (match: TextMatch) => Omit<RuleReport, 'messageId' | 'start' | 'end'> | null;
}

/** How much of the following sentence `unlessNextSentence` (and any other next-sentence test) reads. */
export const NEXT_SENTENCE_REACH = 160;

/** "Must not say": one report per match. Returns the matches reported. */
export function forbid(context: RuleContext, spec: ForbiddenSpec): TextMatch[] {
  const { notice } = context;
  const where = spec.owners ? ownedBy(...spec.owners) : undefined;
  const reported: TextMatch[] = [];
  for (const m of findMatches(notice, spec.pattern, where)) {
    if (spec.unlessSection?.(m.section)) continue;
    if (spec.unlessSentence?.length || spec.unlessNextSentence?.length) {
      const sentence = sentenceAround(notice, m.start);
      if (spec.unlessSentence?.some((r) => r.test(sentence.text))) continue;
      const next = () => matchableText(notice).slice(sentence.end, sentence.end + NEXT_SENTENCE_REACH);
      if (spec.unlessNextSentence?.some((r) => r.test(next()))) continue;
    }
    const extra = spec.describe ? spec.describe(m) : {};
    if (extra === null) continue;
    context.report({ ...extra, messageId: spec.messageId, start: m.start, end: m.end });
    reported.push(m);
  }
  return reported;
}

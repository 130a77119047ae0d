// Dates of issue, last update and review that a notice gives for itself (rules.md
// `review-date`). A date counts only where a reader would take it as the notice's own date:
// just after a word such as "updated", "reviewed", "issued", "version", "dated"; in a title
// or heading line ("Privacy notice – March 2026"); or in a "Last updated" section. A planned
// next review ("Next review due: May 2027") is not a date of issue. Dates are read the British
// way (3/4/2024 is 3 April); a month alone means its last day, a year alone 31 December, an
// academic year ("2025/26", "2025-2026") 31 August of its second year.
import { GB } from 'chrono-node/en';
import { boundedMemo } from '../memo.js';
import type { SectionedNotice } from '../types.js';
import { matchableText, sentenceSpans } from './text.js';
import { perNotice } from '../memo.js';

export interface NoticeDate {
  /** YYYY-MM-DD: the day the text stands for. */
  date: string;
  /** Offsets [start, end) of the date text in `notice.text`. */
  start: number;
  end: number;
  text: string;
}

interface ParsedDate {
  date: string;
  /** Offset of the date in the string parsed, and its length. */
  index: number;
  length: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;
const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "2025-03-31" → "31 March 2025". */
export function formatLongDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "2026-11-24", 12 → "2025-11-24" (clamped to the month's last day). */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const total = year * 12 + (month - 1) - months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return iso(y, m, Math.min(day, lastDayOf(y, m)));
}

const ACADEMIC_YEAR = /\b((?:19|20)\d\d) ?[/-] ?((?:19|20)?\d\d)\b/g;
const BARE_YEAR = /\b(?:19|20)\d\d\b(?! ?[/-] ?\d)/;
const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * The chrono parsers that can read a date with a certain year and month (only those count
 * here): "3rd March 2025", "March 2025", "1/9/2023", "2023-09-01", "09/2023", "2025 March",
 * and the weekday that may lead one. chrono's relative parsers ("today", "two weeks ago",
 * "next month") and time parsers are left out: a notice's own date is never relative, and
 * their patterns cost more to compile and run than all the others.
 */
const ABSOLUTE_DATE_PARSERS = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser',
  'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENYearMonthNameParser', 'ENMonthNameParser',
  'ENWeekdayParser',
]);
/** Such a date has digits (a year) and a month name or digit-separator-digit; other text is skipped. */
const NUMERIC_DATE = /\d[\s/.-]\d/;
const MONTH_NAME = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const mayHoldDate = (text: string): boolean => /\d/.test(text) && (NUMERIC_DATE.test(text) || MONTH_NAME.test(text));

type ChronoResult = ReturnType<typeof GB.parse>[number];
let absoluteDates: typeof GB | undefined;
function chrono(): typeof GB {
  if (!absoluteDates) {
    absoluteDates = GB.clone();
    absoluteDates.parsers = GB.parsers.filter((parser) => ABSOLUTE_DATE_PARSERS.has(parser.constructor.name));
    // Class names are chrono's, not an API: a renamed parser must fail loudly, not drop dates.
    if (absoluteDates.parsers.length !== ABSOLUTE_DATE_PARSERS.size) throw new Error('chrono-node parsers have changed names; update ABSOLUTE_DATE_PARSERS');
  }
  return absoluteDates;
}

/** chrono's reading of `text`, remembered: lint reads the same snippets twice (rule and result). */
const chronoReading = boundedMemo(500, (text) => chrono().parse(text, CHRONO_REFERENCE));
function chronoDates(text: string): ChronoResult[] {
  return mayHoldDate(text) ? chronoReading(text) : [];
}

/** The first year after `year` that ends in the two digits `ending` ("1999/00" → 2000). */
const nextWithEnding = (year: number, ending: number): number => year - (year % 100) + ending + (ending <= year % 100 ? 100 : 0);

function academicYears(text: string): ParsedDate[] {
  const found: ParsedDate[] = [];
  for (const m of text.matchAll(ACADEMIC_YEAR)) {
    const first = Number(m[1]);
    const second = m[2].length === 2 ? nextWithEnding(first, Number(m[2])) : Number(m[2]);
    if (second === first + 1) found.push({ date: iso(second, 8, 31), index: m.index, length: m[0].length });
  }
  return found;
}

/** "Autumn Term 2025", "Spring 2026": a school term, read (like a month) as its last day. */
const TERM = /\b(autumn|spring|summer)(?: term)?(?: of)? ((?:19|20)\d\d)\b(?! ?[/-] ?\d)/gi;
const TERM_END: Readonly<Record<string, [number, number]>> = { autumn: [12, 31], spring: [4, 30], summer: [8, 31] };

function schoolTerms(text: string): ParsedDate[] {
  return [...text.matchAll(TERM)].map((m) => {
    const [month, day] = TERM_END[m[1].toLowerCase()];
    return { date: iso(Number(m[2]), month, day), index: m.index, length: m[0].length };
  });
}

/**
 * Every date in `text` with a year: academic years and school terms, then what chrono reads (British order),
 * and, when `allowBareYear`, a year standing alone. Sorted by position.
 */
export function parseDates(text: string, allowBareYear = false): ParsedDate[] {
  const found = [...academicYears(text), ...schoolTerms(text)];
  const covered = (index: number): boolean => found.some((f) => index >= f.index && index < f.index + f.length);
  for (const result of chronoDates(text)) {
    // A version number is no day: chrono reads "1.1 March 2025" (a version table's row) as 1 March.
    const versionPart = /\d\.$/.test(text.slice(Math.max(0, result.index - 2), result.index)) ? (/^\d+\s+/.exec(result.text)?.[0].length ?? 0) : 0;
    if (versionPart > 0) {
      for (const rest of parseDates(result.text.slice(versionPart))) found.push({ ...rest, index: result.index + versionPart + rest.index });
      continue;
    }
    // A range ("3 – 1st March 2026" after "Version") stands for its end.
    const start = result.end ?? result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || covered(result.index)) continue;
    const year = start.get('year')!;
    const month = start.get('month')!;
    const day = start.isCertain('day') ? start.get('day')! : lastDayOf(year, month);
    found.push({ date: iso(year, month, day), index: result.index, length: result.text.length });
  }
  if (allowBareYear && found.length === 0) {
    const m = BARE_YEAR.exec(text);
    if (m) found.push({ date: iso(Number(m[0]), 12, 31), index: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Words that introduce the notice's own date ("Last updated:", "Date of issue", "Version 3 –"). */
const DATE_CUE = /\b(?:updated|update|reviewed|review|revised|issued|reissued|issue|version|dated|date|approved|adopted|checked|amended|ratified|published|written)\b|\bV\d{1,2}(?:\.\d{1,2}){0,2}\b/gi;
/** Words that may stand between a cue and its date ("Date of issue: ", "reviewed on the"). */
const FILLER_WORDS = new Set([
  'of', 'on', 'in', 'at', 'the', 'this', 'notice', 'policy', 'document', 'last', 'issue', 'review', 'update',
  'approval', 'version', 'number', 'no', 'date', 'dated', 'updated', 'reviewed', 'issued', 'approved', 'adopted',
  'revised', 'checked', 'guide', 'v', 'ref', 'and', 'reissued', 'amended', 'ratified', 'published', 'written', 'term',
]);
/** Who did a past review, between the cue and its date: "reviewed by the Trust Board on". */
const PAST_AGENT = /^\s*by (?:the |our )?[A-Za-z'\u2019]+(?: [A-Za-z'\u2019]+){0,4}[,:]?(?: (?:on|in))?\s*$/;
/** Marks a date as planned, not past: "Next review due by", "Date to be revised" (not the agent's "Approved by: Trust Board"). */
const PLANNED = /\b(?:next|due|to be|planned|scheduled|future|will be|until|before|expir\w*|renewal)\b|(?<![a-z](?:ed|en) )\bby\b/i;
const PLANNED_FROM = new RegExp(PLANNED.source, 'gi');
/**
 * Whether `text` from `from` on marks a planned date. Searched from `from` in a longer text so
 * the "by" exception sees the word before it ("adapted by the school" is an agent, wherever the
 * 25-character window happens to start).
 */
function plannedAfter(text: string, from: number): boolean {
  PLANNED_FROM.lastIndex = from;
  return PLANNED_FROM.test(text);
}


/** Marks a date in a title as something else's date ("GDPR from 25 May 2018"). */
const NOT_OURS = /\b(?:from|since|on|until|by|before|after|force|effect|effective)$/i;
/** A title line whose date is the notice's: it names the notice (a banner such as "Term dates 2026/27" does not). */
const NOTICE_TITLE = /\b(?:privacy|notice|policy|personal (?:data|information)|pupil information|data protection)\b/i;
const MAX_FILLER = 24;

function isFiller(text: string): boolean {
  // A question answered at once counts: "When was this notice last updated?<tab>1 September 2026".
  const between = text.replace(/^\?\s+/, ' ');
  if (between.length > MAX_FILLER || /[.!?]\s/.test(between)) return false;
  const words = between.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.every((w) => FILLER_WORDS.has(w));
}

/** "Date: 14 October 2025   Review (date): October 2026": a bare "Review" (not "Last review") after another date on its line is the next review, planned. */
const BARE_REVIEW_CUE = /(?<!\b(?:last|latest|previous) )\breview(?: date)?[\s:\u2013-]{0,4}$/i;
function isNextReview(lineBeforeDate: string): boolean {
  const cue = BARE_REVIEW_CUE.exec(lineBeforeDate);
  return cue !== null && parseDates(lineBeforeDate.slice(0, cue.index)).length > 0;
}

/**
 * Whether the date at `at` stands in a table column headed as a planned date ("| Last reviewed |
 * Next review due |" over "| September 2025 | September 2026 |"), with cells parted by "|" or tabs.
 */
function inPlannedColumn(text: string, lineStart: number, at: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const separator = line.includes('|') ? '|' : line.includes('\t') ? '\t' : null;
  if (separator === null) return false;
  const column = text.slice(lineStart, at).split(separator).length - 1;
  let headerStart = lineStart;
  while (headerStart > 0) {
    const previousStart = text.lastIndexOf('\n', headerStart - 2) + 1;
    if (!text.slice(previousStart, headerStart - 1).includes(separator)) break;
    headerStart = previousStart;
  }
  if (headerStart === lineStart) return false;
  const headerEnd = text.indexOf('\n', headerStart);
  const header = (text.slice(headerStart, headerEnd).split(separator)[column] ?? '').trim();
  return PLANNED.test(header) || BARE_REVIEW_CUE.test(header);
}

/** The date right after a cue, unless it is a planned one. */
function dateAfterCue(text: string, cueStart: number, cueEnd: number): NoticeDate | null {
  const window = text.slice(cueEnd, cueEnd + MAX_FILLER + 40);
  const lineStart = text.lastIndexOf('\n', cueStart - 1) + 1;
  // Up to 25 characters before the cue, widened to a whole word and kept within the cue's
  // sentence ("The next review is due. It was reviewed in May 2026": the date is past).
  let from = Math.max(lineStart, cueStart - 25);
  while (from > lineStart && /\S/.test(text[from - 1])) from--;
  from += sentenceSpans(text.slice(from, cueStart)).at(-1)?.[0] ?? 0;
  // A few characters more, for the lookbehind of PLANNED's "by".
  const lookFrom = Math.max(lineStart, from - 20);
  const first = parseDates(window, true)[0];
  if (!first) return null;
  // Markdown emphasis around a label ("**Approved by the Board:** 14 March 2026") is not text between.
  const rawBetween = window.slice(0, first.index).replace(/[*_]{1,3}/g, ' ');
  // Only a past participle cue ("reviewed", "approved") takes a "by …" agent.
  const between = /ed$/i.test(text.slice(cueStart, cueEnd)) ? rawBetween.replace(PAST_AGENT, ' ') : rawBetween;
  if (!isFiller(between) || plannedAfter(text.slice(lookFrom, cueStart), from - lookFrom) || PLANNED.test(between) || /\bbirth\b/i.test(window.slice(0, 12))) return null;
  const start = cueEnd + first.index;
  if (isNextReview(text.slice(lineStart, start))) return null;
  return { date: first.date, start, end: start + first.length, text: text.slice(start, start + first.length) };
}

/** Title lines: section headings and the short lines at the top of a notice without headings. */
function titleLines(notice: SectionedNotice): { start: number; end: number }[] {
  const lines = notice.sections.filter((s) => s.heading !== null).map((s) => ({ start: s.start, end: s.bodyStart }));
  const text = notice.text;
  let offset = 0;
  for (let kept = 0; kept < 5 && offset < text.length; ) {
    const end = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
    const line = text.slice(offset, end).trim();
    if (line) {
      kept++;
      if (line.length <= 100 && !/[.:;]$/.test(line)) lines.push({ start: offset, end });
    }
    offset = end + 1;
  }
  return lines;
}

/** How far into a "Last updated" / "Document control" section dates are read. */
const VERSION_TABLE_REACH = 1500;

/** Every date the notice gives as its own date of issue, update or review, in text order
 * (worked out once per notice: two rules and the result's review date all ask). */
export const findNoticeDates: (notice: SectionedNotice) => readonly NoticeDate[] = perNotice(readNoticeDates);

function readNoticeDates(notice: SectionedNotice): NoticeDate[] {
  const text = matchableText(notice);
  const found = new Map<number, NoticeDate>();
  const add = (d: NoticeDate | null): void => {
    if (d && !found.has(d.start)) found.set(d.start, d);
  };
  for (const cue of text.matchAll(DATE_CUE)) add(dateAfterCue(text, cue.index, cue.index + cue[0].length));
  for (const line of titleLines(notice)) {
    const lineText = text.slice(line.start, line.end);
    for (const d of parseDates(lineText)) {
      const rest = lineText.slice(0, d.index) + lineText.slice(d.index + d.length);
      if (!NOTICE_TITLE.test(rest) && /[a-z]/i.test(rest)) continue;
      const lead = lineText.slice(0, d.index);
      if (NOT_OURS.test(lead.trimEnd()) || PLANNED.test(lead) || inPlannedColumn(text, line.start, line.start + d.index)) continue;
      add({ date: d.date, start: line.start + d.index, end: line.start + d.index + d.length, text: notice.text.slice(line.start + d.index, line.start + d.index + d.length) });
    }
  }
  // A "Last updated" or "Document control" section: its dates are the notice's, down a version table too.
  for (const section of notice.sections.filter((s) => s.topic === 'last-updated')) {
    const body = text.slice(section.bodyStart, Math.min(section.end, section.bodyStart + VERSION_TABLE_REACH));
    for (const d of parseDates(body)) {
      const lineStart = body.lastIndexOf('\n', d.index - 1) + 1;
      const lead = body.slice(lineStart, d.index);
      const start = section.bodyStart + d.index;
      if (PLANNED.test(lead) || isNextReview(lead) || inPlannedColumn(text, section.bodyStart + lineStart, start)) continue;
      add({ date: d.date, start, end: start + d.length, text: notice.text.slice(start, start + d.length) });
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** The latest of the notice's own dates (YYYY-MM-DD), or null when it gives none. */
export function latestIssueDate(notice: SectionedNotice): string | null {
  return latestNoticeDate(notice)?.date ?? null;
}

/** The notice date with the latest day (the first of equal ones), or null. */
export function latestNoticeDate(notice: SectionedNotice): NoticeDate | null {
  let latest: NoticeDate | null = null;
  for (const d of findNoticeDates(notice)) if (!latest || d.date > latest.date) latest = d;
  return latest;
}

// Text primitives every rule builds on: find a pattern in the notice, know which section
// (and so which owner and topic) a match belongs to, and look at the sentence around it.
// Offsets are always offsets into `notice.text`, so a match can be reported directly.
import type { Nodes } from 'mdast';
import type { Owner, Section, SectionedNotice, Topic } from '../types.js';
import { indexLowerCased, mayMatch, scanRanges, windowPositions, type LiteralIndex, type WindowPositions } from './literals.js';
import { perNotice } from '../memo.js';

export interface TextMatch {
  start: number;
  end: number;
  /** The matched text as it stands in the notice (with any Markdown emphasis markers inside it). */
  text: string;
  section: Section | null;
  /** Capture groups of the match (from the search text: matchable, without inline markers). */
  groups: (string | undefined)[];
  /** The match was read through Markdown markers ("Act **1998**"): an edit of its range would cut them. */
  crossesMarkup: boolean;
}

export type SectionFilter = (section: Section) => boolean;

/**
 * The notice text with one-for-one character substitutions (non-breaking and other odd
 * spaces → space, curly quotes → straight, en/em dashes → hyphen, tab → space, the line
 * breaks that only wrap a paragraph → space, the dots of "e.g." and "i.e." → one-dot leaders,
 * and Markdown's HTML comments → spaces) so that
 * patterns stay simple, a phrase wrapped onto the next line still reads as one, a note the
 * reader never sees says nothing, and every offset still points at the same character of `text`.
 */
export const matchableText = perNotice((notice: SectionedNotice): string =>
  blankComments(notice, unwrapParagraphs(notice, notice.text))
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    // "e.g." and "i.e." end no sentence: their dots become one-dot leaders, which look the same in a quote.
    .replace(/\b[ei]\.[ge]\./gi, (abbreviation) => abbreviation.replace(/\./g, '\u2024')),
);

/**
 * The text patterns search: the matchable text without the markers of inline Markdown
 * (emphasis, strong, code spans), so "you **have to** give" reads "you have to give".
 * `resumesAt[k]` is where the text after the k-th removed marker starts, and
 * `removedThrough[k]` how many characters were removed up to there: the way back to offsets
 * in `notice.text`.
 */
interface SearchText {
  text: string;
  /** `text` lower-cased, for finding a pattern's literals. */
  lower: string;
  /** Where the windows of `lower` occur, built when first needed. */
  positions?: WindowPositions;
  resumesAt: number[];
  removedThrough: number[];
}

const searchText = perNotice((notice: SectionedNotice): SearchText => {
  const matchable = matchableText(notice);
  const search: SearchText = { text: '', lower: '', resumesAt: [], removedThrough: [] };
  let last = 0;
  for (const [from, to] of mergeCuts(inlineMarkers(notice), wrapIndents(notice.text, matchable))) {
    if (from < last) continue;
    search.text += matchable.slice(last, from);
    search.resumesAt.push(search.text.length);
    search.removedThrough.push((search.removedThrough.at(-1) ?? 0) + to - from);
    last = to;
  }
  search.text = last === 0 ? matchable : search.text + matchable.slice(last);
  search.lower = search.text.toLowerCase();
  return search;
});

/**
 * The indentation that follows a line break which only wraps a paragraph (one the matchable
 * text has turned into a space): "damage\n  or distress" in an indented list item reads
 * "damage or distress", as patterns with single spaces expect.
 */
function wrapIndents(text: string, matchable: string): [number, number][] {
  const cuts: [number, number][] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (matchable[i] !== ' ') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    if (end > i + 1) cuts.push([i + 1, end]);
  }
  return cuts;
}

/** Two sorted lists of [from, to) cuts as one sorted list. */
function mergeCuts(a: [number, number][], b: [number, number][]): [number, number][] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b].sort((x, y) => x[0] - y[0]);
}

const INLINE_MARKUP: ReadonlySet<string> = new Set(['emphasis', 'strong', 'delete', 'inlineCode', 'link', 'linkReference']);
const MARKER_RUN = /^(?:[*_~`]+|\[|\])$/;

/**
 * [start, end) of each marker of the tree's emphasis, strong text and code spans, and of a
 * link's brackets (its address stays: "the [right to object](…)" reads "the right to object(…)"), in order.
 */
function inlineMarkers(notice: SectionedNotice): [number, number][] {
  const cuts: [number, number][] = [];
  const cut = (from: number | undefined, to: number | undefined) => {
    if (from !== undefined && to !== undefined && to > from && MARKER_RUN.test(notice.text.slice(from, to))) cuts.push([from, to]);
  };
  const visit = (node: Nodes) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (INLINE_MARKUP.has(node.type) && from !== undefined && to !== undefined) {
      if (node.type === 'inlineCode') {
        const ticks = /^`+/.exec(notice.text.slice(from, to))?.[0].length ?? 0;
        cut(from, from + ticks);
        cut(to - ticks, to);
      } else if ('children' in node && node.children.length > 0) {
        const textEnd = node.children[node.children.length - 1].position?.end.offset;
        cut(from, node.children[0].position?.start.offset);
        cut(textEnd, node.type === 'link' || node.type === 'linkReference' ? (textEnd ?? 0) + 1 : to);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(notice.tree);
  return cuts.sort((a, b) => a[0] - b[0]);
}

/** The offset in `notice.text` of the character at `at` of the search text. */
function sourceOffset(search: SearchText, at: number): number {
  // The last removed marker before `at`: the most recent one whose following text starts at or before it.
  let lo = 0;
  let hi = search.resumesAt.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (search.resumesAt[mid] <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? at : at + search.removedThrough[found];
}

/**
 * The search text indexed for `mayMatch`'s quick test. It also serves tests on the matchable
 * text: removing markers never breaks up a string that has no marker characters in it.
 */
const literalIndex = perNotice((notice: SectionedNotice): LiteralIndex => indexLowerCased(searchText(notice).lower));

/** A line that starts a list item: a bullet, "1." / "2)", "a." / "(b)". */
const LIST_ITEM_START = /^[ \t]*(?:\\?[-*•·▪●]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]/;
/** A Markdown hard line break (`<br>`, two trailing spaces or a backslash) ends a line on the page. */
const HARD_BREAK_BEFORE = /(?:<br\s*\/?>|  |\\)\r?$/i;

/** A labelled line starts a line of its own, not a wrapped one: a contact ("Email: …", "Tel: …")
 * or a capitalised label on a card ("Kept for: …", "Must you tell us?: …"). */
const CONTACT_LABEL_LINE = /^[ \t]*(?:e-?mail|tel|telephone|phone|mobile|post|postal address|address|web(?:site)?|fax)[ \t]*:/i;
const CAPITALISED_LABEL_LINE = /^[ \t]*[A-Z][A-Za-z'\u2019 ()-]{1,40}\??:[ \t]/;
/** A row of a table flattened into text: cells parted by a tab, a wide gap or " | ". */
const TABLE_ROW = /\S(?:\t| {3,}| \| )\S/;
function lineAt(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, end < 0 ? text.length : end);
}

/**
 * Line breaks inside a paragraph (including a list item's) are wrapping, not structure: text
 * copied from a PDF or a narrow web column breaks every few words. They become spaces. A
 * break before a list item or a labelled line ("Email: …", "Kept for: …"), between two rows
 * of a flattened table, or after a Markdown hard break, stays: those lines are not one sentence.
 */
function unwrapParagraphs(notice: SectionedNotice, text: string): string {
  const breaks: number[] = [];
  const markdown = notice.format === 'markdown';
  forEachOutermost(notice.tree, PARAGRAPH, (node) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
      // "(a) support pupils" on the next line is an item of a list written as plain lines.
      if (LIST_ITEM_START.test(text.slice(i + 1, i + 8))) continue;
      if (CONTACT_LABEL_LINE.test(text.slice(i + 1, i + 24)) || CAPITALISED_LABEL_LINE.test(text.slice(i + 1, i + 48))) continue;
      if (markdown && HARD_BREAK_BEFORE.test(text.slice(Math.max(from, i - 8), i))) continue;
      if (TABLE_ROW.test(lineAt(text, text.lastIndexOf('\n', i - 1) + 1)) && TABLE_ROW.test(lineAt(text, i + 1))) continue;
      breaks.push(text[i - 1] === '\r' ? i - 1 : i);
    }
  });
  if (breaks.length === 0) return text;
  breaks.sort((a, b) => a - b);
  let out = '';
  let last = 0;
  for (const at of breaks) {
    const width = text[at] === '\r' ? 2 : 1;
    out += text.slice(last, at) + ' '.repeat(width);
    last = at + width;
  }
  return out + text.slice(last);
}

const PARAGRAPH: ReadonlySet<string> = new Set(['paragraph']);
const HTML: ReadonlySet<string> = new Set(['html']);

/** "<!-- TODO: link the schedule -->" is not on the page: its characters become spaces (line breaks kept). */
function blankComments(notice: SectionedNotice, text: string): string {
  let out = text;
  forEachOutermost(notice.tree, HTML, (node) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined || !text.startsWith('<!--', from)) return;
    // Only the comment itself: text after "-->" on its line is part of the node but shown.
    const close = text.indexOf('-->', from + 4);
    const end = close < 0 || close + 3 > to ? to : close + 3;
    out = out.slice(0, from) + text.slice(from, end).replace(/[^\r\n]/g, ' ') + out.slice(end);
  });
  return out;
}

/**
 * Calls `found` for `node` or each node below it whose type is one of `types`, in document
 * order, without looking inside those. A plain descent: unist-util-visit copies the list of
 * ancestors at every node, which made it a tenth of a lint on these hot paths.
 */
export function forEachOutermost(node: Nodes, types: ReadonlySet<string>, found: (node: Nodes) => void): void {
  if (types.has(node.type)) found(node);
  else if ('children' in node) for (const child of node.children) forEachOutermost(child, types, found);
}

/** The section whose own content holds `offset` (sections do not overlap). */
export function sectionAt(notice: SectionedNotice, offset: number): Section | null {
  const sections = notice.sections;
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

const globalCopies = new WeakMap<RegExp, RegExp>();
/** A global copy of a rule's (usually module-level) pattern, made once, not per notice. */
function ensureGlobal(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let copy = globalCopies.get(pattern);
  if (copy === undefined) {
    copy = new RegExp(pattern.source, pattern.flags + 'g');
    globalCopies.set(pattern, copy);
  }
  return copy;
}

/**
 * False when `pattern` certainly cannot match the notice's matchable text, or any part of it
 * or any parts of it joined by line breaks (see literals.ts).
 */
export function mayMatchNotice(notice: SectionedNotice, pattern: RegExp): boolean {
  return mayMatch(pattern, literalIndex(notice));
}

/** Every match of `pattern` in the notice, optionally only in sections passing `where`. */
export function findMatches(notice: SectionedNotice, pattern: RegExp, where?: SectionFilter): TextMatch[] {
  if (!mayMatchNotice(notice, pattern)) return [];
  const search = searchText(notice);
  const re = ensureGlobal(pattern);
  const found: TextMatch[] = [];
  // Only the lines that hold one of the pattern's literals, when a match cannot leave its line.
  for (const [from, to] of scanRanges(pattern, search.text, literalIndex(notice), () => (search.positions ??= windowPositions(search.lower)))) {
    const part = to - from === search.text.length ? search.text : search.text.slice(from, to);
    re.lastIndex = 0;
    for (let m = re.exec(part); m !== null; m = re.exec(part)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = sourceOffset(search, from + m.index);
      const section = sectionAt(notice, start);
      if (where && (!section || !where(section))) continue;
      const end = sourceOffset(search, from + m.index + m[0].length - 1) + 1;
      found.push({ start, end, text: notice.text.slice(start, end), section, groups: m.slice(1), crossesMarkup: end - start !== m[0].length });
    }
  }
  return found;
}

export const ownedBy = (...owners: Owner[]): SectionFilter => (s) => owners.includes(s.owner);

/**
 * Where a sentence ends: at a line break, or after . ! ? (and closing quotes, brackets or
 * Markdown emphasis, as in "**Who we are.** We …") and the spaces that follow, unless a full
 * stop is followed by a lower-case word, comma or colon ("e.g. the", "approx. two"), "3.5" or
 * "example.org". These are the parts of Unicode's sentence rules (UAX #29) that notices
 * exercise; Intl.Segmenter gives the same sentences on them at a tenth of the cost.
 */
const SENTENCE_END = /[.!?]+['"\u2019\u201d)\]*_]*(?:[ \t\u00a0]+|$)(?![ \t\u00a0]*[a-z,;:])|\n/g;

/** [start, end) of each sentence of `text`; each sentence keeps its closing punctuation and spaces. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const to = m.index + m[0].length;
    if (to > from) spans.push([from, to]);
    from = to;
  }
  if (from < text.length) spans.push([from, text.length]);
  return spans;
}

/** Bounds [start, end) of the sentence (or list item / line, whichever is shorter) holding `offset`. */
export function sentenceAround(notice: SectionedNotice, offset: number): { start: number; end: number; text: string } {
  const text = notice.text;
  // Widen to the paragraph: up through non-blank lines, stopping at a list item's first line,
  // so a sentence never runs across a blank line or from one bullet into the next.
  const lineStartOf = (i: number) => text.lastIndexOf('\n', i - 1) + 1;
  let lineStart = lineStartOf(offset);
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const bullet = /^\s*([-*•·]|\d+[.)]|[a-z][.)])\s/;
  while (lineStart > 0 && offset - lineStart < 2000 && !bullet.test(text.slice(lineStart, lineStart + 8))) {
    const prevStart = lineStartOf(lineStart - 1);
    if (text.slice(prevStart, lineStart - 1).trim() === '') break;
    lineStart = prevStart;
  }
  // And down through the line breaks that only wrap the paragraph (spaces in the matchable
  // text), so a sentence wrapped onto the next line is read whole.
  const matchable = matchableText(notice);
  while (lineEnd < text.length && lineEnd - offset < 2000 && matchable[lineEnd] === ' ') {
    const next = text.indexOf('\n', lineEnd + 1);
    lineEnd = next < 0 ? text.length : next;
  }
  for (const sentence of sentencesOf(notice, lineStart, lineEnd)) {
    if (offset >= sentence.start && offset < sentence.end) return sentence;
  }
  return { start: lineStart, end: lineEnd, text: text.slice(lineStart, lineEnd) };
}

/** The part of `sentence` between the semicolons (or the cells of a "a | b | c" row) around `offset`: a list written as one sentence. */
export function clauseAt(sentence: string, offset: number): string {
  const ends = [sentence.indexOf(';', offset), sentence.indexOf('|', offset)].filter((i) => i >= 0);
  const start = Math.max(sentence.lastIndexOf(';', offset - 1), sentence.lastIndexOf('|', offset - 1)) + 1;
  return sentence.slice(start, ends.length ? Math.min(...ends) : sentence.length);
}

type Sentence = { start: number; end: number; text: string };
const sentenceCache = new WeakMap<SectionedNotice, Map<string, Sentence[]>>();

/** The sentences of text[start, end), segmented once per notice: rules ask about the same paragraphs many times. */
function sentencesOf(notice: SectionedNotice, start: number, end: number): Sentence[] {
  let byRange = sentenceCache.get(notice);
  if (byRange === undefined) sentenceCache.set(notice, (byRange = new Map()));
  const key = `${start}:${end}`;
  let sentences = byRange.get(key);
  if (sentences === undefined) {
    // Split the matchable text, where a line that only wraps a paragraph is a space, not an end.
    const spans = sentenceSpans(matchableText(notice).slice(start, end));
    sentences = spans.map(([from, to]) => ({ start: start + from, end: start + to, text: notice.text.slice(start + from, start + to) }));
    byRange.set(key, sentences);
  }
  return sentences;
}

/** The range a "missing" finding points at: the heading of the first section with one of
 * `topics` owned by the school, else line 1. */
export function whereContentBelongs(notice: SectionedNotice, topics: readonly Topic[]): { start: number; end: number } {
  const home = notice.sections.find((s) => s.owner === 'school' && topics.includes(s.topic) && s.heading !== null);
  if (home) return { start: home.start, end: home.bodyStart > home.start ? trimEnd(notice.text, home.start, home.bodyStart) : home.start };
  const firstLineEnd = notice.text.indexOf('\n');
  return { start: 0, end: trimEnd(notice.text, 0, firstLineEnd < 0 ? notice.text.length : firstLineEnd) };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** A list bullet, item number or Markdown heading/quote mark opening quoted text: layout, not words. */
const LEADING_MARK = /^(?:#{1,6}|>|[-*+\u2022\u00b7\u25aa\u25e6\u25cf\u25cb\u25a0\u25a1\u27a2\u25ba\u2713\u2714\u27a4]|\d{1,3}[.)]|\(?[a-z][.)])\s+/;

/** Markdown strong emphasis around words ("**photographs**", "__consent__"): the reader sees only the words. */
const STRONG = /(\*\*|__)(?=[\p{L}\p{N}"'(])(.+?)(?<=[\p{L}\p{N}.!?"')])\1/gu;

/** Shorten quoted notice text for a message: one line, no leading list mark or bold markers, at most `max` characters. */
export function quote(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim().replace(LEADING_MARK, '').replace(STRONG, '$2');
  return oneLine.length <= max ? oneLine : oneLine.slice(0, max - 1).trimEnd() + '…';
}

// Word tokens with their offsets, and the similarity measures the differ is built on.
// Default tokens ignore case, punctuation and whitespace (cli.md "similarity"); strict
// tokens keep all three.
import { location } from 'vfile-location';

export interface Token {
  /** What the diff compares. */
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const CHUNK = /\S+/gu;

export function tokenize(text: string, start = 0, end = text.length, strict = false): Token[] {
  const slice = text.slice(start, end);
  const tokens: Token[] = [];
  for (const match of slice.matchAll(strict ? CHUNK : WORD)) {
    const at = start + (match.index ?? 0);
    tokens.push({ key: strict ? match[0] : match[0].toLowerCase(), start: at, end: at + match[0].length });
  }
  return tokens;
}

/** Dice coefficient of two token multisets: 2 × shared ÷ (|a| + |b|). */
export function diceOfBags(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const key of a) counts.set(key, (counts.get(key) ?? 0) + 1);
  let shared = 0;
  for (const key of b) {
    const left = counts.get(key) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(key, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

// Words that say nothing about which section a heading names.
const HEADING_STOPWORDS = new Set([
  'a', 'an', 'and', 'the', 'of', 'to', 'we', 'our', 'us', 'your', 'you', 'this', 'that', 'with', 'on', 'in',
  'for', 'how', 'do', 'does', 'is', 'are', 'include', 'includes', 'about', 'which',
  // Every section of a pupil notice is about pupils' personal data and its use.
  'pupil', 'pupils', 'student', 'students', 'personal', 'information', 'data', 'use', 'uses', 'using',
]);

/** Crude English stem so "Storing" meets "store" and "Collecting" meets "collect". */
const stem = (word: string): string => (word.length > 4 ? word.replace(/(?:ing|ed|es|s|e)$/, '') : word);

export function headingWords(heading: string): string[] {
  const words = tokenize(heading).map((t) => t.key);
  const telling = words.filter((w) => !HEADING_STOPWORDS.has(w));
  return (telling.length > 0 ? telling : words).map(stem);
}

/** How alike two headings are (0–1), ignoring case, punctuation and filler words. */
export function headingSimilarity(a: string, b: string): number {
  return diceOfBags(headingWords(a), headingWords(b));
}

/** Offset → 1-based line and column (UTF-16 units) for one text. */
export function positionFinder(text: string): (offset: number) => { line: number; column: number } {
  const place = location(text);
  return (offset) => {
    const point = place.toPoint(Math.min(offset, text.length));
    return { line: point?.line ?? 1, column: point?.column ?? 1 };
  };
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Longest increasing subsequence of `values`, as a set of the indexes kept. */
export function inOrder(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i !== -1; i = previous[i]) kept.add(i);
  return kept;
}

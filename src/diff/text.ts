// Text diff of two notices: align their sections, find paragraphs that moved to another
// section, then diff each aligned pair word by word (the `diff` package on word tokens).
// Similarity is Dice over tokens: (matched in A + matched in B) ÷ (tokens of A + B), where
// matched tokens are those the word diff keeps or that belong to a moved passage.
import { diffArrays } from 'diff';
import type { List, RootContent } from 'mdast';
import type { SectionedNotice } from '../types.js';
import { diceOfBags, headingSimilarity, inOrder, positionFinder, round2, tokenize, type Token } from './tokens.js';
import type { Change, Mark, SectionDiff } from './types.js';

export interface TextDiffOptions {
  /** Keep case, punctuation and whitespace differences. */
  strict?: boolean;
}

export interface TextDiff {
  similarity: number;
  sections: SectionDiff[];
  changes: Change[];
  marks: { base: Mark[]; notice: Mark[] };
  pairs: { base: number | null; notice: number | null }[];
}

/** A paragraph, list item or heading: the unit that can move between sections. */
interface Unit {
  section: number;
  tokens: Token[];
  heading: boolean;
}

/** Passages shorter than this are not reported as moved (too common to be the same text). */
const MIN_MOVED_TOKENS = 4;
/** A shared stretch of this many words, removed in one place and added in another, moved. */
const MIN_MOVED_BLOCK = 6;
const MOVE_SEARCH_BUDGET = 50_000_000;
const MOVED_DICE = 0.8;
const PAIR_ACCEPT = 0.3;

function blockRanges(nodes: RootContent[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const node of nodes) {
    const items = node.type === 'list' ? (node as List).children : [node];
    for (const item of items) {
      const start = item.position?.start.offset;
      const end = item.position?.end.offset;
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
    }
  }
  return ranges;
}

function unitsOf(notice: SectionedNotice, strict: boolean): Unit[] {
  const units: Unit[] = [];
  notice.sections.forEach((section, index) => {
    if (section.heading !== null) {
      units.push({ section: index, heading: true, tokens: tokenize(notice.text, section.start, section.bodyStart, strict) });
    }
    let ranges = blockRanges(section.nodes).filter(([s, e]) => s >= section.bodyStart && e <= section.end);
    if (ranges.length === 0) {
      // No usable tree positions: fall back to blank-line separated paragraphs.
      ranges = [];
      const body = notice.text.slice(section.bodyStart, section.end);
      for (const match of body.matchAll(/[^\n]+(?:\n[ \t]*\S[^\n]*)*/g)) {
        const start = section.bodyStart + (match.index ?? 0);
        ranges.push([start, start + match[0].length]);
      }
    }
    for (const [start, end] of ranges) {
      const tokens = tokenize(notice.text, start, end, strict);
      if (tokens.length > 0) units.push({ section: index, heading: false, tokens });
    }
  });
  return units;
}

const keysOf = (tokens: readonly Token[]): string[] => tokens.map((t) => t.key);

/** Kept (unchanged) stretches of a word diff, as index ranges into both token lists. */
interface Kept {
  i: number;
  j: number;
  count: number;
}

function keptStretches(left: readonly Token[], right: readonly Token[]): Kept[] {
  const kept: Kept[] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(keysOf(left), keysOf(right))) {
    if (part.removed) i += part.count;
    else if (part.added) j += part.count;
    else {
      kept.push({ i, j, count: part.count });
      i += part.count;
      j += part.count;
    }
  }
  return kept;
}

/** Longest run of equal tokens shared by `a` and `b`: [start in a, start in b, length]. */
function longestCommonRun(a: readonly Token[], b: readonly Token[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1].key !== b[j - 1].key) continue;
      current[j] = previous[j - 1] + 1;
      if (current[j] > best[2]) best = [i - current[j], j - current[j], current[j]];
    }
    previous = current;
  }
  return best;
}

function alignSections(base: SectionedNotice, notice: SectionedNotice, baseUnits: Unit[], noticeUnits: Unit[]): Map<number, number> {
  const bag = (units: Unit[], i: number): string[] => units.filter((u) => u.section === i).flatMap((u) => keysOf(u.tokens));
  const baseBags = base.sections.map((_, i) => bag(baseUnits, i));
  const noticeBags = notice.sections.map((_, i) => bag(noticeUnits, i));
  const candidates: { a: number; b: number; score: number }[] = [];
  base.sections.forEach((sa, a) => {
    notice.sections.forEach((sb, b) => {
      const heading = sa.heading === null && sb.heading === null ? 1 : headingSimilarity(sa.heading ?? '', sb.heading ?? '');
      const topic = sa.topic !== 'other' && sa.topic === sb.topic ? 1 : 0;
      const score = 0.6 * diceOfBags(baseBags[a], noticeBags[b]) + 0.3 * heading + 0.1 * topic;
      if (score >= PAIR_ACCEPT) candidates.push({ a, b, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  for (const { a, b } of candidates) {
    if (pairs.has(a) || taken.has(b)) continue;
    pairs.set(a, b);
    taken.add(b);
  }
  return pairs;
}

interface Run {
  side: 'base' | 'notice';
  section: number;
  tokens: Token[];
}

/** Kept stretches this short between two changes are shown as part of the change. */
const NOISE_KEPT = 2;

export function diffNotices(base: SectionedNotice, notice: SectionedNotice, options: TextDiffOptions = {}): TextDiff {
  const strict = options.strict ?? false;
  const baseUnits = unitsOf(base, strict);
  const noticeUnits = unitsOf(notice, strict);
  const pairs = alignSections(base, notice, baseUnits, noticeUnits);
  const basePos = positionFinder(base.text);
  const noticePos = positionFinder(notice.text);
  /** Tokens (of either text) the diff kept or found moved: the Dice numerator. */
  const matched = new Set<Token>();
  const changes: Change[] = [];
  const marks: TextDiff['marks'] = { base: [], notice: [] };
  const span = (tokens: Token[]): [number, number] => [tokens[0].start, tokens[tokens.length - 1].end];

  const recordMove = (from: Token[], to: Token[], toSection: number): void => {
    for (const k of keptStretches(from, to)) {
      for (let n = 0; n < k.count; n++) {
        matched.add(from[k.i + n]);
        matched.add(to[k.j + n]);
      }
    }
    const [fs, fe] = span(from);
    const [ts, te] = span(to);
    marks.base.push({ start: fs, end: fe, kind: 'moved' });
    marks.notice.push({ start: ts, end: te, kind: 'moved' });
    changes.push({ type: 'moved', text: notice.text.slice(ts, te), from: basePos(fs), to: noticePos(ts), section: notice.sections[toSection].heading });
  };

  // 1. Paragraphs that moved to a section other than their section's partner.
  const movable = (u: Unit): boolean => !u.heading && u.tokens.length >= MIN_MOVED_TOKENS;
  const moveCandidates: { u: Unit; v: Unit; dice: number }[] = [];
  for (const u of baseUnits.filter(movable)) {
    for (const v of noticeUnits.filter(movable)) {
      if (pairs.get(u.section) === v.section) continue;
      const dice = diceOfBags(keysOf(u.tokens), keysOf(v.tokens));
      if (dice >= MOVED_DICE) moveCandidates.push({ u, v, dice });
    }
  }
  moveCandidates.sort((x, y) => y.dice - x.dice);
  const movedUnits = new Set<Unit>();
  for (const { u, v } of moveCandidates) {
    if (movedUnits.has(u) || movedUnits.has(v)) continue;
    movedUnits.add(u);
    movedUnits.add(v);
    recordMove(u.tokens, v.tokens, v.section);
  }

  // 2. Word diff of each aligned pair. Changes separated only by a word or two of kept
  // text are shown as one change; the kept words still count as matched.
  const runs: Run[] = [];
  const tokensOf = (units: Unit[], section: number): Token[] =>
    units.filter((u) => u.section === section && !movedUnits.has(u)).flatMap((u) => u.tokens);
  for (const [a, b] of pairs) {
    const left = tokensOf(baseUnits, a);
    const right = tokensOf(noticeUnits, b);
    const kept = keptStretches(left, right);
    for (const k of kept) {
      for (let n = 0; n < k.count; n++) {
        matched.add(left[k.i + n]);
        matched.add(right[k.j + n]);
      }
    }
    const shown = kept.filter((k) => k.count > NOISE_KEPT || k.i === 0 || k.i + k.count === left.length);
    let i = 0;
    let j = 0;
    for (const k of [...shown, { i: left.length, j: right.length, count: 0 }]) {
      if (k.i > i) runs.push({ side: 'base', section: a, tokens: left.slice(i, k.i) });
      if (k.j > j) runs.push({ side: 'notice', section: b, tokens: right.slice(j, k.j) });
      i = k.i + k.count;
      j = k.j + k.count;
    }
  }
  // Sections with no partner: each of their paragraphs is a run of its own.
  const partnered = new Set(pairs.values());
  for (const u of baseUnits) if (!pairs.has(u.section) && !movedUnits.has(u)) runs.push({ side: 'base', section: u.section, tokens: u.tokens });
  for (const v of noticeUnits) if (!partnered.has(v.section) && !movedUnits.has(v)) runs.push({ side: 'notice', section: v.section, tokens: v.tokens });

  // 3. A passage removed in one place and added in another moved (e.g. a sentence taken to
  // the end of its section); the rest of both runs stays removed/added.
  const removed = runs.filter((r) => r.side === 'base');
  const added = runs.filter((r) => r.side === 'notice');
  // Token comparisons allowed for this search, so two long, unrelated notices stay quick.
  let budget = MOVE_SEARCH_BUDGET;
  for (let r = 0; r < removed.length && budget > 0; r++) {
    let best: { a: number; at: [number, number, number] } | null = null;
    for (let a = 0; a < added.length && budget > 0; a++) {
      budget -= removed[r].tokens.length * added[a].tokens.length;
      const at = longestCommonRun(removed[r].tokens, added[a].tokens);
      if (at[2] >= MIN_MOVED_BLOCK && (!best || at[2] > best.at[2])) best = { a, at };
    }
    if (!best) continue;
    const [ri, ai, length] = best.at;
    const from = removed[r];
    const to = added[best.a];
    recordMove(from.tokens.slice(ri, ri + length), to.tokens.slice(ai, ai + length), to.section);
    const pieces = (run: Run, at: number): Run[] => [
      { ...run, tokens: run.tokens.slice(0, at) },
      { ...run, tokens: run.tokens.slice(at + length) },
    ].filter((piece) => piece.tokens.length > 0);
    removed.splice(r, 1, ...pieces(from, ri));
    added.splice(best.a, 1, ...pieces(to, ai));
    r--;
  }
  for (const run of [...removed, ...added]) {
    const [start, end] = span(run.tokens);
    if (run.side === 'base') {
      marks.base.push({ start, end, kind: 'removed' });
      changes.push({ type: 'removed', text: base.text.slice(start, end), from: basePos(start), section: base.sections[run.section].heading });
    } else {
      marks.notice.push({ start, end, kind: 'added' });
      changes.push({ type: 'added', text: notice.text.slice(start, end), to: noticePos(start), section: notice.sections[run.section].heading });
    }
  }
  changes.sort((x, y) => (x.to?.line ?? x.from?.line ?? 0) - (y.to?.line ?? y.from?.line ?? 0));
  marks.base.sort((x, y) => x.start - y.start);
  marks.notice.sort((x, y) => x.start - y.start);

  const sizeOf = (units: Unit[], section: number | null, onlyMatched: boolean): number =>
    units.filter((u) => section === null || u.section === section)
      .reduce((n, u) => n + (onlyMatched ? u.tokens.filter((t) => matched.has(t)).length : u.tokens.length), 0);
  const total = sizeOf(baseUnits, null, false) + sizeOf(noticeUnits, null, false);
  const similarity = total === 0 ? 1 : matched.size / total;

  const ordered = sectionOrder(base, notice, pairs);
  const sections = describeSections(base, notice, ordered, (a, b) => {
    const tokens = sizeOf(baseUnits, a, false) + sizeOf(noticeUnits, b, false);
    return tokens === 0 ? 1 : round2((sizeOf(baseUnits, a, true) + sizeOf(noticeUnits, b, true)) / tokens);
  });
  return { similarity: round2(similarity), sections, changes, marks, pairs: ordered };
}

/** Section pairs in the notice's order, each section of the --against file only placed after its predecessor. */
function sectionOrder(base: SectionedNotice, notice: SectionedNotice, pairs: Map<number, number>): TextDiff['pairs'] {
  const baseOf = new Map([...pairs].map(([a, b]) => [b, a]));
  const ordered: TextDiff['pairs'] = notice.sections.map((_, b) => ({ base: baseOf.get(b) ?? null, notice: b }));
  for (let a = 0; a < base.sections.length; a++) {
    if (pairs.has(a)) continue;
    let at = 0;
    ordered.forEach((p, k) => {
      if (p.base !== null && p.base < a) at = k + 1;
    });
    ordered.splice(at, 0, { base: a, notice: null });
  }
  return ordered;
}

function describeSections(
  base: SectionedNotice,
  notice: SectionedNotice,
  ordered: TextDiff['pairs'],
  similarityOf: (a: number, b: number) => number,
): SectionDiff[] {
  const aligned = ordered.filter((p) => p.base !== null && p.notice !== null).map((p) => p.base as number);
  const kept = inOrder(aligned);
  const inOrderBase = new Set(aligned.filter((_, k) => kept.has(k)));
  return ordered.map(({ base: a, notice: b }): SectionDiff => {
    if (b === null) {
      const s = base.sections[a as number];
      return { status: 'missing', againstHeading: s.heading, againstLine: s.line };
    }
    const s = notice.sections[b];
    if (a === null) return { status: 'extra', noticeHeading: s.heading, line: s.line };
    const from = base.sections[a];
    const sameHeading = (from.heading === null && s.heading === null) || headingSimilarity(from.heading ?? '', s.heading ?? '') >= 0.5;
    const status = !inOrderBase.has(a) ? 'moved' : sameHeading ? 'present' : 'renamed';
    return { status, againstHeading: from.heading, againstLine: from.line, noticeHeading: s.heading, line: s.line, similarity: similarityOf(a, b) };
  });
}

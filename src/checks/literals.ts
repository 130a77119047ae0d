// A cheap first test before a rule's pattern scans a notice. Most of a lint's ~180 scans find
// nothing; each costs a regex run over the whole text (and, on its first run, compiling the
// regex). For most patterns one of a few strings must be present for any match at all
// ("complain", "concern", "unhappy"…). The strings come from the pattern's syntax tree
// (regexpp), so they are exact, never guessed. A notice is indexed once by the three-letter
// windows of its lower-cased text; a string none of whose windows is missing may be present,
// and only then does the pattern run. The index can say "maybe" wrongly, never "no".
// A pattern that cannot cross a line break then runs only on the lines holding one of its
// strings (scanRanges).
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, CharacterClassElement, Element } from '@eslint-community/regexpp/ast';

/** Literals shorter than this are in nearly every notice ("to ", "of"): not worth a test. */
const MIN_LITERAL = 3;

/** A required string, lower-cased, with the index slots of its three-letter windows. */
interface Literal {
  text: string;
  slots: readonly number[];
}
/** Literals of which any match must contain at least one, each at least MIN_LITERAL long (so it has a window); empty = nothing known. */
type Need = readonly Literal[];
type Strings = readonly string[];

/** What a pattern's syntax tells before it runs. */
export interface PatternFacts {
  /** Strings, lower-cased, of which every match contains one whatever the case; empty = nothing known. */
  literals: readonly string[];
  /** No part of the pattern, lookarounds included, can match a line break: a match lies within one line. */
  oneLine: boolean;
}

const parser = new RegExpParser({ ecmaVersion: 2024 });
const factsCache = new WeakMap<RegExp, { need: Need; oneLine: boolean }>();

/** 2^16 one-bit slots: a notice has a few thousand distinct windows, so few share a slot. */
const SLOT_BITS = 16;

/** The slot of the window of three character codes (a deterministic hash; collisions only add "maybe"s). */
function slotOf(a: number, b: number, c: number): number {
  return Math.imul(((a & 0xff) << 16) | ((b & 0xff) << 8) | (c & 0xff), 0x9e3779b1) >>> (32 - SLOT_BITS);
}

/** Which three-letter windows occur in a text, lower-cased. */
export type LiteralIndex = Uint32Array;

export function indexText(text: string): LiteralIndex {
  return indexLowerCased(text.toLowerCase());
}

/** `indexText` of a text already lower-cased. */
export function indexLowerCased(lower: string): LiteralIndex {
  const index = new Uint32Array(1 << (SLOT_BITS - 5));
  for (let i = 2; i < lower.length; i++) {
    const slot = slotOf(lower.charCodeAt(i - 2), lower.charCodeAt(i - 1), lower.charCodeAt(i));
    index[slot >>> 5] |= 1 << (slot & 31);
  }
  return index;
}

/** Whether every one of `slots` is set in `index` (a plain loop: this runs for every pattern on every notice). */
function hasAllSlots(index: LiteralIndex, slots: readonly number[]): boolean {
  for (let i = 0; i < slots.length; i++) if ((index[slots[i] >>> 5] & (1 << (slots[i] & 31))) === 0) return false;
  return true;
}

/**
 * Strings, lower-cased, such that every match of `pattern` contains at least one of them
 * whatever the case; empty when the pattern has no such literals.
 */
export function requiredLiterals(pattern: RegExp): readonly string[] {
  return factsOf(pattern).need.map((literal) => literal.text);
}

/** Whether `pattern` may match the indexed text: false only when it certainly cannot. */
export function mayMatch(pattern: RegExp, index: LiteralIndex): boolean {
  const { need } = factsOf(pattern);
  if (need.length === 0) return true;
  for (let i = 0; i < need.length; i++) if (hasAllSlots(index, need[i].slots)) return true;
  return false;
}

/**
 * Where each three-letter window of a lower-cased text occurs, bucketed by a 12-bit hash:
 * the positions (of each window's last letter) in bucket b are `positions[starts[b]]` up to
 * `positions[starts[b + 1]]`, in text order. Built in two passes, it lets a literal be found
 * by checking the few places its rarest window occurs instead of scanning the whole text.
 */
export interface WindowPositions {
  lower: string;
  starts: Int32Array;
  positions: Int32Array;
}

const POSITION_BITS = 12;
const bucketOf = (a: number, b: number, c: number): number => slotOf(a, b, c) >>> (SLOT_BITS - POSITION_BITS);

export function windowPositions(lower: string): WindowPositions {
  const buckets = new Uint16Array(lower.length);
  // Counted into the slot after each bucket's, summed to where each bucket ends, then filled
  // from the end backwards so each slot comes down to where its bucket starts.
  const starts = new Int32Array((1 << POSITION_BITS) + 1);
  for (let i = 2; i < lower.length; i++) {
    const bucket = bucketOf(lower.charCodeAt(i - 2), lower.charCodeAt(i - 1), lower.charCodeAt(i));
    buckets[i] = bucket;
    starts[bucket + 1]++;
  }
  for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
  for (let b = 0; b < starts.length - 1; b++) starts[b] = starts[b + 1];
  const positions = new Int32Array(Math.max(0, lower.length - 2));
  for (let i = lower.length - 1; i >= 2; i--) positions[--starts[buckets[i]]] = i;
  return { lower, starts, positions };
}

/** Start offsets of `literal` in the indexed text, in order. */
function occurrences(literal: string, where: WindowPositions): number[] {
  // The literal's rarest window, and how far into the literal it ends.
  let best = -1;
  let bestEnd = 0;
  for (let k = 2; k < literal.length; k++) {
    const bucket = bucketOf(literal.charCodeAt(k - 2), literal.charCodeAt(k - 1), literal.charCodeAt(k));
    if (best < 0 || where.starts[bucket + 1] - where.starts[bucket] < where.starts[best + 1] - where.starts[best]) {
      best = bucket;
      bestEnd = k;
    }
  }
  const found: number[] = [];
  for (let p = where.starts[best]; p < where.starts[best + 1]; p++) {
    const start = where.positions[p] - bestEnd;
    if (start >= 0 && where.lower.startsWith(literal, start)) found.push(start);
  }
  return found;
}

/**
 * The parts of `text` a search for `pattern` needs to look at, as [from, to) ranges in order:
 * the whole text, or, for a pattern that stays on one line and needs a literal, the lines
 * where one of its literals occurs (with the line breaks either side, so `^`, `$`, `\b` and
 * lookarounds see what they see in the whole text). Every match lies inside one of them.
 * `where` indexes `text` lower-cased (of the same length), and `index` is its `indexLowerCased`.
 */
export function scanRanges(pattern: RegExp, text: string, index: LiteralIndex, where: () => WindowPositions): [number, number][] {
  const { need, oneLine } = factsOf(pattern);
  const whole = (): [number, number][] => [[0, text.length]];
  if (!oneLine || need.length === 0) return whole();
  const lines: [number, number][] = [];
  // Searching most of the text piece by piece costs more than searching it whole.
  let budget = text.length >> 1;
  for (const { text: literal, slots } of need) {
    // A literal the index rules out is not looked for: most of a long list are absent.
    if (!hasAllSlots(index, slots)) continue;
    const positions = where();
    if (positions.lower.length !== text.length) return whole();
    let lineEnd = -1;
    for (const at of occurrences(literal, positions)) {
      if (at < lineEnd) continue;
      const lineStart = Math.max(0, positions.lower.lastIndexOf('\n', at));
      const next = positions.lower.indexOf('\n', at);
      lineEnd = next < 0 ? text.length : next + 1;
      if ((budget -= lineEnd - lineStart) < 0) return whole();
      lines.push([lineStart, lineEnd]);
    }
  }
  // One literal's lines come in order; only several literals' need sorting.
  if (need.length > 1) lines.sort((a, b) => a[0] - b[0]);
  const ranges: [number, number][] = [];
  for (const [from, to] of lines) {
    const last = ranges.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  }
  return ranges;
}

/**
 * The shipped command line carries the literals of every pattern the rules export, worked out
 * when it was bundled (scripts/bundle.mjs): parsing some 180 patterns on each start would add
 * a tenth to a one-file lint. A JSON string, keyed by "flags/source".
 */
declare const NOTICELINT_LITERALS: string | undefined;
let bundledLiterals: Record<string, PatternFacts> | undefined;
function precomputed(pattern: RegExp): PatternFacts | undefined {
  if (typeof NOTICELINT_LITERALS === 'undefined') return undefined;
  bundledLiterals ??= JSON.parse(NOTICELINT_LITERALS) as Record<string, PatternFacts>;
  return bundledLiterals[`${pattern.flags}/${pattern.source}`];
}

/** Facts worked out in this process, keyed "flags/source": the bundle step's table. */
const computed = new Map<string, PatternFacts>();

/** Every pattern's facts worked out so far (scripts/bundle.mjs lints the fixtures, then reads this). */
export function computedFacts(): ReadonlyMap<string, PatternFacts> {
  return computed;
}

/** The facts of `pattern`, as the bundle step records them. */
export function patternFacts(pattern: RegExp): PatternFacts {
  const { need, oneLine } = factsOf(pattern);
  return { literals: need.map((literal) => literal.text), oneLine };
}

function factsOf(pattern: RegExp): { need: Need; oneLine: boolean } {
  let facts = factsCache.get(pattern);
  if (facts === undefined) {
    let found = precomputed(pattern);
    if (found === undefined) computed.set(`${pattern.flags}/${pattern.source}`, (found = computeFacts(pattern)));
    facts = { need: found.literals.map((text) => ({ text, slots: windowSlots(text) })), oneLine: found.oneLine };
    factsCache.set(pattern, facts);
  }
  return facts;
}

function windowSlots(text: string): number[] {
  const slots: number[] = [];
  for (let i = 2; i < text.length; i++) slots.push(slotOf(text.charCodeAt(i - 2), text.charCodeAt(i - 1), text.charCodeAt(i)));
  return slots;
}

function computeFacts(pattern: RegExp): PatternFacts {
  // Unicode case folding lets "k" match the Kelvin sign, which lower-casing the text does not
  // turn into "k"; without the u/v flags, an ASCII letter matches only its two ASCII cases.
  if (/[uvy]/.test(pattern.flags)) return { literals: [], oneLine: false };
  try {
    const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: false, unicodeSets: false });
    const need = needOfAlternatives(ast.alternatives);
    const literals = need && Math.min(...need.map((literal) => literal.length)) >= MIN_LITERAL ? need : [];
    return { literals, oneLine: !ast.alternatives.some((alternative) => alternative.elements.some((element) => mayMatchLineBreak(element, pattern.flags.includes('s')))) };
  } catch {
    return { literals: [], oneLine: false };
  }
}

/** Whether `element` (or anything inside it, lookarounds included) can match "\n". */
function mayMatchLineBreak(element: Element, dotAll: boolean): boolean {
  switch (element.type) {
    case 'Character':
      return element.value === 10;
    case 'CharacterSet':
      return element.kind === 'any' ? dotAll : setHasLineBreak(element);
    case 'CharacterClass':
      return element.negate !== element.elements.some(classElementHasLineBreak);
    case 'Group':
    case 'CapturingGroup':
      return element.alternatives.some((alternative) => alternative.elements.some((inner) => mayMatchLineBreak(inner, dotAll)));
    case 'Assertion':
      return (element.kind === 'lookahead' || element.kind === 'lookbehind') && element.alternatives.some((alternative) => alternative.elements.some((inner) => mayMatchLineBreak(inner, dotAll)));
    case 'Quantifier':
      return mayMatchLineBreak(element.element, dotAll);
    default:
      // A back-reference repeats what its group matched; ^, $ and \b match no character.
      return element.type !== 'Backreference';
  }
}

/** \s and the negated \D, \W take in "\n"; \S, \d, \w do not. Anything else (\p{…}) may. */
function setHasLineBreak(set: { kind: string; negate?: boolean }): boolean {
  if (set.kind === 'space') return !set.negate;
  if (set.kind === 'digit' || set.kind === 'word') return set.negate === true;
  return true;
}

function classElementHasLineBreak(element: CharacterClassElement): boolean {
  if (element.type === 'Character') return element.value === 10;
  if (element.type === 'CharacterClassRange') return element.min.value <= 10 && element.max.value >= 10;
  return element.type === 'CharacterSet' ? setHasLineBreak(element) : true;
}

/** A disjunction needs, from each branch, that branch's need; one branch with none → none. */
function needOfAlternatives(alternatives: readonly Alternative[]): Strings | null {
  const union = new Set<string>();
  for (const alternative of alternatives) {
    const need = needOfSequence(alternative.elements);
    if (!need) return null;
    for (const literal of need) union.add(literal);
  }
  return [...union];
}

/**
 * A sequence needs each of its runs of plain ASCII characters and each of its required
 * parts; the most selective one (longest shortest literal, then fewest literals) is kept.
 */
function needOfSequence(elements: readonly Element[]): Strings | null {
  const candidates: Strings[] = [];
  let run = '';
  const endRun = () => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const element of elements) {
    const char = asciiCharacter(element);
    if (char !== null) {
      run += char.toLowerCase();
      continue;
    }
    endRun();
    const need = needOfElement(element);
    if (need) candidates.push(need);
  }
  endRun();
  let best: Strings | null = null;
  for (const candidate of candidates) if (!best || selectivity(candidate) > selectivity(best)) best = candidate;
  return best;
}

function needOfElement(element: Element): Strings | null {
  switch (element.type) {
    case 'Group':
    case 'CapturingGroup':
      return needOfAlternatives(element.alternatives);
    case 'Quantifier':
      return element.min >= 1 ? needOfSequence([element.element]) : null;
    default:
      // Assertions, character sets and classes, back-references: no literal required.
      return null;
  }
}

/**
 * The one ASCII character other than a line break that an element matches (a literal, or a
 * class of one), else null. Literals never span lines, so the index of a whole notice also
 * answers for any of its parts joined by line breaks.
 */
function asciiCharacter(element: Element): string | null {
  const only = element.type === 'CharacterClass' && !element.negate && element.elements.length === 1 ? element.elements[0] : element;
  return only.type === 'Character' && only.value < 128 && only.value !== 10 && only.value !== 13 ? String.fromCharCode(only.value) : null;
}

/** Longer literals are rarer and faster to search for; fewer of them, fewer searches. */
function selectivity(need: Strings): number {
  return Math.min(...need.map((literal) => literal.length)) * 100 - need.length;
}

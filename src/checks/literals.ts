// A cheap first test before a rule's pattern scans a notice. Most of a lint's ~180 scans find
// nothing; each costs a regex run over the whole text (and, on its first run, compiling the
// regex). For most patterns one of a few strings must be present for any match at all
// ("complain", "concern", "unhappy"…). The strings come from the pattern's syntax tree
// (regexpp), so they are exact, never guessed. A notice is indexed once by the three-letter
// windows of its lower-cased text; a string none of whose windows is missing may be present,
// and only then does the pattern run. The index can say "maybe" wrongly, never "no".
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element } from '@eslint-community/regexpp/ast';

/** Literals shorter than this are in nearly every notice ("to ", "of"): not worth a test. */
const MIN_LITERAL = 3;

/** A required string, lower-cased, with the index slots of its three-letter windows. */
interface Literal {
  text: string;
  slots: readonly number[];
}
/** Literals of which any match must contain at least one; empty = nothing known. */
type Need = readonly Literal[];
type Strings = readonly string[];

const parser = new RegExpParser({ ecmaVersion: 2024 });
const needs = new WeakMap<RegExp, Need>();

/** 2^16 one-bit slots: a notice has a few thousand distinct windows, so few share a slot. */
const SLOT_BITS = 16;

/** The slot of the window of three character codes (a deterministic hash; collisions only add "maybe"s). */
function slotOf(a: number, b: number, c: number): number {
  return Math.imul(((a & 0xff) << 16) | ((b & 0xff) << 8) | (c & 0xff), 0x9e3779b1) >>> (32 - SLOT_BITS);
}

/** Which three-letter windows occur in a text, lower-cased. */
export type LiteralIndex = Uint32Array;

export function indexText(text: string): LiteralIndex {
  const lower = text.toLowerCase();
  const index = new Uint32Array(1 << (SLOT_BITS - 5));
  for (let i = 2; i < lower.length; i++) {
    const slot = slotOf(lower.charCodeAt(i - 2), lower.charCodeAt(i - 1), lower.charCodeAt(i));
    index[slot >>> 5] |= 1 << (slot & 31);
  }
  return index;
}

const hasSlot = (index: LiteralIndex, slot: number): boolean => (index[slot >>> 5] & (1 << (slot & 31))) !== 0;

/**
 * Strings, lower-cased, such that every match of `pattern` contains at least one of them
 * whatever the case; empty when the pattern has no such literals.
 */
export function requiredLiterals(pattern: RegExp): readonly string[] {
  return needOf(pattern).map((literal) => literal.text);
}

/** Whether `pattern` may match the indexed text: false only when it certainly cannot. */
export function mayMatch(pattern: RegExp, index: LiteralIndex): boolean {
  const need = needOf(pattern);
  return need.length === 0 || need.some((literal) => literal.slots.every((slot) => hasSlot(index, slot)));
}

/**
 * The shipped command line carries the literals of every pattern the rules export, worked out
 * when it was bundled (scripts/bundle.mjs): parsing some 180 patterns on each start would add
 * a tenth to a one-file lint. A JSON string, keyed by "flags/source".
 */
declare const NOTICELINT_LITERALS: string | undefined;
let bundledLiterals: Record<string, string[]> | undefined;
function precomputed(pattern: RegExp): readonly string[] | undefined {
  if (typeof NOTICELINT_LITERALS === 'undefined') return undefined;
  bundledLiterals ??= JSON.parse(NOTICELINT_LITERALS) as Record<string, string[]>;
  return bundledLiterals[`${pattern.flags}/${pattern.source}`];
}

/** Literals worked out in this process, keyed "flags/source": the bundle step's table. */
const computed = new Map<string, readonly string[]>();

/** Every pattern's literals worked out so far (scripts/bundle.mjs lints the fixtures, then reads this). */
export function computedLiterals(): ReadonlyMap<string, readonly string[]> {
  return computed;
}

function needOf(pattern: RegExp): Need {
  let need = needs.get(pattern);
  if (need === undefined) {
    let literals = precomputed(pattern);
    if (literals === undefined) computed.set(`${pattern.flags}/${pattern.source}`, (literals = computeNeed(pattern)));
    need = literals.map((text) => ({ text, slots: windowSlots(text) }));
    needs.set(pattern, need);
  }
  return need;
}

function windowSlots(text: string): number[] {
  const slots: number[] = [];
  for (let i = 2; i < text.length; i++) slots.push(slotOf(text.charCodeAt(i - 2), text.charCodeAt(i - 1), text.charCodeAt(i)));
  return slots;
}

function computeNeed(pattern: RegExp): readonly string[] {
  // Unicode case folding lets "k" match the Kelvin sign, which lower-casing the text does not
  // turn into "k"; without the u/v flags, an ASCII letter matches only its two ASCII cases.
  if (/[uv]/.test(pattern.flags)) return [];
  try {
    const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: false, unicodeSets: false });
    const need = needOfAlternatives(ast.alternatives);
    return need && Math.min(...need.map((literal) => literal.length)) >= MIN_LITERAL ? need : [];
  } catch {
    return [];
  }
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

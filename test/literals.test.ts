// The literal prefilter in front of every rule pattern (src/checks/literals.ts): which strings
// it requires, and above all that it never says "cannot match" of a text the pattern matches.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computedFacts, indexLowerCased, indexText, mayMatch, patternFacts, requiredLiterals, scanRanges, windowPositions } from '../src/checks/literals.js';
import { exportedRegexps, regexLiteralsIn, sourceFiles, type FoundRegex } from './helpers/regexes.js';

const ROOT = join(import.meta.dirname, '..');

describe('requiredLiterals', () => {
  it('takes one string from each branch of an alternation, lower-cased', () => {
    expect(requiredLiterals(/\b(Complain\w{0,4}|concerns?|unhappy)\b/i)).toEqual(['complain', 'concern', 'unhappy']);
  });

  it('keeps the most selective part of a sequence', () => {
    // "data protection " is one run; the group after it offers only shorter strings.
    expect(requiredLiterals(/\bdata protection (lead|officer)\b/i)).toEqual(['data protection ']);
    expect(requiredLiterals(/\b(tell|let)\b[^.]{0,60}\b(optional|voluntary)\b/i)).toEqual(['optional', 'voluntary']);
  });

  it('reads escapes and one-character classes as the character', () => {
    expect(requiredLiterals(/ico\.org[.]uk/)).toEqual(['ico.org.uk']);
  });

  it('requires nothing from optional parts, lookarounds or sets', () => {
    expect(requiredLiterals(/\b(?:annual )?report\b/i)).toEqual(['report']);
    expect(requiredLiterals(/(?<=pupil )\d+/)).toEqual([]);
    expect(requiredLiterals(/\b(ab|\d{4})\b/)).toEqual([]);
  });

  it('gives up on a branch without a string, on strings under three letters and on unicode patterns', () => {
    expect(requiredLiterals(/\bconsent\b|\d{3}/)).toEqual([]);
    expect(requiredLiterals(/\bUK\b|\bEEA\b/)).toEqual([]);
    expect(requiredLiterals(/\bkelvin\b/iu)).toEqual([]);
  });

  it('never lets a string cross a line break, so a notice\'s parts joined by line breaks are covered', () => {
    expect(requiredLiterals(/retention\nschedule/)).toEqual(['retention']);
  });
});

describe('computedFacts', () => {
  it('records each pattern worked out at run time, for the bundle step\'s table', () => {
    const built = new RegExp(['Riverside', 'Oakfield'].join('|') + ' Academy', 'gi');
    expect(computedFacts().has(`gi/${built.source}`)).toBe(false);
    mayMatch(built, indexText('Riverside Academy'));
    expect(computedFacts().get(`gi/${built.source}`)?.literals).toEqual(['riverside', 'oakfield academy']);
  });
});

describe('mayMatch', () => {
  it('says no when none of the strings is in the text, whatever its case', () => {
    const pattern = /\bnational pupil database\b/i;
    expect(mayMatch(pattern, indexText('We send census returns to the DfE.'))).toBe(false);
    expect(mayMatch(pattern, indexText('The NATIONAL PUPIL DATABASE is held by the DfE.'))).toBe(true);
  });

  it('always says yes for a pattern with no required string', () => {
    expect(mayMatch(/\d{4}/, indexText('no digits here'))).toBe(true);
  });
});

describe('patternFacts: a match stays on one line', () => {
  it('when nothing in the pattern matches a line break', () => {
    expect(patternFacts(/\bretention (?:policy|schedule)\b[^.\n]{0,40}/i).oneLine).toBe(true);
    expect(patternFacts(/from .{0,20}schools?/).oneLine).toBe(true);
    expect(patternFacts(/\bkeep\S+ (?=for)/).oneLine).toBe(true);
  });

  it('not when a class, set, dot-all or lookaround can take one in', () => {
    expect(patternFacts(/\bretention[^.]{0,40}schedule/).oneLine).toBe(false);
    expect(patternFacts(/\bretention\s+schedule/).oneLine).toBe(false);
    expect(patternFacts(/retention.{0,9}schedule/s).oneLine).toBe(false);
    expect(patternFacts(/(?<=\n\s*)retention/).oneLine).toBe(false);
    expect(patternFacts(/retention\W+schedule/).oneLine).toBe(false);
  });
});

/** [index, text] of each match, scanning `text` whole or only the ranges scanRanges gives. */
function allMatches(pattern: RegExp, text: string, ranged: boolean): [number, string][] {
  const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'g');
  const lower = text.toLowerCase();
  const ranges = ranged ? scanRanges(pattern, text, indexLowerCased(lower), () => windowPositions(lower)) : [[0, text.length]];
  const found: [number, string][] = [];
  for (const [from, to] of ranges) {
    const part = text.slice(from, to);
    for (const m of part.matchAll(re)) if (m[0].length > 0) found.push([from + m.index, m[0]]);
  }
  return found;
}

describe('scanRanges', () => {
  const notice = ['# Keeping records', '', 'We follow our records retention schedule.', 'Staff files: see the', 'retention schedule too.', '', 'Nothing else here.'].join('\n') + '\n\nThis line and the ones after it say nothing about keeping records at all.'.repeat(3);

  it('keeps only the lines holding a literal of a one-line pattern, with the line breaks around them', () => {
    const lower = notice.toLowerCase();
    const ranges = scanRanges(/\bretention schedule\b/i, notice, indexLowerCased(lower), () => windowPositions(lower));
    expect(ranges.map(([from, to]) => notice.slice(from, to))).toEqual(['\nWe follow our records retention schedule.\n', '\nretention schedule too.\n']);
  });

  it('scans the whole text for a pattern that can cross a line', () => {
    const lower = notice.toLowerCase();
    expect(scanRanges(/see the\s+retention/i, notice, indexLowerCased(lower), () => windowPositions(lower))).toEqual([[0, notice.length]]);
  });
});

/** Every pattern in rules/ and src/: literals in the source and RegExps the modules export. */
async function projectPatterns(): Promise<FoundRegex[]> {
  const files = [...sourceFiles(join(ROOT, 'rules')), ...sourceFiles(join(ROOT, 'src'))];
  const found = files.flatMap((file) => regexLiteralsIn(file, ROOT));
  for (const file of sourceFiles(join(ROOT, 'rules'))) found.push(...exportedRegexps(relative(ROOT, file), { ...((await import(file)) as object) }));
  return found;
}

function fixtureTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && ['.md', '.txt'].includes(extname(entry.name)))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

describe('the prefilter is sound on every project pattern', () => {
  it('never rules out a match, on every fixture notice as written and in capitals', { timeout: 120_000 }, async () => {
    const patterns = await projectPatterns();
    const texts = fixtureTexts(join(ROOT, 'fixtures')).flatMap((text) => [text, text.toUpperCase()]);
    expect(patterns.length).toBeGreaterThan(300);
    expect(texts.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    let ruledOut = 0;
    let pairs = 0;
    for (const text of texts) {
      const index = indexText(text);
      for (const { where, regex } of patterns) {
        pairs++;
        if (mayMatch(regex, index)) continue;
        ruledOut++;
        const match = new RegExp(regex.source, regex.flags.replace(/[gy]/g, '')).exec(text);
        if (match) wrong.push(`${where} ${regex} matches "${match[0].slice(0, 40)}"`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // The check is not vacuous: most pattern/notice pairs are ruled out without a scan.
    expect(ruledOut / pairs).toBeGreaterThan(0.5);
  });
});

describe('scanning by ranges is exact on every project pattern', () => {
  it('finds the same matches as scanning the whole text, on every fixture notice', { timeout: 240_000 }, async () => {
    const patterns = await projectPatterns();
    const texts = fixtureTexts(join(ROOT, 'fixtures'));
    const wrong: string[] = [];
    let narrowed = 0;
    for (const text of texts) {
      for (const { where, regex } of patterns) {
        const lower = text.toLowerCase();
        if (scanRanges(regex, text, indexLowerCased(lower), () => windowPositions(lower))[0]?.[1] !== text.length) narrowed++;
        const whole = allMatches(regex, text, false);
        const ranged = allMatches(regex, text, true);
        if (JSON.stringify(whole) !== JSON.stringify(ranged)) wrong.push(`${where} ${regex}: ${whole.length} matches whole, ${ranged.length} by ranges`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // Not vacuous: many scans are narrowed to a few lines.
    expect(narrowed).toBeGreaterThan(1000);
  });
});

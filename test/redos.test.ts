// Every regular expression in rules/ and src/ must be safe from catastrophic backtracking:
// notices are untrusted input. Static analysis with redos-detector, not timing. Collected
// two ways: every regex literal in the source (TypeScript's parser), and every RegExp
// exported by a rule or rule-data module (patterns built with `new RegExp`).
import { join, relative } from 'node:path';
import { isSafe } from 'redos-detector';
import { describe, expect, it } from 'vitest';
import { exportedRegexps, regexLiteralsIn, sourceFiles } from './helpers/regexes.js';

const ROOT = join(import.meta.dirname, '..');

const files = [...sourceFiles(join(ROOT, 'rules')), ...sourceFiles(join(ROOT, 'src'))];
const literals = files.flatMap((file) => regexLiteralsIn(file, ROOT));
const ruleModules = sourceFiles(join(ROOT, 'rules'));

/**
 * Backtracking can only blow up with two or more unbounded quantifiers, a quantified group,
 * or an unbounded quantifier before `$`; patterns with none of these are linear already and
 * skip the (slow) full analysis.
 */
export function mayBacktrack(regex: RegExp): boolean {
  const shape = regex.source.replace(/\\./g, 'e').replace(/\[[^\]]*\]/g, 'c');
  const unbounded = shape.match(/[*+]|\{\d+,\}/g)?.length ?? 0;
  return unbounded >= 2 || /\)(?:[*+]|\{\d+,\d*\})/.test(shape) || /(?:[*+]|\{\d+,\})\??\$/.test(shape);
}

/**
 * A problem when redos-detector proves the pattern unsafe. It is run with a step budget and
 * no clock so the verdict is deterministic; when the budget runs out (long word lists) the
 * analysis is inconclusive and the pattern is not failed — precision over recall.
 */
function problem(regex: RegExp): string | null {
  if (!mayBacktrack(regex)) return null;
  const result = isSafe(regex, { timeout: Number.POSITIVE_INFINITY, maxSteps: 2000 });
  if (result.safe || result.error === 'hitMaxSteps') return null;
  return `score ${result.score.infinite ? 'infinite' : result.score.value}${result.error ? ` (${result.error})` : ''}`;
}

describe('regular expressions are safe from ReDoS', () => {
  it('finds the patterns it should check', () => {
    expect(literals.length).toBeGreaterThan(20);
    expect(literals.some((f) => f.where.startsWith('src/lint/directives.ts'))).toBe(true);
  });

  it('sends risky shapes to the full analysis and catches a classic ReDoS', () => {
    expect(mayBacktrack(/^(a+)+$/)).toBe(true);
    expect(mayBacktrack(/\s*\n\s*/)).toBe(true);
    expect(mayBacktrack(/[ \t]+$/)).toBe(true);
    expect(mayBacktrack(/\b(?:DPO|data protection officer)\b/i)).toBe(false);
    expect(problem(/^(a+)+$/)).not.toBeNull();
    expect(problem(/\s*\n\s*/)).not.toBeNull();
  });

  it('regex literals in rules/ and src/', { timeout: 300_000 }, () => {
    const unsafe = literals.map((f) => ({ ...f, problem: problem(f.regex) })).filter((f) => f.problem).map((f) => `${f.where} ${f.regex} — ${f.problem}`);
    expect(unsafe).toEqual([]);
  });

  it('RegExps exported by rule and rule-data modules', { timeout: 300_000 }, async () => {
    const unsafe: string[] = [];
    for (const file of ruleModules) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const found of exportedRegexps(relative(ROOT, file), { ...mod })) {
        const issue = problem(found.regex);
        if (issue) unsafe.push(`${found.where} ${found.regex} — ${issue}`);
      }
    }
    expect(unsafe).toEqual([]);
  });
});

// Every regular expression in rules/ and src/ must be safe from catastrophic backtracking:
// notices are untrusted input. Static analysis with redos-detector, not timing. Collected
// two ways: every regex literal in the source (TypeScript's parser), and every RegExp
// exported by a rule or rule-data module (patterns built with `new RegExp`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isSafe } from 'redos-detector';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  regex: RegExp;
}

function literalsIn(file: string): Found[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: Found[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const slash = text.lastIndexOf('/');
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ where: `${relative(ROOT, file)}:${line + 1}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function exportedRegexps(where: string, value: unknown, seen = new Set<unknown>()): Found[] {
  if (value instanceof RegExp) return [{ where, regex: value }];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) => exportedRegexps(`${where}.${key}`, inner, seen));
}

const files = [...sourceFiles(join(ROOT, 'rules')), ...sourceFiles(join(ROOT, 'src'))];
const literals = files.flatMap(literalsIn);
const ruleModules = sourceFiles(join(ROOT, 'rules'));

/** Linear: no input can make the pattern backtrack without bound. */
function problem(regex: RegExp): string | null {
  const result = isSafe(regex, { timeout: Number.POSITIVE_INFINITY });
  if (result.safe) return null;
  return result.error ? `analysis gave up (${result.error})` : `score ${result.score.infinite ? 'infinite' : result.score.value}`;
}

describe('regular expressions are safe from ReDoS', () => {
  it('finds the patterns it should check', () => {
    expect(literals.length).toBeGreaterThan(20);
    expect(literals.some((f) => f.where.startsWith('src/lint/directives.ts'))).toBe(true);
  });

  it('regex literals in rules/ and src/', () => {
    const unsafe = literals.map((f) => ({ ...f, problem: problem(f.regex) })).filter((f) => f.problem).map((f) => `${f.where} ${f.regex} — ${f.problem}`);
    expect(unsafe).toEqual([]);
  });

  it('RegExps exported by rule and rule-data modules', async () => {
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

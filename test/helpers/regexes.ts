// Every regular expression the project holds, for the tests that check them all (ReDoS
// safety, the literal prefilter): regex literals in the TypeScript source, found with
// TypeScript's parser, and RegExps a module exports (patterns built with `new RegExp`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  /** file:line, or module.exportPath */
  where: string;
  regex: RegExp;
}

/** The .ts files under `dir` (not declaration files). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every regex literal in `file`; `where` is relative to `root`. */
export function regexLiteralsIn(file: string, root: string): FoundRegex[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: FoundRegex[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const slash = text.lastIndexOf('/');
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ where: `${relative(root, file)}:${line + 1}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every RegExp reachable from `value` (a module's exports), named by its path. */
export function exportedRegexps(where: string, value: unknown, seen = new Set<unknown>()): FoundRegex[] {
  if (value instanceof RegExp) return [{ where, regex: value }];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) => exportedRegexps(`${where}.${key}`, inner, seen));
}

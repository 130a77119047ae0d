// The registry, the rule files, the fixture folders and the doc pages must list exactly the
// same rules, so a rule cannot ship untested or undocumented.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';

const ROOT = join(import.meta.dirname, '..');
const ids = rules.map((r) => r.meta.id);
const names = (dir: string, pattern: RegExp): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => pattern.test(f)).map((f) => f.replace(pattern, '')).sort() : [];

describe('rule registry', () => {
  it('is sorted by id with no duplicates', () => {
    expect(ids).toEqual([...new Set(ids)].sort());
  });

  it('matches the rule files in rules/', () => {
    expect(names(join(ROOT, 'rules'), /\.ts$/).filter((n) => n !== 'index')).toEqual(ids);
  });

  it('has meta.id equal to each file name', async () => {
    for (const id of ids) {
      const mod = (await import(join(ROOT, 'rules', `${id}.ts`))) as { meta: { id: string } };
      expect(mod.meta.id).toBe(id);
    }
  });

  it('has no stub left in any rule file', () => {
    const stubs = ids.filter((id) => readFileSync(join(ROOT, 'rules', `${id}.ts`), 'utf8').includes('STUB('));
    expect(stubs).toEqual([]);
  });

  it('has a fixture folder with at least one valid and one invalid notice per rule', () => {
    const folders = readdirSync(join(ROOT, 'fixtures', 'rules')).sort();
    expect(folders).toEqual(ids);
    const incomplete = ids.filter((id) => ['valid', 'invalid'].some((kind) => names(join(ROOT, 'fixtures', 'rules', id, kind), /\.(md|txt)$/).length === 0));
    expect(incomplete).toEqual([]);
  });

  it('has a doc page per rule', () => {
    expect(names(join(ROOT, 'docs', 'rules'), /\.md$/)).toEqual(ids);
  });
});

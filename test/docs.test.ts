// Generated docs must match the code: regenerate in memory and compare (run `npm run docs`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { renderRulePage, renderRulesTable, replaceRulesTable, TABLE_END, TABLE_START } from '../src/report/rule-docs.js';
import { firstExample } from '../src/report/rule-examples.js';

const ROOT = join(import.meta.dirname, '..');
const read = (path: string): string => (existsSync(path) ? readFileSync(path, 'utf8') : '(missing)');

describe('docs/rules pages are up to date (npm run build && npm run docs)', () => {
  for (const { meta } of rules) {
    it(meta.id, () => {
      const expected = renderRulePage({ meta, valid: firstExample(ROOT, meta.id, 'valid'), invalid: firstExample(ROOT, meta.id, 'invalid') });
      expect(read(join(ROOT, 'docs', 'rules', `${meta.id}.md`))).toBe(expected);
    });
  }

  it('the rules table in README.md', () => {
    const current = read(join(ROOT, 'README.md'));
    expect(current).toBe(replaceRulesTable(current, renderRulesTable(rules.map((r) => r.meta))));
  });
});

describe('rendering', () => {
  const meta = rules[0].meta;

  it('fences an example that itself contains a code fence', () => {
    const page = renderRulePage({ meta, valid: { name: 'a.md', text: '```\ncode\n```\n' } });
    expect(page).toContain('````markdown\n```\ncode\n```\n````');
  });

  it('replaces only the text between the markers', () => {
    const doc = `intro\n${TABLE_START}\nold\n${TABLE_END}\noutro\n`;
    expect(replaceRulesTable(doc, 'new')).toBe(`intro\n${TABLE_START}\nnew\n${TABLE_END}\noutro\n`);
  });
});

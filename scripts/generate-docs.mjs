#!/usr/bin/env node
// `npm run docs`: writes docs/rules/<id>.md and the rules table in README.md
// from the built rules (run `npm run build` first). test/docs.test.ts fails on drift.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'rules', 'index.js'))) {
  process.stderr.write('generate-docs: run `npm run build` first\n');
  process.exit(2);
}
const { rules } = await import(join(dist, 'rules', 'index.js'));
const { renderRulePage, renderRulesTable, replaceRulesTable } = await import(join(dist, 'src', 'report', 'rule-docs.js'));
const { firstExample } = await import(join(dist, 'src', 'report', 'rule-examples.js'));

mkdirSync(join(root, 'docs', 'rules'), { recursive: true });
for (const { meta } of rules) {
  const page = renderRulePage({ meta, valid: firstExample(root, meta.id, 'valid'), invalid: firstExample(root, meta.id, 'invalid') });
  writeFileSync(join(root, 'docs', 'rules', `${meta.id}.md`), page);
}
const tablePath = join(root, 'README.md');
const current = readFileSync(tablePath, 'utf8');
writeFileSync(tablePath, replaceRulesTable(current, renderRulesTable(rules.map((r) => r.meta))));
const stale = readdirSync(join(root, 'docs', 'rules')).filter((f) => !rules.some((r) => `${r.meta.id}.md` === f));
if (stale.length) process.stderr.write(`generate-docs: pages for no rule (delete them): ${stale.join(', ')}\n`);
process.stdout.write(`generate-docs: wrote ${rules.length} rule pages and the rules table\n`);

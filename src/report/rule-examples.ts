// Reads the first valid/invalid fixture of a rule for its doc page (fixtures/rules/<id>/…).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleExample } from './rule-docs.js';

const NOTICE = /\.(md|txt)$/;

export function firstExample(root: string, id: string, kind: 'valid' | 'invalid'): RuleExample | undefined {
  const dir = join(root, 'fixtures', 'rules', id, kind);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).filter((f) => NOTICE.test(f)).sort()[0];
  if (!name) return undefined;
  const example: RuleExample = { name, text: readFileSync(join(dir, name), 'utf8') };
  const expectedPath = join(dir, name.replace(NOTICE, '.expected'));
  if (kind === 'invalid' && existsSync(expectedPath)) example.expected = readFileSync(expectedPath, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  return example;
}

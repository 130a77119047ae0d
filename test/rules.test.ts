// The rule fixture harness: every fixture in fixtures/rules/<id>/valid gives no finding of
// that rule; every one in invalid/ gives exactly the findings in its .expected file. Each is
// linted with only that rule enabled, at its default severity, on 2026-11-24 unless a
// `<name>.options.json` sidecar says otherwise. Rules without a folder yet are left to
// test/registry.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { SettingOrAuto } from '../src/lint/config.js';
import { lintFile, type LintOptions } from '../src/lint/index.js';
import type { SeverityOrOff } from '../src/types.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'rules');
const DEFAULT_DATE = '2026-11-24';
const NOTICE = /\.(md|txt)$/;

interface Sidecar {
  date?: string;
  setting?: SettingOrAuto;
  options?: Record<string, unknown>;
}

function readSidecar(file: string): Sidecar {
  const path = file.replace(NOTICE, '.options.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Sidecar) : {};
}

function onlyRule(id: string, sidecar: Sidecar): LintOptions {
  const ruleOverrides: Record<string, SeverityOrOff> = {};
  for (const rule of rules) if (rule.meta.id !== id) ruleOverrides[rule.meta.id] = 'off';
  return {
    date: sidecar.date ?? DEFAULT_DATE,
    cwd: FIXTURES,
    noConfig: true,
    ruleOverrides,
    ...(sidecar.setting ? { setting: sidecar.setting } : {}),
    ...(sidecar.options ? { ruleOptions: { [id]: sidecar.options } } : {}),
  };
}

/** Findings of rule `id` in a fixture, as `line:col-line:col rule-id message-id` lines. */
async function findings(id: string, file: string): Promise<string[]> {
  const result = await lintFile(file, onlyRule(id, readSidecar(file)));
  expect(result.fatal, result.messages[0]?.message).toBe(false);
  return result.messages
    .filter((m) => m.ruleId === id)
    .map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.messageId}`)
    .sort();
}

function readExpected(file: string): string[] {
  const path = file.replace(NOTICE, '.expected');
  if (!existsSync(path)) throw new Error(`${path} is missing: one line per expected finding`);
  return readFileSync(path, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean).sort();
}

const noticesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => NOTICE.test(f)).sort() : []);

it('has a registered rule for every fixture folder', () => {
  const known = new Set(rules.map((r) => r.meta.id));
  const folders = existsSync(FIXTURES) ? readdirSync(FIXTURES) : [];
  expect(folders.filter((f) => !known.has(f))).toEqual([]);
});

for (const rule of rules) {
  const id = rule.meta.id;
  const dir = join(FIXTURES, id);
  if (!existsSync(dir)) continue;
  describe(id, () => {
    for (const name of noticesIn(join(dir, 'valid'))) {
      it(`valid/${name}`, async () => {
        expect(await findings(id, join(dir, 'valid', name))).toEqual([]);
      });
    }
    for (const name of noticesIn(join(dir, 'invalid'))) {
      it(`invalid/${name}`, async () => {
        const file = join(dir, 'invalid', name);
        const expected = readExpected(file);
        expect(expected.length, 'an invalid fixture must expect at least one finding').toBeGreaterThan(0);
        expect(await findings(id, file)).toEqual(expected);
      });
    }
  });
}

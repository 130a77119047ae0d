// Through the built CLI (run `npm run build` first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI as cli } from './helpers/cli.js';

const root = join(import.meta.dirname, '..');
const fixture = (name: string): string => join(root, 'fixtures', 'diff', name);

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  return runWith({}, ...args);
}

function runWith(extra: { input?: string }, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, 'diff', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...extra });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!existsSync(cli))('noticelint diff (CLI)', () => {
  it('prints the cli.md JSON shape against the current model by default', () => {
    const { code, stdout } = run(fixture('riverside-sectioned.md'), '--format', 'json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.against).toBe('dfe-2025');
    expect(result.filePath).toBe(fixture('riverside-sectioned.md'));
    expect(Object.keys(result.lineage)).toEqual(['model', 'confidence', 'evidence', 'changedSince']);
    expect(result.lineage.model).toBe('dfe-2021');
    const find = (key: string) => result.sections.find((s: { model?: string }) => s.model === key);
    // The fixture puts storage (line 20) before collection (line 24); the model has them the other way round.
    expect(find('storage')).toMatchObject({ status: 'present', modelHeading: 'How we store pupil data', noticeHeading: 'How we store pupil data', line: 20 });
    expect(find('collection')).toMatchObject({ status: 'moved', line: 24 });
    expect(find('storage').elements).toContainEqual(expect.objectContaining({ id: 'retention-schedule-link', present: true }));
    expect(find('youth-support').status).toBe('missing');
    expect(result.sections).toContainEqual({ status: 'extra', noticeHeading: 'CCTV', line: 32 });
  });

  it('exits 1 with the reason for --fail-on missing-section, 0 without it', () => {
    expect(run(fixture('riverside-sectioned.md')).code).toBe(0);
    const { code, stderr } = run(fixture('riverside-sectioned.md'), '--fail-on', 'missing-section');
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing sections: .*Youth support services/);
  });

  it('exits 1 for --fail-on lineage-older-than when the notice is built on an older model', () => {
    const older = run(fixture('linden-dpa-era.txt'), '--fail-on', 'lineage-older-than:dfe-2018');
    expect(older.code).toBe(1);
    expect(older.stderr).toContain('built on dfe-2016, older than dfe-2018');
    expect(run(fixture('ashcombe-own-model.md'), '--fail-on', 'lineage-older-than:dfe-2025').code).toBe(0);
  });

  it('compares two notice files and reports the moved paragraph', () => {
    const { code, stdout } = run(fixture('oakfield-2025.md'), '--against', fixture('oakfield-2024.md'), '--format', 'json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.against).toBe(fixture('oakfield-2024.md'));
    expect(result.changes.filter((c: { type: string }) => c.type === 'moved')).toHaveLength(1);
  });

  it('prints a patch for --format unified in file mode', () => {
    const { stdout } = run(fixture('oakfield-2025.md'), '--against', fixture('oakfield-2024.md'), '--format', 'unified');
    expect(stdout).toContain(`--- ${fixture('oakfield-2024.md')}`);
    expect(stdout).toContain('-Write to Mrs Ada Pennington, office manager, at office@oakfield.example.com or ring 01632 960111.');
    expect(stdout).toContain('+Write to Mr Tobias Greenhalgh, business manager, at office@oakfield.example.com or ring 01632 960222.');
  });

  it('prints the model skeleton for --format unified in model mode', () => {
    const { stdout } = run(fixture('riverside-sectioned.md'), '--format', 'unified');
    expect(stdout.split('\n')).toContain('-Youth support services');
    expect(stdout.split('\n')).toContain('+CCTV (line 32)');
  });

  it('writes --output atomically and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-diff-'));
    const out = join(dir, 'diff.json');
    writeFileSync(out, 'old contents');
    const { code, stdout } = run(fixture('riverside-sectioned.md'), '--format', 'json', '--output', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).against).toBe('dfe-2025');
    expect(readdirSync(dir)).toEqual(['diff.json']);
  });

  it('takes the default model, or a notice to compare with, from the config file\'s template', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-diff-config-'));
    const notice = join(dir, 'notice.md');
    writeFileSync(notice, readFileSync(fixture('oakfield-2025.md')));
    writeFileSync(join(dir, 'noticelint.config.json'), JSON.stringify({ template: 'dfe-2016' }));
    expect(JSON.parse(run(notice, '--format', 'json').stdout).against).toBe('dfe-2016');
    writeFileSync(join(dir, 'last-year.md'), readFileSync(fixture('oakfield-2024.md')));
    writeFileSync(join(dir, 'noticelint.config.json'), JSON.stringify({ template: 'last-year.md' }));
    const result = JSON.parse(run(notice, '--format', 'json').stdout);
    expect(result.against).toBe(join(dir, 'last-year.md'));
    expect(result.changes.some((c: { type: string }) => c.type === 'moved')).toBe(true);
  });

  it('reads the notice from standard input with --stdin-filename', () => {
    const { code, stdout } = runWith({ input: readFileSync(fixture('linden-dpa-era.txt'), 'utf8') }, '-', '--stdin-filename', 'linden.txt', '--format', 'json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.filePath).toBe('linden.txt');
    expect(result.lineage.model).toBe('dfe-2016');
  });

  it.each([
    [['no-such-notice.md'], /no-such-notice\.md/],
    [[fixture('riverside-sectioned.md'), '--against', 'dfe-2019'], /Unknown model "dfe-2019"\. Built-in models: dfe-2016, dfe-2018, dfe-2021, dfe-2025/],
    [[fixture('riverside-sectioned.md'), '--fail-on', 'sometimes'], /Invalid --fail-on "sometimes"/],
    [[fixture('riverside-sectioned.md'), '--format', 'sarif'], /expected one of stylish, json, unified, html/],
  ])('bad input %j: one line on stderr, exit 2', (args, message) => {
    const { code, stdout, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

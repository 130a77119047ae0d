// The `lint`, `rules` and `init` commands end to end (built CLI): exit codes, formats,
// files, stdin, fixes and one-line errors.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { FileResult } from '../src/types.js';
import { CLI } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const DATE = ['--date', '2026-11-24'];

/** A folder with the CLI fixtures and a config that turns every rule off except `dpa-1998`. */
function workspace(config: object = { rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'dpa-1998' ? 'error' : 'off'])) }): string {
  const dir = mkdtempSync(join(tmpdir(), 'noticelint-cli-'));
  cpSync(join(ROOT, 'fixtures', 'cli'), dir, { recursive: true });
  writeFileSync(join(dir, 'noticelint.config.json'), JSON.stringify(config));
  return dir;
}

function run(cwd: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const json = (stdout: string): FileResult[] => JSON.parse(stdout) as FileResult[];

describe.skipIf(!existsSync(CLI))('noticelint lint', () => {
  it('exits 0 for a clean notice, 1 for an error finding', () => {
    const dir = workspace();
    expect(run(dir, ['clean.md', ...DATE]).code).toBe(0);
    const failing = run(dir, ['dpa.md', ...DATE]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/3:\d+ +error +.*Data Protection Act 1998.* {2}dpa-1998/);
  });

  it('reads a notice\'s own date as shipped (the bundle keeps the date parser\'s class names)', () => {
    const dir = workspace({ rules: { 'review-date': 'warning' } });
    writeFileSync(join(dir, 'dated.md'), '# Privacy notice for Elmtree Primary School\n\nLast updated: 1 September 2026\n');
    const [result] = json(run(dir, ['dated.md', '--format', 'json', ...DATE]).stdout);
    expect(result.reviewDate).toBe('2026-09-01');
    expect(result.messages.filter((m) => m.ruleId === 'review-date' || m.ruleId === null)).toEqual([]);
  });

  it('stops quietly, with no stack trace, when the reader of its output goes away', () => {
    const dir = workspace();
    for (let i = 0; i < 40; i++) cpSync(join(dir, 'dpa.md'), join(dir, `copy-${i}.md`));
    // `head -c 1` takes one byte of the streamed JSON and closes the pipe.
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" . --format json --jobs 1 ${DATE.join(' ')} | head -c 1`], { cwd: dir, encoding: 'utf8' });
    expect(result.stdout).toBe('[');
    expect(result.stderr).toBe('');
  });

  it('reports a missing path as fatal, still lints the others, and exits 2', () => {
    const dir = workspace();
    const { code, stdout } = run(dir, ['nothere.md', 'dpa.md', '--format', 'json', ...DATE]);
    expect(code).toBe(2);
    const results = json(stdout);
    expect(results.map((r) => [r.filePath, r.fatal])).toEqual([['nothere.md', true], ['dpa.md', false]]);
    expect(results[1].messages[0].ruleId).toBe('dpa-1998');
  });

  it('walks folders for notice files, skipping node_modules and config ignore globs', () => {
    const dir = workspace({ ignore: ['archive/**'], rules: { 'dpa-1998': 'error' } });
    for (const sub of ['node_modules/pkg', 'archive', 'current']) mkdirSync(join(dir, sub), { recursive: true });
    for (const sub of ['node_modules/pkg', 'archive', 'current']) cpSync(join(dir, 'dpa.md'), join(dir, sub, 'notice.md'));
    writeFileSync(join(dir, 'current', 'notes.json'), '{}');
    const { stdout } = run(dir, ['.', '--format', 'json', ...DATE]);
    expect(json(stdout).map((r) => r.filePath).sort()).toEqual(['clean.md', 'current/notice.md', 'disabled.html', 'dpa.md']);
  });

  it('--rule and --max-warnings decide between exit 0 and 1; info never counts', () => {
    const dir = workspace();
    expect(run(dir, ['dpa.md', '--rule', 'dpa-1998:warning', ...DATE]).code).toBe(0);
    expect(run(dir, ['dpa.md', '--rule', 'dpa-1998:warning', '--max-warnings', '0', ...DATE]).code).toBe(1);
    expect(run(dir, ['dpa.md', '--rule', 'dpa-1998:info', '--max-warnings', '0', ...DATE]).code).toBe(0);
  });

  it('--quiet hides warnings', () => {
    const dir = workspace();
    const { stdout } = run(dir, ['dpa.md', '--rule', 'dpa-1998:warning', '--quiet', '--format', 'json', ...DATE]);
    expect(json(stdout)[0].messages).toEqual([]);
  });

  it('reads standard input with --stdin-filename', () => {
    const dir = workspace();
    const { code, stdout } = run(dir, ['-', '--stdin-filename', 'pasted.txt', '--format', 'json', ...DATE], readFileSync(join(dir, 'dpa.md'), 'utf8'));
    expect(code).toBe(1);
    expect(json(stdout)[0]).toMatchObject({ filePath: 'pasted.txt', format: 'text', errorCount: 1 });
  });

  it('--fix rewrites the file and --fix-dry-run does not', () => {
    const dir = workspace();
    const original = readFileSync(join(dir, 'dpa.md'), 'utf8');
    const dry = run(dir, ['dpa.md', '--fix-dry-run', '--format', 'json', ...DATE]);
    expect((json(dry.stdout)[0] as FileResult & { output?: string }).output).toContain('UK GDPR and the Data Protection Act 2018');
    expect(readFileSync(join(dir, 'dpa.md'), 'utf8')).toBe(original);
    expect(run(dir, ['dpa.md', '--fix', ...DATE]).code).toBe(0);
    expect(readFileSync(join(dir, 'dpa.md'), 'utf8')).toBe(original.replace('Data Protection Act 1998', 'UK GDPR and the Data Protection Act 2018'));
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const dir = workspace();
    const { stdout } = run(dir, ['dpa.md', '--format', 'sarif', '--output', 'report.sarif', ...DATE]);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('honours disable comments in HTML and reports one that silences nothing', () => {
    const dir = workspace();
    const [result] = json(run(dir, ['disabled.html', '--format', 'json', ...DATE]).stdout);
    expect(result.messages.map((m) => m.ruleId)).toEqual(['unused-directive']);
    expect(result.messages[0].message).toContain('sar-fee');
  });

  it('--cache reuses a stored result until the file changes', () => {
    const dir = workspace();
    const args = ['dpa.md', '--cache', '--format', 'json', ...DATE];
    expect(json(run(dir, args).stdout)[0].errorCount).toBe(1);
    // Plant a different result in the cache: only a cache hit can report it.
    const cachePath = join(dir, '.noticelintcache');
    const cache = JSON.parse(readFileSync(cachePath, 'utf8')) as { entries: Record<string, { result: FileResult }> };
    for (const entry of Object.values(cache.entries)) entry.result.score = 42;
    writeFileSync(cachePath, JSON.stringify(cache));
    expect(json(run(dir, args).stdout)[0].score).toBe(42);
    writeFileSync(join(dir, 'dpa.md'), readFileSync(join(dir, 'clean.md')));
    expect(json(run(dir, args).stdout)[0]).toMatchObject({ errorCount: 0, score: 100 });
  });

  it('never colours output that is not a terminal', () => {
    const dir = workspace();
    expect(run(dir, ['dpa.md', ...DATE]).stdout).not.toMatch(/\u001b\[/);
  });

  const bad: [string, string[], RegExp][] = [
    ['a bad date', ['--date', '2026-13-01'], /--date/],
    ['an unknown rule', ['--rule', 'no-such-rule:error'], /no-such-rule/],
    ['an unknown format', ['--format', 'xml'], /--format/],
    ['an unknown option', ['--frobnicate'], /frobnicate/],
  ];
  for (const [what, args, message] of bad) {
    it(`exits 2 with one line for ${what}`, () => {
      const { code, stderr } = run(workspace(), ['dpa.md', ...args]);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    });
  }

  it('exits 2 with one line naming the file and key for a bad config', () => {
    const { code, stderr, stdout } = run(workspace({ rules: { 'dpa-1998': 'loud' } }), ['dpa.md', ...DATE]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^noticelint: .*noticelint\.config\.json: "rules\.dpa-1998" severity must be one of/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe.skipIf(!existsSync(CLI))('noticelint rules / init', () => {
  it('lists every rule, as a table and as JSON', () => {
    const table = run(ROOT, ['rules']);
    for (const rule of rules) expect(table.stdout).toMatch(new RegExp(`^${rule.meta.id} +${rule.meta.severity} +${rule.meta.category} `, 'm'));
    const list = JSON.parse(run(ROOT, ['rules', '--format', 'json']).stdout) as { id: string }[];
    expect(list.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
  });

  it('writes a valid starter config and refuses to overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-init-'));
    expect(run(dir, ['init']).code).toBe(0);
    const written = readFileSync(join(dir, 'noticelint.config.json'), 'utf8');
    writeFileSync(join(dir, 'notice.md'), readFileSync(join(ROOT, 'fixtures', 'cli', 'clean.md')));
    expect(run(dir, ['notice.md', '--format', 'json', ...DATE]).code).not.toBe(2);
    const again = run(dir, ['init']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(readFileSync(join(dir, 'noticelint.config.json'), 'utf8')).toBe(written);
  });
});

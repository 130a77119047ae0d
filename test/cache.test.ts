// --cache with the real CLI: a second run reuses the stored result (we tamper with it to see
// it echoed back), and any change to content, config, rule severity or --date invalidates it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { cacheKey } from '../src/cache.js';
import type { FileResult } from '../src/types.js';
import { CLI } from './helpers/cli.js';

const OLD_LAW = '# Privacy notice\n\nOakfield Primary School follows the Data Protection Act 1998.\n';
const TAMPERED = 'Stored in the cache, not computed by this run.';
const onlyDpa = (severity: string) => ({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'dpa-1998' ? severity : 'off'])) });

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'noticelint-cache-'));
  writeFileSync(join(dir, 'noticelint.config.json'), JSON.stringify(onlyDpa('error')));
  writeFileSync(join(dir, 'oakfield.md'), OLD_LAW);
  return dir;
}

function lint(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, 'oakfield.md', '--cache', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout) as FileResult[];
  return { code: run.status, messages: result.messages.map((m) => m.message) };
}

/** Rewrites every stored message, so a reused entry is recognisable in the output. */
function tamper(cacheFile: string): void {
  const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { result: FileResult }> };
  for (const entry of Object.values(cache.entries)) for (const m of entry.result.messages) m.message = TAMPERED;
  writeFileSync(cacheFile, JSON.stringify(cache));
}

const DATE = ['--date', '2026-11-24'];

describe.skipIf(!existsSync(CLI))('noticelint --cache', () => {
  it('reuses an entry while nothing changes, and re-lints when the content changes', () => {
    const dir = workspace();
    const cacheFile = join(dir, '.noticelintcache');
    const first = lint(dir, ...DATE);
    expect(first.code).toBe(1);
    expect(first.messages[0]).toMatch(/1998/);
    expect(existsSync(cacheFile)).toBe(true);
    tamper(cacheFile);
    expect(lint(dir, ...DATE).messages).toEqual([TAMPERED]);

    writeFileSync(join(dir, 'oakfield.md'), OLD_LAW + '\nReviewed in November 2026.\n');
    expect(lint(dir, ...DATE).messages[0]).toMatch(/1998/);
  });

  it('is invalidated by a lower --max-file-size', () => {
    const dir = workspace();
    lint(dir, ...DATE);
    tamper(join(dir, '.noticelintcache'));
    const tooLarge = lint(dir, ...DATE, '--max-file-size', '20');
    expect(tooLarge.code).toBe(2);
    expect(tooLarge.messages).toHaveLength(1);
    expect(tooLarge.messages[0]).not.toBe(TAMPERED);
  });

  it('is invalidated by a config change, a --rule change and a different --date', () => {
    const dir = workspace();
    const cacheFile = join(dir, '.noticelintcache');
    lint(dir, ...DATE);

    tamper(cacheFile);
    writeFileSync(join(dir, 'noticelint.config.json'), JSON.stringify(onlyDpa('warning')));
    const reconfigured = lint(dir, ...DATE);
    expect(reconfigured).toEqual({ code: 0, messages: [expect.stringMatching(/1998/)] });

    tamper(cacheFile);
    expect(lint(dir, ...DATE, '--rule', 'dpa-1998:error').messages[0]).toMatch(/1998/);

    tamper(cacheFile);
    expect(lint(dir, '--date', '2026-11-25').messages[0]).toMatch(/1998/);
    // …and the entry now stored is for the new date: the same run again reuses it.
    tamper(cacheFile);
    expect(lint(dir, '--date', '2026-11-25').messages).toEqual([TAMPERED]);
  });

  it('keeps its data where --cache-location says, and shrugs off a corrupt cache file', () => {
    const dir = workspace();
    const elsewhere = join(dir, 'lint-cache.json');
    lint(dir, ...DATE, '--cache-location', 'lint-cache.json');
    expect(existsSync(elsewhere)).toBe(true);
    expect(existsSync(join(dir, '.noticelintcache'))).toBe(false);

    writeFileSync(elsewhere, '{"format": "noticelint-cache-1", "entries": ');
    const recovered = lint(dir, ...DATE, '--cache-location', 'lint-cache.json');
    expect(recovered.code).toBe(1);
    expect(recovered.messages[0]).toMatch(/1998/);
    expect(JSON.parse(readFileSync(elsewhere, 'utf8'))).toMatchObject({ format: 'noticelint-cache-1' });
  });

  it('creates the folder --cache-location names', () => {
    const dir = workspace();
    expect(lint(dir, ...DATE, '--cache-location', '.cache/noticelint/results.json').code).toBe(1);
    expect(existsSync(join(dir, '.cache/noticelint/results.json'))).toBe(true);
  });
});

describe('cacheKey', () => {
  const parts = { content: Buffer.from(OLD_LAW), config: { rules: { 'dpa-1998': 'error' } }, version: '0.1.0', date: '2026-11-24' };
  it('changes with each part it covers', () => {
    const base = cacheKey(parts);
    expect(cacheKey({ ...parts })).toBe(base);
    expect(cacheKey({ ...parts, content: Buffer.from(OLD_LAW + ' ') })).not.toBe(base);
    expect(cacheKey({ ...parts, config: { rules: { 'dpa-1998': 'warning' } } })).not.toBe(base);
    expect(cacheKey({ ...parts, version: '0.1.1' })).not.toBe(base);
    expect(cacheKey({ ...parts, date: '2026-11-25' })).not.toBe(base);
  });
});

// The shipped launcher (src/cli/launcher.ts): the compile cache it keeps beside the bundle
// for short runs changes nothing a run prints, a cache that does not fit is replaced, not
// trusted, and a batch runs the split build with the same results.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from './helpers/cli.js';

const NOTICE = '# Privacy notice for Hollybrook Primary School\n\nWe process data under the Data Protection Act 1998.\n';

/** A private copy of the built bundle, so this test's cache files are its own. */
function bundleCopy(): { cli: string; cacheDir: string; notice: string } {
  const dir = mkdtempSync(join(tmpdir(), 'noticelint-launcher-'));
  cpSync(dirname(CLI), join(dir, 'bundle'), { recursive: true, filter: (path) => !path.includes('compile-cache') });
  writeFileSync(join(dir, 'notice.md'), NOTICE);
  return { cli: join(dir, 'bundle', basename(CLI)), cacheDir: join(dir, 'bundle', 'compile-cache'), notice: join(dir, 'notice.md') };
}

function lint(cli: string, notice: string) {
  const result = spawnSync(process.execPath, [cli, 'lint', notice, '--format', 'json', '--date', '2026-11-24'], { cwd: dirname(notice), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cacheFiles = (cacheDir: string): string[] => (existsSync(cacheDir) ? readdirSync(cacheDir) : []);

describe.skipIf(!existsSync(CLI))('the launcher\'s compile cache', () => {
  it('is saved after the first run, one file for the command, and then used as it is', () => {
    const { cli, cacheDir, notice } = bundleCopy();
    const first = lint(cli, notice);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('dpa-1998');
    const files = cacheFiles(cacheDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^lint-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.bin$/);
    const saved = readFileSync(join(cacheDir, files[0]));

    const second = lint(cli, notice);
    expect(second).toEqual(first);
    // Accepted, so not written again.
    expect(readFileSync(join(cacheDir, files[0])).equals(saved)).toBe(true);
  });

  it('replaces a cache V8 rejects, and the run prints the same', () => {
    const { cli, cacheDir, notice } = bundleCopy();
    const clean = lint(cli, notice);
    expect(clean.code).toBe(1);
    expect(clean.stdout).toContain('dpa-1998');
    const [file] = cacheFiles(cacheDir);
    const garbage = Buffer.from('not a V8 code cache '.repeat(50));
    writeFileSync(join(cacheDir, file), garbage);

    expect(lint(cli, notice)).toEqual(clean);
    const replaced = readFileSync(join(cacheDir, file));
    expect(replaced.equals(garbage)).toBe(false);
    expect(replaced.length).toBeGreaterThan(10_000);
    expect(cacheFiles(cacheDir)).toEqual([file]);
  });

  it('starts a batch (a folder) from the split build, which saves no cache, and lints the same way', () => {
    const { cli, cacheDir, notice } = bundleCopy();
    const dir = dirname(notice);
    for (const name of ['second.md', 'third.md']) writeFileSync(join(dir, name), NOTICE);
    const batch = spawnSync(process.execPath, [cli, 'lint', '.', '--format', 'json', '--date', '2026-11-24'], { cwd: dir, encoding: 'utf8' });
    expect(batch.status).toBe(1);
    expect(cacheFiles(cacheDir)).toEqual([]);

    const single = lint(cli, notice);
    expect(cacheFiles(cacheDir)).toHaveLength(1);
    const results = JSON.parse(batch.stdout) as { filePath: string }[];
    expect(results).toHaveLength(3);
    expect(results.find((r) => r.filePath === 'notice.md')).toEqual((JSON.parse(single.stdout) as unknown[])[0]);
  });
});

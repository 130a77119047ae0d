// The worker pool (built dist, since worker threads run compiled JS): results and callbacks
// in input order, the same results whatever the number of threads, and fatal files isolated.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintFileResult, LintOptions } from '../src/lint/index.js';

const POOL = resolve('dist/src/pool/index.js');

interface PoolModule {
  lintMany(files: readonly string[], options: LintOptions, jobs: number, onResult?: (result: LintFileResult, index: number) => void): Promise<LintFileResult[]>;
  defaultJobs(): number;
  threadCount(fileCount: number, jobs: number): number;
}

describe.skipIf(!existsSync(POOL))('lintMany on the worker pool', { timeout: 180_000 }, () => {
  let pool: PoolModule;
  const files: string[] = [];
  let options: LintOptions;

  beforeAll(async () => {
    pool = (await import(pathToFileURL(POOL).href)) as PoolModule;
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-pool-'));
    options = { date: '2026-11-24', cwd: dir };
    for (let i = 0; i < 60; i++) {
      // Notices of very different sizes, so threads finish out of order.
      const body = i % 7 === 0 ? 'Oakfield Primary School keeps pupil records.\n\n'.repeat(400) : 'Riverside Academy Trust keeps pupil records.\n';
      const file = join(dir, `notice-${i}.${i % 2 ? 'md' : 'txt'}`);
      writeFileSync(file, `# Privacy notice ${i}\n\n${body}`);
      files.push(file);
    }
    files.splice(10, 0, join(dir, 'missing.md')); // does not exist: one fatal result, the rest go on
  });

  it('returns results in input order and calls onResult in input order', async () => {
    const seen: number[] = [];
    const results = await pool.lintMany(files, options, 2, (result, index) => {
      expect(result.filePath).toBe(files[index]);
      seen.push(index);
    });
    expect(results.map((r) => r.filePath)).toEqual(files);
    expect(seen).toEqual(files.map((_, i) => i));
  });

  it('isolates an unreadable file as one fatal result', async () => {
    const results = await pool.lintMany(files, options, 2);
    expect(results.filter((r) => r.fatal).map((r) => r.filePath)).toEqual([files[10]]);
    expect(results[10]).toMatchObject({ fatal: true, score: null, messages: [{ ruleId: null, fatal: true, severity: 'error' }] });
  });

  it('gives the same results on one thread and on several', async () => {
    const [single, parallel] = [await pool.lintMany(files, options, 1), await pool.lintMany(files, options, 3)];
    expect(parallel).toEqual(single);
  });

  it('handles an empty list and more threads than files', async () => {
    expect(await pool.lintMany([], options, 4)).toEqual([]);
    const [one] = await pool.lintMany([files[0]], options, 8);
    expect(one.filePath).toBe(files[0]);
  });

  it('starts threads only when there are enough files to share (the tests above use several)', () => {
    expect(pool.threadCount(files.length, 2)).toBe(2);
    expect(pool.threadCount(files.length, 3)).toBe(3);
    expect(pool.threadCount(10, 4)).toBe(1);
    expect(pool.threadCount(0, 4)).toBe(1);
    expect(pool.threadCount(5000, 4)).toBe(4);
  });

  it('defaults to every available core', () => {
    expect(pool.defaultJobs()).toBe(availableParallelism());
  });
});

// Bad input through the real CLI: every broken file in one run gets exactly one fatal
// message saying what is wrong, the good file in the same run is still linted, the run
// exits 2, and nothing prints a stack trace. Needs `npm run build` (uses dist/).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../src/types.js';
import { CLI as cli } from './helpers/cli.js';

const formats = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));

/** Small limit so the zip bomb (2 MB inflated) and the oversized file stay small: cap 5 × 100 kB. */
const MAX_FILE_SIZE = '100000';

const expected: Record<string, RegExp> = {
  'bad/empty.txt': /empty/i,
  'bad/binary.md': /binary/i,
  'bad/notice.rtf': /unsupported file type.*\.docx .*\.pdf/,
  'bad/truncated.docx': /^This \.docx is corrupt or truncated/,
  'bad/truncated.pdf': /^This PDF is corrupt or truncated/,
  'bad/password.pdf': /^This PDF is password-protected; save an unprotected copy/,
  'bad/image-only.pdf': /^This PDF has no text layer .*OCR/,
  'bad/zip-bomb.docx': /^This \.docx expands to more than 0\.5 MB when unpacked/,
};

describe('bad input in one run', () => {
  let run: { status: number | null; stderr: string; results: FileResult[] };
  let oversized: string;

  beforeAll(() => {
    oversized = join(mkdtempSync(join(tmpdir(), 'noticelint-bad-')), 'huge.txt');
    writeFileSync(oversized, 'Oakfield Primary School keeps pupil records safe.\n'.repeat(3000));
    const args = [cli, 'lint', ...Object.keys(expected), 'notice.md', oversized, '--format', 'json', '--date', '2026-11-24', '--max-file-size', MAX_FILE_SIZE];
    const child = spawnSync(process.execPath, args, { cwd: formats, encoding: 'utf8', timeout: 120_000 });
    run = { status: child.status, stderr: child.stderr, results: JSON.parse(child.stdout) as FileResult[] };
  });

  const resultFor = (path: string): FileResult => {
    const found = run.results.find((r) => r.filePath === path);
    if (!found) throw new Error(`no result for ${path} in ${run.results.map((r) => r.filePath).join(', ')}`);
    return found;
  };

  it.each(Object.entries(expected))('%s → one fatal message with the right wording', (path, wording) => {
    const result = resultFor(path);
    expect(result.fatal).toBe(true);
    expect(result.score).toBeNull();
    expect(result.sections).toEqual([]);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 'error', line: 1, column: 1 });
    expect(result.messages[0].message).toMatch(wording);
    expect(result.messages[0].message).not.toContain('\n');
  });

  it('reports a file over --max-file-size without reading it', () => {
    const result = resultFor(oversized);
    expect(result.fatal).toBe(true);
    expect(result.messages[0].message).toMatch(/over the .* limit/);
  });

  it('still lints the good notice in the same run', () => {
    const result = resultFor('notice.md');
    expect(result.fatal).toBe(false);
    expect(result.sections.length).toBeGreaterThan(5);
  });

  it('exits 2 with no stack trace', () => {
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toMatch(/Error:/);
  });
});

// --fix: non-overlapping fixes, atomic writes, and files written back exactly as stored.
import iconv from 'iconv-lite';
import { mkdtempSync, readdirSync, readFileSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, writeAtomically } from '../src/lint/fix.js';
import { lintFile, type LintOptions } from '../src/lint/index.js';
import type { LintMessage } from '../src/types.js';

const withFix = (start: number, end: number, text: string): LintMessage => ({ ruleId: 'r', severity: 'error', message: 'm', line: 1, column: 1, fix: { range: [start, end], text } });

describe('applyFixes', () => {
  it('applies fixes in position order whatever order they came in', () => {
    const { output, fixed } = applyFixes('one two three', [withFix(8, 13, '3'), withFix(0, 3, '1')]);
    expect(output).toBe('1 two 3');
    expect(fixed).toHaveLength(2);
  });

  it('skips a fix that overlaps an earlier one', () => {
    const { output, fixed } = applyFixes('abcdef', [withFix(0, 3, 'X'), withFix(2, 4, 'Y'), withFix(4, 6, 'Z')]);
    expect(output).toBe('XdZ');
    expect(fixed.map((m) => m.fix?.text)).toEqual(['X', 'Z']);
  });

  it('leaves the text alone without fixes', () => {
    expect(applyFixes('abc', [{ ...withFix(0, 1, ''), fix: undefined }])).toEqual({ output: 'abc', fixed: [] });
  });
});

describe('writeAtomically', () => {
  it('replaces the file, keeps its mode and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-fix-'));
    const file = join(dir, 'notice.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    await writeAtomically(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['notice.md']);
  });
});

describe('lintFile with fixes (dpa-1998)', () => {
  const options = (fix: Partial<LintOptions>): LintOptions => ({ date: '2026-11-24', cwd: '/', noConfig: true, ...fix });
  const before = '# Privacy notice\r\n\r\nOakfield Primary School – “pupil data” is held in accordance with the Data Protection Act 1998.\r\n';
  const after = before.replace('Data Protection Act 1998', 'UK GDPR and the Data Protection Act 2018');

  function fileWith(bytes: Buffer, ext = 'txt'): string {
    const file = join(mkdtempSync(join(tmpdir(), 'noticelint-fix-')), `notice.${ext}`);
    writeFileSync(file, bytes);
    return file;
  }

  it('writes a Windows-1252 CRLF file back byte-for-byte except the fix', async () => {
    const file = fileWith(iconv.encode(before, 'windows-1252'));
    const result = await lintFile(file, options({ fix: true }));
    expect(result.output).toBe(after);
    expect(readFileSync(file).equals(iconv.encode(after, 'windows-1252'))).toBe(true);
    expect(result.messages.some((m) => m.ruleId === 'dpa-1998')).toBe(false);
  });

  it('keeps a UTF-8 byte order mark', async () => {
    const file = fileWith(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(before)]), 'md');
    await lintFile(file, options({ fix: true }));
    expect(readFileSync(file).equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(after)]))).toBe(true);
  });

  it('returns the output without writing on a dry run', async () => {
    const bytes = Buffer.from(before);
    const file = fileWith(bytes);
    const result = await lintFile(file, options({ fixDryRun: true }));
    expect(result.output).toBe(after);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('offers no fix for an Act whose year is in bold, which would leave the markers unbalanced', async () => {
    const file = fileWith(Buffer.from('# Privacy notice\n\nWe hold pupil data in accordance with the Data Protection Act **1998**.\n'), 'md');
    const result = await lintFile(file, options({ fixDryRun: true }));
    const cited = result.messages.filter((m) => m.ruleId === 'dpa-1998');
    expect(cited).toHaveLength(1);
    expect(cited[0].fix ?? cited[0].suggestions).toBeUndefined();
  });

  it('leaves a file untouched when nothing is fixed', async () => {
    const file = fileWith(Buffer.from('# Privacy notice\n\nRiverside Academy Trust follows the UK GDPR.\n'));
    const mtime = statSync(file).mtimeMs;
    const result = await lintFile(file, options({ fix: true }));
    expect(result.output).toBeUndefined();
    expect(statSync(file).mtimeMs).toBe(mtime);
  });
});

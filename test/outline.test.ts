import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SectionSummary } from '../src/types.js';
import { CLI as cli } from './helpers/cli.js';

const root = new URL('..', import.meta.url).pathname;
const fixture = (path: string) => join(root, 'fixtures', path);

function outline(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [cli, 'outline', ...args], { cwd: root, encoding: 'utf8', input });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('noticelint outline', () => {
  it('prints an indented tree with topic, confidence, line range and any non-school owner', () => {
    const { code, stdout, stderr } = outline([fixture('sections/owners.txt')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(/^1 {2}Privacy notice for parents +intro +0\.90 {2}lines 1-3$/);
    expect(lines[2]).toMatch(/^ {2}1\.2 {2}How Government uses your data +npd +0\.90 {2}lines 9-11 {2}owner: dfe$/);
    expect(lines[6]).toMatch(/^ {4}1\.5\.1 {2}How the council uses your information +appendix +0\.80 {2}lines 23-25 {2}owner: third-party$/);
  });

  it('prints the sections array as JSON', () => {
    const { code, stdout } = outline(['--format', 'json', fixture('sections/definition.txt')]);
    expect(code).toBe(0);
    const sections = JSON.parse(stdout) as SectionSummary[];
    expect(sections.map((s) => [s.id, s.parentId, s.heading, s.level, s.topic, s.owner, s.line, s.endLine])).toEqual([
      ['1', null, 'Privacy notice for pupils', 1, 'intro', 'school', 1, 3],
      ['1.1', '1', 'What is personal data?', 2, 'categories', 'definition', 5, 7],
      ['1.2', '1', 'The information we collect about pupils', 2, 'categories', 'school', 9, 11],
    ]);
  });

  it('reads standard input when given - and --stdin-filename', () => {
    const text = readFileSync(fixture('sections/no-blank-lines.txt'), 'utf8');
    const { code, stdout } = outline(['-', '--stdin-filename', 'notice.txt', '--format', 'json'], text);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as SectionSummary[]).map((s) => s.heading)).toEqual(['Privacy Notice', 'Who We Are', 'What We Collect', 'How Long We Keep It', 'Your Rights']);
  });

  describe('bad input: one line on stderr, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-outline-'));
    const cases: [string, string, string | Uint8Array | null, RegExp][] = [
      ['an empty file', 'empty.txt', '', /is empty/],
      ['a binary file', 'photo.txt', new Uint8Array([0xff, 0xd8, 0x00, 0x00, 0x10]), /binary/],
      ['a missing file', 'missing.md', null, /does not exist/],
      ['an unknown extension', 'notice.odt', 'text', /unsupported file type/],
    ];
    for (const [what, name, content, message] of cases) {
      it(what, () => {
        const path = join(dir, name);
        if (content !== null) writeFileSync(path, content);
        const { code, stdout, stderr } = outline([path]);
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toMatch(message);
        expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      });
    }

    it('standard input without --stdin-filename', () => {
      const { code, stderr } = outline(['-'], 'Privacy notice\n');
      expect(code).toBe(2);
      expect(stderr).toMatch(/--stdin-filename/);
    });
  });
});

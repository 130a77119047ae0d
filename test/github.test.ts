// --format github: annotations within GitHub's per-type cap, the rest listed, and the whole
// report appended to the job summary file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithub, formatGithubSummary } from '../src/report/github.js';
import { rules } from '../rules/index.js';
import type { FileResult, LintMessage, Severity } from '../src/types.js';
import { CLI } from './helpers/cli.js';

const cwd = '/srv/site';
const context = { cwd, color: false };

function message(severity: Severity, line: number, text = `Finding on line ${line}.`): LintMessage {
  return { ruleId: 'retention', messageId: 'missing', severity, message: text, line, column: 1, endLine: line, endColumn: 5 };
}

function result(name: string, messages: LintMessage[]): FileResult {
  const count = (s: Severity): number => messages.filter((m) => m.severity === s).length;
  return { filePath: join(cwd, name), format: 'markdown', score: 50, sections: [], messages, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info'), fatal: false };
}

const range = (n: number, from = 1): number[] => Array.from({ length: n }, (_, i) => from + i);

describe('formatGithub', () => {
  it('annotates at most 10 findings of each type and lists the rest as plain lines', () => {
    const errors = range(12).map((n) => message('error', n));
    const warnings = range(3).map((n) => message('warning', 100 + n));
    const infos = range(11).map((n) => message('info', 200 + n));
    const out = formatGithub([result('a.md', errors.slice(0, 6)), result('b.md', [...errors.slice(6), ...warnings, ...infos])], context, {}).trimEnd().split('\n');
    expect(out.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(out.filter((l) => l.startsWith('::warning '))).toHaveLength(3);
    expect(out.filter((l) => l.startsWith('::notice '))).toHaveLength(10);
    const rest = out.slice(out.findIndex((l) => l.startsWith('noticelint: 3 more findings')) + 1);
    expect(rest).toEqual(['b.md:11:1: error: Finding on line 11. (retention)', 'b.md:12:1: error: Finding on line 12. (retention)', 'b.md:211:1: info: Finding on line 211. (retention)']);
  });

  it('escapes colons and commas in properties, and % CR LF in the message', () => {
    const [line] = formatGithub([result('term: 2026, spring.md', [message('warning', 2, 'Two lines\r\nand 5% off')])], context, {}).split('\n');
    expect(line).toBe('::warning file=term%3A 2026%2C spring.md,line=2,col=1,endLine=2,endColumn=5,title=retention::Two lines%0D%0Aand 5%25 off');
  });

  it('appends a Markdown summary of every finding to $GITHUB_STEP_SUMMARY, keeping what was there', () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'noticelint-gh-')), 'summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const many = range(15).map((n) => message('error', n, n === 15 ? 'Mentions <b>x</b> | y' : `Finding on line ${n}.`));
    formatGithub([result('a.md', many), result('clean.md', [])], context, { GITHUB_STEP_SUMMARY: summary });
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('# Earlier step\n## noticelint\n')).toBe(true);
    expect(written).toContain('2 notices checked: 15 errors, 0 warnings, 0 info.');
    expect(written.match(/^\| \d+:1 \| error \| `retention` \|/gm)).toHaveLength(15);
    expect(written).toContain('| 15:1 | error | `retention` | Mentions &lt;b&gt;x&lt;/b&gt; \\| y |');
    expect(written).not.toContain('clean.md');
  });

  it('writes no summary when the variable is not set', () => {
    expect(formatGithubSummary([result('a.md', [message('info', 1)])], context)).toContain('### a.md (score 50)');
    expect(formatGithub([result('a.md', [])], context, {})).toBe('');
  });
});


describe.skipIf(!existsSync(CLI))('noticelint --format github (built CLI)', () => {
  it('annotates a real finding and fills the job summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-gh-cli-'));
    writeFileSync(join(dir, 'noticelint.config.json'), JSON.stringify({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'dpa-1998' ? 'error' : 'off'])) }));
    writeFileSync(join(dir, 'oakfield.md'), '# Privacy notice\n\nOakfield Primary School follows the Data Protection Act 1998.\n');
    const summary = join(dir, 'summary.md');
    const run = spawnSync(process.execPath, [CLI, 'oakfield.md', '--format', 'github', '--date', '2026-11-24'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_STEP_SUMMARY: summary } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=oakfield\.md,line=3,col=\d+,endLine=3,endColumn=\d+,title=dpa-1998::.*1998/m);
    expect(readFileSync(summary, 'utf8')).toMatch(/\| 3:\d+ \| error \| `dpa-1998` \| .*1998/);
  });
});

// `noticelint audit` end to end through the built CLI: the batch survives corrupt notices,
// the report folder is swapped in atomically, and a user's folder is never replaced.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from './helpers/cli.js';


function audit(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, 'audit', ...args, '--date', '2026-11-24', '--no-progress'], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'noticelint-audit-'));
}

function notice(school: string, extra = ''): string {
  return `# How ${school} uses pupil information\n\n${school} is the data controller for the information in this notice.\n\n`
    + `## Contact\n\nWrite to the school office at office@example.com or call 01632 960123.\n${extra}`;
}

/** Rows of an RFC 4180 file whose cells hold no commas, quotes or newlines. */
function csvRows(csv: string): string[][] {
  return csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(','));
}

describe.skipIf(!existsSync(CLI))('noticelint audit', () => {
  it('reports 297 scored and 3 unreadable notices out of 300, with 300 CSV rows', () => {
    const dir = workspace();
    const notices = join(dir, 'notices');
    mkdirSync(notices);
    for (let i = 0; i < 297; i++) {
      const school = `School Number ${i} Primary`;
      writeFileSync(join(notices, `notice-${String(i).padStart(3, '0')}.${i % 2 ? 'md' : 'txt'}`), notice(school, i % 3 ? '\n## Complaints\n\nSpeak to the head teacher first.\n' : ''));
    }
    writeFileSync(join(notices, 'broken.docx'), Buffer.from('this is not a zip archive at all'));
    writeFileSync(join(notices, 'broken.pdf'), Buffer.from('%PDF-1.7\n%garbage with no objects and no xref\n'));
    writeFileSync(join(notices, 'binary.md'), Buffer.from([0x50, 0x4b, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x00]));

    const { code, stdout, stderr } = audit(dir, 'notices', '--out', 'report', '--jobs', '2');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(code).toBe(0);
    expect(stdout).toContain('Audited 300 notices: 297 scored, 3 unreadable');

    const [header, ...rows] = csvRows(readFileSync(join(dir, 'report/summary.csv'), 'utf8'));
    expect(header.slice(0, 4)).toEqual(['file', 'school', 'status', 'score']);
    expect(rows).toHaveLength(300);
    const unreadable = rows.filter((row) => row[2] === 'unreadable').map((row) => row[0]).sort();
    expect(unreadable).toEqual(['notices/binary.md', 'notices/broken.docx', 'notices/broken.pdf']);
    expect(rows.filter((row) => row[2] === 'scored').every((row) => /^\d+$/.test(row[3]))).toBe(true);

    const findings = JSON.parse(readFileSync(join(dir, 'report/findings.json'), 'utf8')) as { filePath: string; fatal: boolean; messages: { fatal?: boolean; message: string }[] }[];
    expect(findings).toHaveLength(300);
    const fatal = findings.filter((f) => f.fatal);
    expect(fatal).toHaveLength(3);
    for (const result of fatal) expect(result.messages[0]).toMatchObject({ fatal: true, message: expect.stringMatching(/\S/) });

    const html = readFileSync(join(dir, 'report/report.html'), 'utf8');
    expect(html.match(/<tr data-status="unreadable">/g)).toHaveLength(3);
  }, 300_000); // 300 notices on a shared CI machine

  it('refuses a non-empty folder that is not a noticelint report, and leaves it alone', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'oakfield.md'), notice('Oakfield Primary School'));
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'minutes.txt'), 'Governors meeting minutes');
    const { code, stderr } = audit(dir, 'oakfield.md', '--out', 'mine');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('not a noticelint report');
    expect(readdirSync(join(dir, 'mine'))).toEqual(['minutes.txt']);
  });

  it('refuses an --out that is a file', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'oakfield.md'), notice('Oakfield Primary School'));
    writeFileSync(join(dir, 'report'), 'a file, not a folder');
    const { code, stderr } = audit(dir, 'oakfield.md', '--out', 'report');
    expect(code).toBe(2);
    expect(stderr).toContain('is not a folder');
    expect(readFileSync(join(dir, 'report'), 'utf8')).toBe('a file, not a folder');
  });

  it('replaces its own previous report cleanly, leaving no temporary folders', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'oakfield.md'), notice('Oakfield Primary School'));
    expect(audit(dir, '.', '--out', 'out').code).toBe(0);
    writeFileSync(join(dir, 'out', 'stale.txt'), 'left from an older version');
    writeFileSync(join(dir, 'riverside.md'), notice('Riverside Academy Trust'));
    // Auditing "." must not read the previous report.html as a notice.
    const { code, stdout } = audit(dir, '.', '--out', 'out');
    expect(code).toBe(0);
    expect(stdout).toContain('Audited 2 notices');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.noticelint-report', 'findings.json', 'report.html', 'summary.csv']);
    expect(readdirSync(dir).sort()).toEqual(['oakfield.md', 'out', 'riverside.md']);
  });

  it('writes into an existing empty folder', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'oakfield.md'), notice('Oakfield Primary School'));
    mkdirSync(join(dir, 'empty'));
    expect(audit(dir, 'oakfield.md', '--out', 'empty').code).toBe(0);
    expect(existsSync(join(dir, 'empty', 'report.html'))).toBe(true);
  });

  it('neutralises spreadsheet formulas in CSV cells and starts with a BOM', () => {
    const dir = workspace();
    writeFileSync(join(dir, '=SUM(A1).md'), notice('Oakfield Primary School'));
    writeFileSync(join(dir, '@riverside.md'), notice('Riverside Academy Trust'));
    expect(audit(dir, '.', '--out', 'out').code).toBe(0);
    const csv = readFileSync(join(dir, 'out/summary.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const files = csvRows(csv).slice(1).map((row) => row[0]).sort();
    expect(files).toEqual(["'=SUM(A1).md", "'@riverside.md"]);
  });

  it('exits 1 with --fail-on error when a notice has errors, 0 without it', () => {
    const dir = workspace();
    // One line naming nobody: no controller, no contact, no rights — error findings.
    writeFileSync(join(dir, 'bare.md'), 'We use your information.\n');
    const lenient = audit(dir, 'bare.md', '--out', 'a');
    expect({ code: lenient.code, stderr: lenient.stderr }).toEqual({ code: 0, stderr: '' });
    const strict = audit(dir, 'bare.md', '--out', 'b', '--fail-on', 'error');
    expect(strict.stdout).toContain('Audited 1 notice:'); // a finished audit, not a crash (also exit 1)
    expect(strict.code).toBe(1);
    expect(existsSync(join(dir, 'b', 'report.html'))).toBe(true);
  });

  it('lists a path that names nothing as unreadable, and refuses an audit that finds no notice', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'oakfield.md'), notice('Oakfield Primary School'));
    mkdirSync(join(dir, 'empty'));
    const mixed = audit(dir, 'oakfield.md', 'gone.md', '--out', 'out');
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toContain('Audited 2 notices: 1 scored, 1 unreadable');
    const nothing = audit(dir, 'empty', '--out', 'out2');
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('No notice files');
    expect(existsSync(join(dir, 'out2'))).toBe(false);
  });

  it('applies --rule overrides and rejects an unknown rule id with exit 2', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'bare.md'), 'We use your information.\n');
    const column = (out: string): string => {
      const [header, row] = csvRows(readFileSync(join(dir, out, 'summary.csv'), 'utf8'));
      return row[header.indexOf('controller-contact')];
    };
    expect(audit(dir, 'bare.md', '--out', 'default').code).toBe(0);
    expect(column('default')).toBe('fail');
    expect(audit(dir, 'bare.md', '--out', 'off', '--rule', 'controller-contact:off').code).toBe(0);
    expect(column('off')).toBe('pass');
    const bad = audit(dir, 'bare.md', '--out', 'bad', '--rule', 'no-such-rule:off');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no-such-rule');
  });

  it('needs --out, and says so in one line with exit 2', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'oakfield.md'), notice('Oakfield Primary School'));
    const { code, stderr } = audit(dir, 'oakfield.md');
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('noticelint: audit needs --out <folder> for the report');
  });

  it('rejects a bad --jobs value with exit 2', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'oakfield.md'), notice('Oakfield Primary School'));
    const { code, stderr } = audit(dir, 'oakfield.md', '--out', 'out', '--jobs', 'many');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--jobs.*whole number/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

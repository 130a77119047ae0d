// The audit's pure parts: CSV cell neutralising, HTML escaping, the summary figures, the
// context line, and the report-folder swap (never half-written, never a user's folder).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neutralizeCell, renderCsv } from '../src/audit/csv.js';
import { escapeHtml } from '../src/audit/html.js';
import { jsonChunks } from '../src/audit/json.js';
import { formatJson } from '../src/report/json.js';
import { contextOf, type AuditEntry } from '../src/audit/inspect.js';
import { checkOutDir, REPORT_MARKER, writeReportFolder } from '../src/audit/output.js';
import { median, summarize } from '../src/audit/summary.js';
import type { FileResult, LintMessage } from '../src/types.js';

function message(ruleId: string, severity: LintMessage['severity']): LintMessage {
  return { ruleId, severity, message: `${ruleId} finding`, line: 1, column: 1 };
}

function entry(filePath: string, score: number | null, messages: LintMessage[]): AuditEntry {
  const result: FileResult = {
    filePath, format: score === null ? null : 'markdown', score, sections: [], messages, fatal: score === null,
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warning').length,
    infoCount: messages.filter((m) => m.severity === 'info').length,
    schoolName: score === null ? null : `${filePath} school`,
  };
  return { result, lineage: null, contexts: messages.map(() => '') };
}

const registry = [
  { id: 'dpo-contact', category: 'completeness' as const, description: '' },
  { id: 'dpa-1998', category: 'currency' as const, description: '' },
  { id: 'readability', category: 'hygiene' as const, description: '' },
];

describe('CSV cells', () => {
  it('prefixes cells a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+2', '+44 1632', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeCell(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary text alone', () => {
    for (const cell of ['Oakfield Primary School', 'a=b', '2026-11-24', '']) expect(neutralizeCell(cell)).toBe(cell);
  });

  it('writes pass/fail per rule, blank for unreadable notices, info notes not failing', () => {
    const entries = [
      entry('a.md', 50, [message('dpo-contact', 'error'), message('readability', 'info')]),
      entry('b.docx', null, [{ ruleId: null, fatal: true, severity: 'error', message: 'damaged', line: 1, column: 1 }]),
    ];
    const lines = renderCsv(entries, summarize(entries, registry)).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0].split(',').slice(-3)).toEqual(['dpo-contact', 'dpa-1998', 'readability']);
    expect(lines[1].split(',').slice(-3)).toEqual(['fail', 'pass', 'pass']);
    expect(lines[2].split(',').slice(2, 4)).toEqual(['unreadable', '']);
    expect(lines[2].split(',').slice(-3)).toEqual(['', '', '']);
  });
});

describe('findings.json', () => {
  it('is exactly what lint --format json prints, written notice by notice', () => {
    const entries = [
      entry('a.md', 50, [message('dpo-contact', 'error'), { ...message('dpa-1998', 'warning'), fix: { range: [3, 9], text: 'UK GDPR\n"2018"' } }]),
      entry('b.docx', null, [{ ruleId: null, fatal: true, severity: 'error', message: 'damaged — “quoted”', line: 1, column: 1 }]),
    ];
    const results = entries.map((e) => e.result);
    expect([...jsonChunks(results)].join('')).toBe(formatJson(results));
    expect([...jsonChunks([])].join('')).toBe(formatJson([]));
  });
});

describe('HTML escaping', () => {
  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('summary', () => {
  it('takes the median of the scored notices only', () => {
    expect(median([])).toBeNull();
    expect(median([80, 20, 50])).toBe(50);
    expect(median([10, 20, 31, 40])).toBe(26); // (20 + 31) ÷ 2, rounded
  });

  it('counts notices failing each rule and with each kind of problem', () => {
    const entries = [
      entry('a.md', 40, [message('dpo-contact', 'error'), message('dpo-contact', 'error'), message('dpa-1998', 'warning')]),
      entry('b.md', 90, [message('dpo-contact', 'warning'), message('readability', 'info')]),
      entry('c.md', 100, []),
      entry('d.pdf', null, [{ ruleId: null, fatal: true, severity: 'error', message: 'damaged', line: 1, column: 1 }]),
    ];
    const summary = summarize(entries, registry);
    expect(summary).toMatchObject({ total: 4, scored: 3, unreadable: 1, medianScore: 90 });
    expect(Object.fromEntries(summary.failing)).toEqual({ 'dpo-contact': 2, 'dpa-1998': 1, readability: 0 });
    expect(Object.fromEntries(summary.byCategory.map((c) => [c.category, c.notices]))).toEqual({ completeness: 2, dfe: 0, currency: 1, hygiene: 0 });
  });

  it('adds a column for a reporting id outside the registry', () => {
    const summary = summarize([entry('a.md', 90, [message('unused-directive', 'warning')])], registry);
    expect(summary.rules.map((r) => r.id)).toEqual(['dpo-contact', 'dpa-1998', 'readability', 'unused-directive']);
  });
});

describe('context line', () => {
  it('gives the whole line when it is short', () => {
    expect(contextOf(['# Notice', 'We keep records.'], 2, 4)).toBe('We keep records.');
  });

  it('cuts a long line around the finding', () => {
    const line = `${'a'.repeat(500)}FOUND${'b'.repeat(500)}`;
    const context = contextOf([line], 1, 501);
    expect(context).toContain('FOUND');
    expect(context.startsWith('…') && context.endsWith('…')).toBe(true);
    expect(context.length).toBeLessThan(260);
  });
});

describe('report folder', () => {
  const marker = '{"tool":"noticelint"}\n';

  it('creates the folder with the marker file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'noticelint-out-')), 'deep', 'report');
    await writeReportFolder(out, { 'report.html': () => ['<p>', 'new</p>'] }, marker);
    expect(readdirSync(out).sort()).toEqual([REPORT_MARKER, 'report.html']);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe('<p>new</p>');
    expect(await checkOutDir(out)).toBe('report');
  });

  it('keeps the previous report whole when writing the new one fails', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'noticelint-out-'));
    const out = join(parent, 'report');
    await writeReportFolder(out, { 'report.html': () => ['old'] }, marker);
    // A name with a folder that does not exist makes the write fail half-way.
    await expect(writeReportFolder(out, { 'report.html': () => ['new'], 'missing/x.csv': () => ['new'] }, marker)).rejects.toThrow(/Could not write the report/);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['report']);
  });

  it('refuses a folder of the user’s and leaves it untouched', async () => {
    const out = mkdtempSync(join(tmpdir(), 'noticelint-out-'));
    mkdirSync(join(out, 'photos'));
    writeFileSync(join(out, 'notes.txt'), 'mine');
    await expect(writeReportFolder(out, { 'report.html': () => ['new'] }, marker)).rejects.toThrow(/not a noticelint report/);
    expect(readdirSync(out).sort()).toEqual(['notes.txt', 'photos']);
    expect(existsSync(join(out, REPORT_MARKER))).toBe(false);
  });
});

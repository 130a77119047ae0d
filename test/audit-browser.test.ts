// report.html in headless Chromium: it loads with no console errors, sorts by score when
// the header is clicked, filters, and shows hostile notice text as text.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/audit/html.js';
import type { AuditEntry } from '../src/audit/inspect.js';
import { summarize } from '../src/audit/summary.js';
import type { FileResult } from '../src/types.js';
import { chromiumPath, launchChromium } from './helpers/browser.js';
import { CLI } from './helpers/cli.js';

const HOSTILE = '<script>window.__injected = true</script>';

function entry(filePath: string, schoolName: string, score: number | null, errors: number, context = ''): AuditEntry {
  const fatal = score === null;
  const result: FileResult = {
    filePath, format: fatal ? null : 'markdown', score, sections: [], fatal, schoolName, reviewDate: fatal ? null : '2025-09-01',
    messages: fatal
      ? [{ ruleId: null, fatal: true, severity: 'error', message: 'The file is not a Word document (it is damaged); save it again from Word.', line: 1, column: 1 }]
      : Array.from({ length: errors }, () => ({ ruleId: 'dpo-contact', messageId: 'missing', severity: 'error' as const, message: 'No contact for the data protection officer; add an email address.', line: 3, column: 1 })),
    errorCount: fatal ? 1 : errors, warningCount: 0, infoCount: 0,
  };
  return { result, lineage: fatal ? null : { model: 'dfe-2018', confidence: 0.8, evidence: ['2018 headings'], changedSince: [] }, contexts: result.messages.map(() => context) };
}

const entries: AuditEntry[] = [
  entry('notices/oakfield.md', 'Oakfield Primary School', 64, 2),
  entry('notices/broken.docx', 'Broken Lane Infants', null, 0),
  entry('notices/riverside.md', 'Riverside Academy Trust', 91, 1),
  entry('notices/hostile.md', `Hilltop ${HOSTILE} School`, 12, 3, `Call us <img src=x onerror="window.__injected=true"> ${HOSTILE}`),
  entry('notices/meadow.md', 'Meadow Lane Primary', 77, 1),
];

const browserAvailable = chromiumPath() !== null;

describe.skipIf(!browserAvailable)('report.html in a browser', () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const scoreColumn = (): Promise<string[]> => page.$$eval('#notices tbody tr', (rows) => rows.map((row) => (row as HTMLTableRowElement).cells[2].textContent ?? ''));

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, [...renderHtml(entries, summarize(entries, [{ id: 'dpo-contact', category: 'completeness', description: 'DPO contact' }]), { date: '2026-11-24', version: '0.0.0-test' })].join(''));
    browser = await launchChromium();
    page = await browser.newPage();
    watch(page, problems);
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Collects console errors, page errors and any request that leaves the file. */
  function watch(target: Page, into: string[]): void {
    target.on('console', (message) => { if (message.type() === 'error') into.push(message.text()); });
    target.on('pageerror', (error) => into.push(error.message));
    target.on('request', (request) => { if (!request.url().startsWith('file:')) into.push(`network request: ${request.url()}`); });
  }

  it('loads with no console errors or network requests', () => {
    expect(problems).toEqual([]);
  });

  it('sorts by score when the Score header is clicked, unreadable notices last', async () => {
    expect(await scoreColumn()).toEqual(['64', 'unreadable', '91', '12', '77']);
    await page.click('#notices th:nth-child(3) button');
    expect(await scoreColumn()).toEqual(['12', '64', '77', '91', 'unreadable']);
    await page.click('#notices th:nth-child(3) button');
    expect(await scoreColumn()).toEqual(['91', '77', '64', '12', 'unreadable']);
    expect(await page.getAttribute('#notices th:nth-child(3)', 'aria-sort')).toBe('descending');
  });

  it('filters rows by name and by status', async () => {
    await page.fill('#filter', 'riverside');
    expect(await page.$$eval('#notices tbody tr:not([hidden])', (rows) => rows.map((r) => r.querySelector('td')?.textContent))).toEqual(['Riverside Academy Trust']);
    await page.fill('#filter', '');
    await page.selectOption('#status', 'unreadable');
    expect(await page.$$eval('#notices tbody tr:not([hidden])', (rows) => rows.map((r) => r.querySelector('td')?.textContent))).toEqual(['Broken Lane Infants']);
    await page.selectOption('#status', '');
  });

  it('shows a notice containing <script> as text and never runs it', async () => {
    const schools = await page.$$eval('#notices tbody td:first-child', (cells) => cells.map((c) => c.textContent));
    expect(schools).toContain(`Hilltop ${HOSTILE} School`);
    await page.click('#notice-3 summary');
    expect(await page.textContent('#notice-3 pre.context')).toContain(HOSTILE);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(await page.$$('#notice-3 img')).toHaveLength(0);
    expect(problems).toEqual([]);
  });


  it.skipIf(!existsSync(CLI))('opens a report written by `noticelint audit` without errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-report-'));
    const hostileName = '<img src=x onerror=window.__injected=1>.md';
    copyFileSync(resolve('fixtures/audit/oakfield-primary.md'), join(dir, 'oakfield.md'));
    copyFileSync(resolve('fixtures/audit/riverside-trust.txt'), join(dir, 'riverside.txt'));
    writeFileSync(join(dir, hostileName), `# Hilltop School privacy notice\n\n${HOSTILE}\n\nWe use the Data Protection Act 1998.\n`);
    writeFileSync(join(dir, 'damaged.docx'), 'not a zip');
    const run = spawnSync(process.execPath, [CLI, 'audit', '.', '--out', 'report', '--date', '2026-11-24', '--no-progress'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(0);

    const realProblems: string[] = [];
    const real = await browser.newPage();
    watch(real, realProblems);
    await real.goto(pathToFileURL(join(dir, 'report', 'report.html')).href);
    const files = await real.$$eval('#notices tbody td:nth-child(2)', (cells) => cells.map((c) => c.textContent));
    expect(files.sort()).toEqual([hostileName, 'damaged.docx', 'oakfield.md', 'riverside.txt'].sort());

    await real.click('#notices th:nth-child(3) button');
    const scores = await real.$$eval('#notices tbody tr', (rows) => rows.map((row) => (row as HTMLTableRowElement).cells[2].textContent ?? ''));
    expect(scores.at(-1)).toBe('unreadable');
    const numbers = scores.slice(0, -1).map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));

    await real.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    expect(await real.evaluate(() => (window as unknown as { __injected?: unknown }).__injected)).toBeUndefined();
    mkdirSync('test-artifacts', { recursive: true });
    await real.screenshot({ path: 'test-artifacts/audit-report.png', fullPage: true });
    expect(realProblems).toEqual([]);
  });
});

// One notice saved in every format noticelint reads (fixtures/formats/, made by
// scripts/make-format-fixtures.mjs) must give the same sections and the same rules firing,
// whatever rules exist. .docx/.pdf conversion runs from dist/: build first.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintFile, type LintFileResult } from '../src/lint/index.js';

const dir = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const variants = ['notice.txt', 'notice-windows-1252.txt', 'notice-utf-16le.txt', 'notice.html', 'notice.docx', 'notice.pdf'];

const linted = new Map<string, Promise<LintFileResult>>();
/** Each file is linted once; several tests look at the result. */
function lint(name: string): Promise<LintFileResult> {
  if (!linted.has(name)) linted.set(name, lintFile(`${dir}${name}`, { date: '2026-11-24', cwd: dir }));
  return linted.get(name)!;
}
const sections = (result: LintFileResult): string[] => result.sections.map((s) => `${s.heading ?? '(preamble)'} → ${s.topic}`);
const ruleIds = (result: LintFileResult): string[] => [...new Set(result.messages.map((m) => m.ruleId))].sort() as string[];

describe('the same notice in every format', () => {
  let markdown: LintFileResult;
  beforeAll(async () => {
    markdown = await lint('notice.md');
  });

  it('is a usable reference: not fatal, sectioned', () => {
    expect(markdown.fatal).toBe(false);
    expect(markdown.sections.map((s) => s.heading)).toContain('Complaints');
  });

  it.each(variants)('%s has the same section headings and topics as the .md', async (name) => {
    const result = await lint(name);
    expect(result.fatal, result.messages[0]?.message).toBe(false);
    expect(sections(result)).toEqual(sections(markdown));
  });

  it.each(variants)('%s fires the same set of rules as the .md', async (name) => {
    expect(ruleIds(await lint(name))).toEqual(ruleIds(markdown));
  });

  it.each(['notice.html', 'notice.docx', 'notice.pdf'])('%s keeps the heading levels of the .md', async (name) => {
    const levels = (result: LintFileResult): string[] => result.sections.map((s) => `${s.level} ${s.heading}`);
    expect(levels(await lint(name))).toEqual(levels(markdown));
  });
});

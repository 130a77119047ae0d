// The engine: positions, templates, applicability, crashes, ordering, pages and directives.
import { describe, expect, it } from 'vitest';
import { lintFile, lintNotice, lintText } from '../src/lint/index.js';
import { fillTemplate, placeMessage, Positioner, runRules, type EnabledRule } from '../src/lint/engine.js';
import { applyDirectives } from '../src/lint/directives.js';
import { rules } from '../rules/index.js';
import { parseNotice } from '../src/load/index.js';
import { sectionNotice } from '../src/sections/index.js';
import type { Rule, RuleContext, RuleMeta, SectionedNotice } from '../src/types.js';

const today = '2026-11-24';
const notice = (text: string, file = 'notice.md'): SectionedNotice => sectionNotice(parseNotice(text, file.endsWith('.txt') ? 'text' : 'markdown', file));

/** A test-only rule reporting every occurrence of a word. */
function wordRule(word: string, extra: Partial<RuleMeta> = {}, id = `find-${word.toLowerCase()}`): Rule {
  return {
    meta: { id, severity: 'warning', category: 'hygiene', source: 'test', description: 'test', rationale: 'test', messages: { found: 'Found "{word}" ({count}).' }, ...extra },
    check(context: RuleContext) {
      for (const m of context.notice.text.matchAll(new RegExp(word, 'g'))) context.report({ messageId: 'found', data: { word: m[0], count: 1 }, start: m.index, end: m.index + m[0].length });
    },
  };
}
const enable = (rule: Rule, options: Record<string, unknown> = {}): EnabledRule => ({ rule, severity: rule.meta.severity, options });

describe('runRules', () => {
  it('gives 1-based UTF-16 columns with an exclusive end, across CRLF lines', () => {
    const [m] = runRules(notice('# Oakfield\r\n\r\nA 😀 Riverside note\r\n'), [enable(wordRule('Riverside'))], { today, setting: 'state-school' });
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([3, 6, 3, 15]);
  });

  it('fills placeholders from report data and keeps unknown ones visible', () => {
    expect(fillTemplate('Found "{word}" in {place}.', { word: 'DPA' })).toBe('Found "DPA" in {place}.');
    const [m] = runRules(notice('Oakfield'), [enable(wordRule('Oakfield'))], { today, setting: 'state-school' });
    expect(m.message).toBe('Found "Oakfield" (1).');
    expect(m.messageId).toBe('found');
  });

  it('skips rules for other settings and rules not yet in force', () => {
    const text = notice('Oakfield');
    const forNurseries = wordRule('Oakfield', { settings: ['early-years'] });
    const later = wordRule('Oakfield', { activeFrom: '2027-01-01' });
    expect(runRules(text, [enable(forNurseries), enable(later)], { today, setting: 'state-school' })).toEqual([]);
    expect(runRules(text, [enable(forNurseries)], { today, setting: 'early-years' })).toHaveLength(1);
    expect(runRules(text, [enable(later)], { today: '2027-01-01', setting: 'state-school' })).toHaveLength(1);
  });

  it('turns a throwing rule into one error message for that rule and keeps running the others', () => {
    const broken: Rule = { meta: { ...wordRule('x').meta, id: 'broken' }, check: () => { throw new Error('boom'); } };
    const messages = runRules(notice('Oakfield'), [enable(broken), enable(wordRule('Oakfield'))], { today, setting: 'state-school' });
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([['broken', 'error'], ['find-oakfield', 'warning']]);
    expect(messages[0].message).toContain('boom');
  });

  it('sorts by position whatever order the rules ran in', () => {
    const messages = runRules(notice('Riverside and Oakfield'), [enable(wordRule('Oakfield')), enable(wordRule('Riverside'))], { today, setting: 'state-school' });
    expect(messages.map((m) => m.column)).toEqual([1, 15]);
  });

  it('orders findings at the same place by rule id, a hyphen before letters', () => {
    const ids = ['find-ab', 'find-a-b', 'find-a'];
    const messages = runRules(notice('Oakfield'), ids.map((id) => enable(wordRule('Oak', {}, id))), { today, setting: 'state-school' });
    expect(messages.map((m) => m.ruleId)).toEqual(['find-a', 'find-a-b', 'find-ab']);
  });

  it('passes declared option defaults, overlaid by configured values', () => {
    const seen: unknown[] = [];
    const rule: Rule = { meta: { ...wordRule('x').meta, options: { floor: { type: 'number', default: 40, description: 'd' }, child: { type: 'boolean', default: false, description: 'd' } } }, check: (c) => void seen.push({ ...c.options }) };
    runRules(notice('x'), [enable(rule, { floor: 60 })], { today, setting: 'state-school' });
    expect(seen).toEqual([{ floor: 60, child: false }]);
  });

  it('adds the page number for PDF text', () => {
    const pdf: SectionedNotice = { ...notice('Page one.\nOakfield on page two.'), format: 'pdf', pageStarts: [0, 10] };
    const [m] = runRules(pdf, [enable(wordRule('Oakfield'))], { today, setting: 'state-school' });
    expect(m.page).toBe(2);
  });
});

describe('disable comments', () => {
  const run = (text: string, rule = wordRule('Oakfield')) => {
    const parsed = notice(text);
    const positioner = new Positioner(parsed);
    const found = runRules(parsed, [enable(rule)], { today, setting: 'state-school' }, positioner);
    const unused = (d: { start: number; end: number }, ruleId: string | null) => placeMessage(positioner, 'unused-directive', 'warning', `unused ${ruleId ?? 'all'}`, d);
    return applyDirectives(parsed, found, positioner, unused).map((m) => `${m.line}:${m.ruleId}`);
  };

  it('silences a rule between disable and enable', () => {
    expect(run('Oakfield\n\n<!-- noticelint-disable find-oakfield -->\n\nOakfield\n\n<!-- noticelint-enable find-oakfield -->\n\nOakfield\n')).toEqual(['1:find-oakfield', '9:find-oakfield']);
  });

  it('silences every rule when no id is given, to the end of the notice', () => {
    expect(run('Oakfield\n\n<!-- noticelint-disable -->\n\nOakfield\n')).toEqual(['1:find-oakfield']);
  });

  it('covers a finding placed at 1:1 when the comment opens the notice', () => {
    const atStart: Rule = { ...wordRule('x'), check: (c) => c.report({ messageId: 'found', start: 0, end: 0 }) };
    expect(run('<!-- noticelint-disable find-x -->\n\nRiverside\n', atStart)).toEqual([]);
  });

  it('silences only the next line with disable-next-line', () => {
    expect(run('<!-- noticelint-disable-next-line find-oakfield -->\nOakfield school\nOakfield again\n')).toEqual(['3:find-oakfield']);
  });

  it('skips blank lines to find the next line', () => {
    expect(run('<!-- noticelint-disable-next-line find-oakfield -->\n\n\nOakfield school\nOakfield again\n')).toEqual(['5:find-oakfield']);
  });

  it('does not silence other rules', () => {
    expect(run('<!-- noticelint-disable-next-line dpa-1998 -->\nOakfield\n')).toEqual(['2:find-oakfield', '1:unused-directive']);
  });

  it('reports a directive that silences nothing', () => {
    expect(run('<!-- noticelint-disable find-oakfield -->\n\nRiverside\n')).toEqual(['1:unused-directive']);
  });

  it('ignores directive-like text inside code', () => {
    expect(run('```\n<!-- noticelint-disable -->\n```\n\nOakfield\n')).toEqual(['5:find-oakfield']);
  });
});

describe('lintNotice', () => {
  const options = { date: today, cwd: '/', noConfig: true } as const;

  it('scores 100 and reports nothing when every rule is off', () => {
    const off = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]));
    const result = lintText('# Oakfield Primary School\n', 'a.md', { ...options, ruleOverrides: off });
    expect(result).toMatchObject({ score: 100, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fatal: false, format: 'markdown' });
  });

  it('summarises the sections', () => {
    const result = lintNotice(notice('# Who we are\n\nOakfield Primary School.\n'), options);
    expect(result.sections[0]).toMatchObject({ heading: 'Who we are', level: 1, line: 1 });
  });
});

describe('lintFile', () => {
  const options = { date: today, cwd: '/', noConfig: true } as const;

  it('turns an unreadable file into one fatal one-line message with no score', async () => {
    const result = await lintFile('/no/such/folder/notice.md', options);
    expect(result).toMatchObject({ fatal: true, score: null, sections: [], errorCount: 1, format: null });
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 'error', line: 1, column: 1 });
    expect(result.messages[0].message).not.toMatch(/\n|    at /);
  });

  it('reads given bytes instead of the file (stdin)', async () => {
    const off = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]));
    const result = await lintFile('pasted.txt', { ...options, ruleOverrides: off }, new TextEncoder().encode('Oakfield Primary School\n'));
    expect(result).toMatchObject({ fatal: false, format: 'text', score: 100 });
  });
});

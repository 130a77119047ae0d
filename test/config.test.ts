// Config: found upwards (nearest wins), validated strictly, resolved with the documented
// precedence: defaults < extends < rules < overrides < --rule.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { rules, rulesById } from '../rules/index.js';
import { clearConfigCache, findConfig, isIgnored, parseConfig, parseRuleFlag, resolveConfig } from '../src/lint/config.js';
import { UsageError } from '../src/types.js';

function tree(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'noticelint-config-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

const severityOf = (root: string, file: string, id: string, extra = {}): string => resolveConfig(join(root, file), { cwd: root, ...extra }).rules[id].severity;

beforeEach(() => clearConfigCache());

describe('finding the config', () => {
  it('uses the nearest config file above the notice and does not merge parents', () => {
    const root = tree({
      'noticelint.config.json': { rules: { 'dpa-1998': 'off', 'sar-fee': 'info' } },
      'trust/oakfield/.noticelintrc.json': { rules: { 'dpa-1998': 'warning' } },
      'trust/oakfield/notice.md': '',
      'other/notice.md': '',
    });
    expect(severityOf(root, 'trust/oakfield/notice.md', 'dpa-1998')).toBe('warning');
    expect(severityOf(root, 'trust/oakfield/notice.md', 'sar-fee')).toBe(rulesById.get('sar-fee')?.meta.severity);
    expect(severityOf(root, 'other/notice.md', 'dpa-1998')).toBe('off');
  });

  it('reads the "noticelint" key of package.json', () => {
    const root = tree({ 'package.json': { name: 'school-site', noticelint: { setting: 'independent' } }, 'notice.md': '' });
    expect(resolveConfig(join(root, 'notice.md'), { cwd: root }).setting).toBe('independent');
  });

  it('uses only --config when given', () => {
    const root = tree({ 'noticelint.config.json': { rules: { 'dpa-1998': 'off' } }, 'ci.json': { rules: { 'dpa-1998': 'info' } }, 'notice.md': '' });
    expect(severityOf(root, 'notice.md', 'dpa-1998', { configFile: join(root, 'ci.json') })).toBe('info');
  });

  it('gives rule defaults when there is no config', () => {
    const root = tree({ 'notice.md': '' });
    expect(findConfig(root)).toBeNull();
    for (const rule of rules) expect(severityOf(root, 'notice.md', rule.meta.id)).toBe(rule.meta.severity);
  });
});

describe('precedence', () => {
  const root = tree({
    'noticelint.config.json': {
      extends: 'noticelint:recommended',
      rules: { 'dpa-1998': 'warning', 'sar-fee': 'warning' },
      overrides: [{ files: ['pdf/**/*.pdf'], rules: { 'dpa-1998': 'off' } }],
    },
  });

  it('applies overrides only to files their globs match, relative to the config file', () => {
    expect(severityOf(root, 'pdf/2024/notice.pdf', 'dpa-1998')).toBe('off');
    expect(severityOf(root, 'notice.pdf', 'dpa-1998')).toBe('warning');
  });

  it('lets --rule win over everything', () => {
    expect(severityOf(root, 'pdf/2024/notice.pdf', 'dpa-1998', { ruleOverrides: { 'dpa-1998': 'error' } })).toBe('error');
  });
});

describe('validation', () => {
  const bad: [string, unknown, RegExp][] = [
    ['an unknown key', { rulez: {} }, /"rulez" is not a config key/],
    ['an unknown rule id', { rules: { 'dpa-1999': 'error' } }, /"rules.dpa-1999" is not a noticelint rule/],
    ['a bad severity', { rules: { 'dpa-1998': 'fatal' } }, /"rules.dpa-1998" severity must be one of/],
    ['a bad setting', { setting: 'academy' }, /"setting" must be one of auto/],
    ['a bad extends', { extends: 'eslint:recommended' }, /"extends" must be "noticelint:recommended"/],
    ['a bad maxFileSize', { maxFileSize: -1 }, /"maxFileSize" must be a positive whole number/],
    ['an override without files', { overrides: [{ rules: {} }] }, /"overrides\[0\].files" must be a glob/],
  ];
  for (const [what, raw, message] of bad) {
    it(`rejects ${what}, naming the file`, () => {
      expect(() => parseConfig(raw, '/school/noticelint.config.json')).toThrow(UsageError);
      expect(() => parseConfig(raw, '/school/noticelint.config.json')).toThrow(message);
      expect(() => parseConfig(raw, '/school/noticelint.config.json')).toThrow(/^\/school\/noticelint.config.json: /);
    });
  }

  const withOptions = rules.find((r) => Object.keys(r.meta.options ?? {}).length > 0);
  it.skipIf(!withOptions)('checks rule options against the rule\'s own declaration', () => {
    const rule = withOptions!;
    const [name, option] = Object.entries(rule.meta.options ?? {})[0];
    const good = parseConfig({ rules: { [rule.meta.id]: ['warning', { [name]: option.default }] } }, 'c.json');
    expect(good.rules[rule.meta.id]).toEqual({ severity: 'warning', options: { [name]: option.default } });
    const wrongType = option.type === 'string' ? 1 : 'text';
    expect(() => parseConfig({ rules: { [rule.meta.id]: ['warning', { [name]: wrongType }] } }, 'c.json')).toThrow(`must be a ${option.type}`);
    expect(() => parseConfig({ rules: { [rule.meta.id]: ['warning', { nonsense: 1 }] } }, 'c.json')).toThrow(/is not an option of/);
  });

  it('names the file when it is not valid JSON', () => {
    const root = tree({ '.noticelintrc.json': '{ "rules": ', 'notice.md': '' });
    expect(() => resolveConfig(join(root, 'notice.md'), { cwd: root })).toThrow(/\.noticelintrc\.json: not valid JSON/);
  });
});

describe('ignore and --rule', () => {
  it('ignores files by globs relative to the config file', () => {
    const root = tree({ 'noticelint.config.json': { ignore: ['archive/**'] } });
    const config = findConfig(root);
    expect(isIgnored(config, join(root, 'archive/2019/notice.md'), '/')).toBe(true);
    expect(isIgnored(config, join(root, 'current/notice.md'), '/')).toBe(false);
  });

  it('parses --rule id:severity and refuses unknown ids and severities', () => {
    expect(parseRuleFlag('dpa-1998:off', { 'sar-fee': 'info' })).toEqual({ 'sar-fee': 'info', 'dpa-1998': 'off' });
    expect(() => parseRuleFlag('dpa-1998:loud')).toThrow(UsageError);
    expect(() => parseRuleFlag('nope:error')).toThrow(/"nope" is not a noticelint rule/);
  });
});

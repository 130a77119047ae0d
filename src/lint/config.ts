// Config files: found with lilconfig from a notice's folder upwards (nearest wins, no merging),
// validated strictly (a typo must not silently turn a check off), and resolved per file:
// rule defaults < extends < file `rules` < matching `overrides` < --rule.
import { lilconfigSync, type LilconfigResult } from 'lilconfig';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { rules as allRules, rulesById } from '../../rules/index.js';
import type { Rule, SeverityOrOff } from '../types.js';
import { UsageError } from '../types.js';

export const SEARCH_PLACES = ['noticelint.config.json', '.noticelintrc.json', 'package.json'] as const;
export const SETTINGS = ['auto', 'state-school', 'independent', 'early-years', 'other'] as const;
export type SettingOrAuto = (typeof SETTINGS)[number];
const SEVERITIES: readonly SeverityOrOff[] = ['off', 'info', 'warning', 'error'];
const EXTENDS = ['noticelint:recommended'];
const TOP_KEYS = new Set(['$schema', 'rules', 'extends', 'ignore', 'overrides', 'setting', 'maxFileSize', 'template']);

export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

/** A config file after validation. */
export interface NoticelintConfig {
  /** Absolute path of the file it came from; null for the built-in defaults. */
  filePath: string | null;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  overrides: { files: string[]; rules: Record<string, RuleSetting> }[];
  setting: SettingOrAuto;
  maxFileSize?: number;
  template?: string;
}

/** What applies to one notice: every rule with its severity and options. */
export interface ResolvedConfig {
  configFile: string | null;
  rules: Record<string, RuleSetting>;
  setting: SettingOrAuto;
  maxFileSize?: number;
  template?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(where: string, key: string, problem: string): never {
  throw new UsageError(`${where}: "${key}" ${problem}`);
}

function checkOptions(rule: Rule, options: unknown, where: string, key: string): Record<string, unknown> {
  if (!isObject(options)) fail(where, key, 'options must be an object');
  const declared = rule.meta.options ?? {};
  for (const [name, value] of Object.entries(options)) {
    const option = declared[name];
    if (!option) fail(where, `${key}.${name}`, `is not an option of ${rule.meta.id}${Object.keys(declared).length ? ` (options: ${Object.keys(declared).join(', ')})` : ' (it has none)'}`);
    if (typeof value !== option.type) fail(where, `${key}.${name}`, `must be a ${option.type}`);
  }
  return options;
}

/** Validates a `rules` object (id → severity or [severity, options]). */
export function parseRules(value: unknown, where: string, keyPrefix = 'rules'): Record<string, RuleSetting> {
  if (!isObject(value)) fail(where, keyPrefix, 'must be an object of rule id → severity');
  const parsed: Record<string, RuleSetting> = {};
  for (const [id, entry] of Object.entries(value)) {
    const key = `${keyPrefix}.${id}`;
    const rule = rulesById.get(id);
    if (!rule) fail(where, key, 'is not a noticelint rule (see `noticelint rules`)');
    const [severity, options = {}] = Array.isArray(entry) ? entry : [entry];
    if (Array.isArray(entry) && (entry.length < 1 || entry.length > 2)) fail(where, key, 'must be a severity or [severity, options]');
    if (!SEVERITIES.includes(severity as SeverityOrOff)) fail(where, key, `severity must be one of ${SEVERITIES.join(', ')}`);
    parsed[id] = { severity: severity as SeverityOrOff, options: checkOptions(rule, options, where, key) };
  }
  return parsed;
}

const stringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Validates raw config JSON; `where` names the file in error messages. */
export function parseConfig(raw: unknown, filePath: string | null): NoticelintConfig {
  const where = filePath ?? 'config';
  if (!isObject(raw)) throw new UsageError(`${where}: the config must be a JSON object`);
  for (const key of Object.keys(raw)) if (!TOP_KEYS.has(key)) fail(where, key, `is not a config key (keys: ${[...TOP_KEYS].filter((k) => k !== '$schema').join(', ')})`);
  const config: NoticelintConfig = { filePath, rules: {}, ignore: [], overrides: [], setting: 'auto' };
  if (raw.extends !== undefined) {
    const list = typeof raw.extends === 'string' ? [raw.extends] : raw.extends;
    if (!stringList(list) || list.some((name) => !EXTENDS.includes(name))) fail(where, 'extends', `must be ${EXTENDS.map((e) => `"${e}"`).join(' or ')}`);
  }
  if (raw.rules !== undefined) config.rules = parseRules(raw.rules, where);
  if (raw.ignore !== undefined) {
    if (!stringList(raw.ignore)) fail(where, 'ignore', 'must be an array of globs');
    config.ignore = raw.ignore;
  }
  if (raw.overrides !== undefined) {
    if (!Array.isArray(raw.overrides)) fail(where, 'overrides', 'must be an array of {files, rules}');
    config.overrides = raw.overrides.map((override, i) => {
      const key = `overrides[${i}]`;
      if (!isObject(override)) fail(where, key, 'must be an object {files, rules}');
      for (const k of Object.keys(override)) if (k !== 'files' && k !== 'rules') fail(where, `${key}.${k}`, 'is not an override key (keys: files, rules)');
      const files = typeof override.files === 'string' ? [override.files] : override.files;
      if (!stringList(files) || files.length === 0) fail(where, `${key}.files`, 'must be a glob or an array of globs');
      return { files, rules: parseRules(override.rules ?? {}, where, `${key}.rules`) };
    });
  }
  if (raw.setting !== undefined) {
    if (!SETTINGS.includes(raw.setting as SettingOrAuto)) fail(where, 'setting', `must be one of ${SETTINGS.join(', ')}`);
    config.setting = raw.setting as SettingOrAuto;
  }
  if (raw.maxFileSize !== undefined) {
    if (typeof raw.maxFileSize !== 'number' || !Number.isInteger(raw.maxFileSize) || raw.maxFileSize <= 0) fail(where, 'maxFileSize', 'must be a positive whole number of bytes');
    config.maxFileSize = raw.maxFileSize;
  }
  if (raw.template !== undefined) {
    if (typeof raw.template !== 'string' || raw.template === '') fail(where, 'template', 'must be a template id or a file path');
    config.template = raw.template;
  }
  return config;
}

function loadJson(filePath: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new UsageError(`${filePath}: not valid JSON (${(error as Error).message})`);
  }
}

const explorer = lilconfigSync('noticelint', {
  searchPlaces: [...SEARCH_PLACES],
  packageProp: 'noticelint',
  loaders: { '.json': loadJson },
  cache: false,
});

const searchCache = new Map<string, NoticelintConfig | null>();
const fileCache = new Map<string, NoticelintConfig>();

/** Reads and validates one config file (--config). */
export function loadConfigFile(filePath: string): NoticelintConfig {
  const absolute = resolve(filePath);
  let config = fileCache.get(absolute);
  if (!config) {
    let content: string;
    try {
      content = readFileSync(absolute, 'utf8');
    } catch {
      throw new UsageError(`--config: cannot read ${filePath}`);
    }
    const raw = loadJson(absolute, content);
    config = parseConfig(absolute.endsWith('package.json') && isObject(raw) ? raw.noticelint ?? {} : raw, absolute);
    fileCache.set(absolute, config);
  }
  return config;
}

/** The nearest config file above `directory`, or null; cached per directory. */
export function findConfig(directory: string): NoticelintConfig | null {
  const dir = resolve(directory);
  if (!searchCache.has(dir)) {
    let found: LilconfigResult;
    try {
      found = explorer.search(dir);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`cannot read the config for ${dir}: ${(error as Error).message}`);
    }
    searchCache.set(dir, found ? parseConfig(found.config, found.filepath) : null);
  }
  return searchCache.get(dir) ?? null;
}

/** Forgets cached configs (tests and the language server, after a config file changes). */
export function clearConfigCache(): void {
  searchCache.clear();
  fileCache.clear();
}

/** Path of `filePath` relative to the config's folder, with forward slashes, for glob matching. */
export function relativeToConfig(config: NoticelintConfig, filePath: string, cwd: string): string {
  const base = config.filePath ? dirname(config.filePath) : cwd;
  return relative(base, resolve(cwd, filePath)).split(sep).join('/');
}

/** Whether the config's `ignore` globs exclude this file. */
export function isIgnored(config: NoticelintConfig | null, filePath: string, cwd: string): boolean {
  if (!config || config.ignore.length === 0) return false;
  return picomatch(config.ignore, { dot: true })(relativeToConfig(config, filePath, cwd));
}

/**
 * The `isIgnored` test for discovering notices (absolute paths): the explicit config's
 * `ignore`, else the nearest config's. An explicit config is read now, so a bad one stops the run.
 */
export function ignoredBy(request: { cwd: string; configFile?: string }): (absolutePath: string) => boolean {
  const explicit = request.configFile ? loadConfigFile(resolve(request.cwd, request.configFile)) : null;
  return (file) => isIgnored(explicit ?? findConfig(dirname(file)), file, request.cwd);
}

export interface ConfigRequest {
  cwd: string;
  configFile?: string;
  /** Skip config files altogether (in-memory linting, the rule harness). */
  noConfig?: boolean;
  ruleOverrides?: Record<string, SeverityOrOff>;
}

/** The config that applies to `filePath`, every rule listed. */
export function resolveConfig(filePath: string, request: ConfigRequest): ResolvedConfig {
  const config = request.noConfig ? null : request.configFile ? loadConfigFile(resolve(request.cwd, request.configFile)) : findConfig(dirname(resolve(request.cwd, filePath)));
  const resolved: Record<string, RuleSetting> = {};
  for (const rule of allRules) resolved[rule.meta.id] = { severity: rule.meta.severity, options: {} };
  const layers = config ? [config.rules, ...config.overrides.filter((o) => picomatch(o.files, { dot: true })(relativeToConfig(config, filePath, request.cwd))).map((o) => o.rules)] : [];
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer)) resolved[id] = { severity: setting.severity, options: { ...resolved[id].options, ...setting.options } };
  }
  for (const [id, severity] of Object.entries(request.ruleOverrides ?? {})) {
    if (!rulesById.has(id)) throw new UsageError(`--rule: "${id}" is not a noticelint rule (see \`noticelint rules\`)`);
    resolved[id] = { ...resolved[id], severity };
  }
  return {
    configFile: config?.filePath ?? null,
    rules: resolved,
    setting: config?.setting ?? 'auto',
    ...(config?.maxFileSize !== undefined ? { maxFileSize: config.maxFileSize } : {}),
    ...(config?.template !== undefined ? { template: config.template } : {}),
  };
}

/** Parses one `--rule id:severity` value. */
export function parseRuleFlag(value: string, previous: Record<string, SeverityOrOff> = {}): Record<string, SeverityOrOff> {
  const colon = value.lastIndexOf(':');
  const id = value.slice(0, colon);
  const severity = value.slice(colon + 1) as SeverityOrOff;
  if (colon < 1 || !SEVERITIES.includes(severity)) throw new UsageError(`--rule: "${value}" must be <rule-id>:<${SEVERITIES.join('|')}>`);
  if (!rulesById.has(id)) throw new UsageError(`--rule: "${id}" is not a noticelint rule (see \`noticelint rules\`)`);
  return { ...previous, [id]: severity };
}

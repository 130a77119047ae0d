// `noticelint [lint] [paths…]`: thin wiring from flags to discover → lint (pool) → format.
import { Command, InvalidArgumentError, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { changedFilesSince } from '../files/changed.js';
import { discoverFiles } from '../files/discover.js';
import { ignoredBy, parseRuleFlag, resolveConfig } from '../lint/config.js';
import { lintFile, missingResult, type LintFileResult, type LintOptions } from '../lint/index.js';
import { writeAtomically } from '../lint/fix.js';
import { defaultJobs, lintEach, lintMany } from '../pool/index.js';
import { FORMAT_NAMES, streamFormatter } from '../report/index.js';
import { packageVersion } from '../report/version.js';
import type { FileResult, SeverityOrOff } from '../types.js';
import { NoticeError, UsageError } from '../types.js';

interface LintFlags {
  format: string;
  output?: string;
  config?: string;
  rule: Record<string, SeverityOrOff>;
  date?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  jobs?: number;
  maxFileSize?: number;
  stdinFilename?: string;
  changedSince?: string;
  cache?: boolean;
  cacheLocation: string;
}

/** Runs a command action; a UsageError (or any surprise) is one line on stderr and exit 2. */
export function reportErrors<A extends unknown[]>(action: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args) => {
    try {
      await action(...args);
    } catch (error) {
      const message = error instanceof UsageError || error instanceof NoticeError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`.split('\n')[0];
      process.stderr.write(`noticelint: ${message}\n`);
      process.exitCode = 2;
    }
  };
}

/** Commander's own argument errors are one line and exit 2 (cli.md); help and version exit 0. */
export function exitTwoOnBadArguments(command: Command): Command {
  return command.showHelpAfterError(false).exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));
}

export function parseDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError('expected a real date as YYYY-MM-DD.');
  return value;
}

export const wholeNumber = (min: number) => (value: string): number => {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}.`);
  return Number(value);
};

export const ruleFlag = (value: string, previous: Record<string, SeverityOrOff> | undefined): Record<string, SeverityOrOff> => {
  try {
    return parseRuleFlag(value, previous);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message.replace(/^--rule: /, ''));
  }
};

const formatFlag = (value: string): string => {
  if (!(FORMAT_NAMES as string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${FORMAT_NAMES.join(', ')}.`);
  return value;
};

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** 0 clean, 1 errors or too many warnings, 2 a fatal file (2 wins); info never counts. */
export function exitCodeFor(results: readonly Pick<FileResult, 'fatal' | 'errorCount' | 'warningCount'>[], maxWarnings?: number): 0 | 1 | 2 {
  if (results.some((r) => r.fatal)) return 2;
  if (results.some((r) => r.errorCount > 0)) return 1;
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

/** --quiet: only error-severity messages are shown. */
function errorsOnly(result: LintFileResult): LintFileResult {
  return { ...result, messages: result.messages.filter((m) => m.severity === 'error'), warningCount: 0, infoCount: 0 };
}

/** The flags `lint` and `audit` share, as LintOptions. */
export function lintOptionsFrom(flags: { date?: string; config?: string; rule?: Record<string, SeverityOrOff>; maxFileSize?: number }, cwd: string): LintOptions {
  return {
    date: flags.date ?? new Date().toISOString().slice(0, 10),
    cwd,
    ...(flags.config ? { configFile: resolve(cwd, flags.config) } : {}),
    ruleOverrides: flags.rule ?? {},
    ...(flags.maxFileSize !== undefined ? { maxFileSize: flags.maxFileSize } : {}),
  };
}

async function lintPaths(paths: string[], flags: LintFlags): Promise<void> {
  const cwd = process.cwd();
  const options: LintOptions = {
    ...lintOptionsFrom(flags, cwd),
    ...(flags.fix ? { fix: true } : {}),
    ...(flags.fixDryRun ? { fixDryRun: true } : {}),
  };
  // Read the config up front: a bad config stops the run (exit 2) instead of failing every file.
  const isIgnored = ignoredBy(options);
  const color = flags.color && !flags.output && !process.env.NO_COLOR && process.stdout.isTTY === true;
  const formatter = streamFormatter(flags.format, { cwd, color });
  // Each result is formatted and let go as it arrives; only its counts stay, for the exit code.
  const counts: Pick<FileResult, 'fatal' | 'errorCount' | 'warningCount'>[] = [];
  const written: string[] = [];
  const write = (text: string): void => {
    if (!text) return;
    if (flags.output) written.push(text);
    else process.stdout.write(text);
  };
  const emit = (result: LintFileResult): void => {
    counts.push({ fatal: result.fatal, errorCount: result.errorCount, warningCount: result.warningCount });
    write(formatter.file(flags.quiet ? errorsOnly(result) : result));
  };
  if (paths.length === 1 && paths[0] === '-') {
    const name = flags.stdinFilename ?? 'stdin.md';
    resolveConfig(name, options);
    emit(await lintFile(name, { ...options, fix: false }, await readStdin()));
  } else {
    const { files, missing } = await discoverFiles(paths.length ? paths : ['.'], {
      cwd,
      isIgnored,
    });
    let selected = files;
    if (flags.changedSince) {
      const changed = await changedFilesSince(flags.changedSince, cwd);
      selected = files.filter((f) => changed.has(resolve(cwd, f)));
    }
    // Every file's config is resolved now, so a bad config file stops the run before any
    // output; the resolved configs are kept only when the cache needs them for its keys.
    const configs = new Map<string, unknown>();
    for (const file of selected) {
      const config = resolveConfig(file, options);
      if (flags.cache) configs.set(file, config);
    }
    missing.map(missingResult).forEach(emit);
    await lintWithCache(selected, options, flags, configs, emit);
  }
  write(formatter.end());
  // --output is written whole and atomically: never a half-written report.
  if (flags.output) await writeAtomically(resolve(cwd, flags.output), written.join(''));
  process.exitCode = Math.max(Number(process.exitCode ?? 0), exitCodeFor(counts, flags.maxWarnings));
}

async function lintWithCache(files: string[], options: LintOptions, flags: LintFlags, configs: Map<string, unknown>, emit: (result: LintFileResult) => void): Promise<void> {
  const jobs = flags.jobs ?? defaultJobs();
  if (!flags.cache || options.fix || options.fixDryRun) return lintEach(files, options, jobs, emit);
  // Loaded only for --cache: hashing pulls in node:crypto, which a one-file lint need not start.
  const { cacheKey, openCache } = await import('../cache.js');
  const cache = await openCache(resolve(options.cwd, flags.cacheLocation));
  const keys = new Map<string, string>();
  const results = new Map<string, LintFileResult>();
  for (const file of files) {
    const content = await readFile(resolve(options.cwd, file)).catch(() => null);
    if (!content) continue;
    // --max-file-size changes a result (too large → fatal) as much as the config does.
    const key = cacheKey({ content, config: [configs.get(file), options.maxFileSize ?? null], version: packageVersion(), date: options.date });
    keys.set(file, key);
    const hit = cache.get(file, key);
    if (hit) results.set(file, hit);
  }
  const todo = files.filter((f) => !results.has(f));
  const fresh = await lintMany(todo, options, jobs);
  for (const [i, file] of todo.entries()) {
    results.set(file, fresh[i]);
    const key = keys.get(file);
    if (key && !fresh[i].fatal) cache.set(file, key, fresh[i]);
  }
  await cache.save();
  for (const file of files) emit(results.get(file) as LintFileResult);
}

export function registerLint(program: Command): void {
  const command = program
    .command('lint', { isDefault: true })
    .description('lint notices (default command)')
    .argument('[paths...]', 'files, folders or globs ("-" reads standard input)')
    .addOption(new Option('--format <name>', `output format: ${FORMAT_NAMES.join('|')}`).default('stylish').argParser(formatFlag))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('-c, --config <file>', 'use this config file (no search)')
    .option('--rule <id:severity>', 'set a rule\'s severity (off|info|warning|error); repeatable', ruleFlag, {})
    .option('--date <YYYY-MM-DD>', '"today" for time-based rules (default: the real date)', parseDate)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', wholeNumber(0))
    .option('--quiet', 'report errors only')
    .option('--no-color', 'no colours in the output (also NO_COLOR)')
    .option('--fix', 'apply safe fixes to the files')
    .option('--fix-dry-run', 'compute safe fixes without writing them (see `output` in --format json)')
    .option('--jobs <n>', 'worker threads (default: number of cores)', wholeNumber(1))
    .option('--max-file-size <bytes>', 'refuse notices larger than this', wholeNumber(1))
    .option('--stdin-filename <name>', 'name (and so format and config) for a notice read from "-"')
    .option('--changed-since <git-ref>', 'only notices changed since this git ref')
    .option('--cache', 'reuse results for unchanged files')
    .option('--cache-location <file>', 'where --cache keeps its data', '.noticelintcache')
    .action(reportErrors(lintPaths));
  exitTwoOnBadArguments(command);
}

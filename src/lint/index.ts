// The lint runner: resolve the config for a notice, run the rules, apply disable comments,
// score, and (with --fix) write the fixed file. Signatures are the contract the pool, audit
// and language server use; everything here is plain data so results cross worker threads.
import { encodeText, formatOf, loadNotice, parseNotice } from '../load/index.js';
import { sectionNotice, summarizeSections } from '../sections/index.js';
import { detectSetting } from '../sections/setting.js';
import { findControllerName } from '../sections/controller-name.js';
import { latestIssueDate } from '../checks/dates.js';
import { rules as allRules } from '../../rules/index.js';
import type { FileResult, LintMessage, SectionedNotice, Setting, SeverityOrOff } from '../types.js';
import { NoticeError } from '../types.js';
import { resolveConfig, type ResolvedConfig, type SettingOrAuto } from './config.js';
import { applyDirectives, UNUSED_DIRECTIVE } from './directives.js';
import { compareMessages, placeMessage, Positioner, ruleApplies, runRules, type EnabledRule, type PlacedMessage } from './engine.js';
import { applyFixes, writeAtomically } from './fix.js';
import { computeScore } from './score.js';

export type { EnabledRule } from './engine.js';

/** Plain data (structured-cloneable) so it can be sent to worker threads. */
export interface LintOptions {
  /** "today", YYYY-MM-DD. */
  date: string;
  cwd: string;
  /** --config: an explicit config file (turns the search off). */
  configFile?: string;
  /** Ignore config files: rule defaults plus `ruleOverrides` only (in-memory linting, tests). */
  noConfig?: boolean;
  /** --rule id:severity overrides. */
  ruleOverrides?: Record<string, SeverityOrOff>;
  /** Options per rule id, over the config's (the rule test harness). */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** Overrides the config's `setting`. */
  setting?: SettingOrAuto;
  maxFileSize?: number;
  /** Apply safe fixes to the file (atomic write). */
  fix?: boolean;
  /** Compute fixes but do not write (the fixed text is returned in `output`). */
  fixDryRun?: boolean;
}

export interface LintFileResult extends FileResult {
  /** The fixed text, when fixes were applied or dry-run. */
  output?: string;
}

/** The rules enabled by a resolved config, with their configured severity and options. */
export function enabledRules(config: ResolvedConfig, ruleOptions: LintOptions['ruleOptions'] = {}): EnabledRule[] {
  const enabled: EnabledRule[] = [];
  for (const rule of allRules) {
    const { severity, options } = config.rules[rule.meta.id];
    if (severity !== 'off') enabled.push({ rule, severity, options: { ...options, ...ruleOptions[rule.meta.id] } });
  }
  return enabled;
}

function countBySeverity(messages: readonly LintMessage[]): Pick<FileResult, 'errorCount' | 'warningCount' | 'infoCount'> {
  return {
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warning').length,
    infoCount: messages.filter((m) => m.severity === 'info').length,
  };
}

const withoutOffsets = ({ start: _start, end: _end, ...message }: PlacedMessage): LintMessage => message;

/** Lints a notice already loaded and sectioned (in memory: no I/O besides config lookup). */
export function lintNotice(notice: SectionedNotice, options: LintOptions): LintFileResult {
  const config = resolveConfig(notice.filePath, options);
  const wanted = options.setting ?? config.setting;
  const setting: Setting = wanted === 'auto' ? detectSetting(notice) : wanted;
  const run = { today: options.date, setting };
  const enabled = enabledRules(config, options.ruleOptions);
  const positioner = new Positioner(notice);
  const found = runRules(notice, enabled, run, positioner);
  const unused = (directive: { start: number; end: number }, ruleId: string | null): PlacedMessage =>
    placeMessage(positioner, UNUSED_DIRECTIVE, 'warning', `This disable comment silences nothing${ruleId ? ` for ${ruleId}` : ''}. Remove it, so it cannot hide a future problem.`, { messageId: 'unused', ...directive });
  const messages = applyDirectives(notice, found, positioner, unused).sort(compareMessages).map(withoutOffsets);
  const applicable = enabled.filter((e) => ruleApplies(e.rule, run)).map((e) => ({ id: e.rule.meta.id, severity: e.severity }));
  return {
    filePath: notice.filePath,
    format: notice.format,
    score: computeScore(applicable, messages),
    sections: summarizeSections(notice),
    messages,
    ...countBySeverity(messages),
    fatal: false,
    // For audit's columns: the controller the notice names and its latest issue/review date.
    schoolName: findControllerName(notice),
    reviewDate: latestIssueDate(notice),
  };
}

/** Lints text in memory as if it were the file `filePath` (its extension picks the format). */
export function lintText(text: string, filePath: string, options: LintOptions): LintFileResult {
  const format = formatOf(filePath);
  if (!format) throw new NoticeError(`Unknown file type "${filePath}"`);
  return lintNotice(sectionNotice(parseNotice(text, format, filePath)), options);
}

/** The result for a file that could not be linted: one line, never a stack trace. */
export function fatalResult(filePath: string, message: string): LintFileResult {
  return { filePath, format: null, score: null, sections: [], messages: [{ ruleId: null, fatal: true, severity: 'error', message, line: 1, column: 1 }], errorCount: 1, warningCount: 0, infoCount: 0, fatal: true };
}

/** The result for a path argument that names no notice. */
export function missingResult(arg: string): LintFileResult {
  return fatalResult(arg, `No notice found at "${arg}": check the path, or quote a glob.`);
}

export function describeError(filePath: string, error: unknown): string {
  if (error instanceof NoticeError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return `Could not lint ${filePath}: ${text.split('\n')[0]}`;
}

/** Formats whose decoded text is the file itself, so fixes can be written back. */
const FIXABLE_FORMATS = new Set(['markdown', 'text']);

/** Loads and sections one file under the size limit of its options or config (throws on a bad file). */
export async function loadForLint(filePath: string, options: LintOptions, bytes?: Uint8Array): Promise<SectionedNotice> {
  const maxFileSize = options.maxFileSize ?? resolveConfig(filePath, options).maxFileSize;
  return sectionNotice(await loadNotice(filePath, { maxFileSize, ...(bytes ? { bytes } : {}) }));
}

/** Loads, sections and lints one file; with `fix`/`fixDryRun`, applies safe fixes and re-lints. */
export async function lintFile(filePath: string, options: LintOptions, bytes?: Uint8Array): Promise<LintFileResult> {
  try {
    const notice = await loadForLint(filePath, options, bytes);
    const result = lintNotice(notice, options);
    if (!(options.fix || options.fixDryRun) || !FIXABLE_FORMATS.has(notice.format)) return result;
    const { output, fixed } = applyFixes(notice.text, result.messages);
    if (fixed.length === 0) return result;
    const relinted = lintNotice(sectionNotice({ ...parseNotice(output, notice.format, filePath), encoding: notice.encoding, eol: notice.eol }), options);
    if (options.fix && !options.fixDryRun && !bytes) await writeAtomically(filePath, encodeText(output, notice.encoding ?? 'utf-8'));
    return { ...relinted, output };
  } catch (error) {
    return fatalResult(filePath, describeError(filePath, error));
  }
}

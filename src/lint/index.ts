// STUB(B): the lint runner. Signatures are the contract other parts (pool, audit, lsp) use.
import { loadNotice } from '../load/index.js';
import { sectionNotice, summarizeSections } from '../sections/index.js';
import type { FileResult, SeverityOrOff } from '../types.js';
import { NoticeError } from '../types.js';

/** Plain data (structured-cloneable) so it can be sent to worker threads. */
export interface LintOptions {
  /** "today", YYYY-MM-DD. */
  date: string;
  cwd: string;
  /** --config: an explicit config file (turns the search off). */
  configFile?: string;
  /** --rule id:severity overrides. */
  ruleOverrides?: Record<string, SeverityOrOff>;
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

export async function lintFile(filePath: string, options: LintOptions): Promise<LintFileResult> {
  try {
    const notice = sectionNotice(await loadNotice(filePath, { maxFileSize: options.maxFileSize }));
    return { filePath, format: notice.format, score: null, sections: summarizeSections(notice), messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fatal: false };
  } catch (error) {
    const message = error instanceof NoticeError ? error.message : `Could not read ${filePath}: ${(error as Error).message}`;
    return { filePath, format: null, score: null, sections: [], messages: [{ ruleId: null, fatal: true, severity: 'error', message, line: 1, column: 1 }], errorCount: 1, warningCount: 0, infoCount: 0, fatal: true };
  }
}

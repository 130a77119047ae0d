// One notice for the audit, run inside a pool worker: the lint result exactly as
// `lint --format json` gives it, plus what only the worker can see cheaply — the DfE model
// lineage and the line of text behind each finding (the report shows findings in context).
import { detectLineage } from '../diff/lineage.js';
import type { Lineage } from '../diff/types.js';
import { describeError, fatalResult, lintNotice, loadForLint, type LintOptions } from '../lint/index.js';
import type { FileResult, SectionedNotice } from '../types.js';

export type { Lineage } from '../diff/types.js';

export interface AuditEntry {
  result: FileResult;
  lineage: Lineage | null;
  /** The line of notice text each message points at (same order as `result.messages`). */
  contexts: string[];
}

/** Long lines (a whole paragraph on one line) are cut around the finding. */
const CONTEXT_WIDTH = 240;

/** The text of 1-based `line`, cut to CONTEXT_WIDTH around 1-based `column`. */
export function contextOf(lines: readonly string[], line: number, column: number): string {
  const lineText = lines[line - 1] ?? '';
  if (lineText.length <= CONTEXT_WIDTH) return lineText;
  const from = Math.max(0, Math.min(column - 1 - CONTEXT_WIDTH / 3, lineText.length - CONTEXT_WIDTH));
  return `${from > 0 ? '…' : ''}${lineText.slice(from, from + CONTEXT_WIDTH)}${from + CONTEXT_WIDTH < lineText.length ? '…' : ''}`;
}

export async function inspectNotice(filePath: string, options: LintOptions): Promise<AuditEntry> {
  // lintFile's steps without --fix (the audit never writes to notices), keeping the notice
  // so it is loaded once for the findings, their context and the lineage.
  let notice: SectionedNotice;
  let result: FileResult;
  try {
    notice = await loadForLint(filePath, options);
    result = lintNotice(notice, options);
  } catch (error) {
    return { result: fatalResult(filePath, describeError(filePath, error)), lineage: null, contexts: [''] };
  }
  let lineage: Lineage | null;
  try {
    lineage = detectLineage(notice);
  } catch {
    lineage = null; // a lineage failure must not lose the notice's lint result
  }
  const lines = notice.text.split(/\r\n|\r|\n/);
  return { result, lineage, contexts: result.messages.map((m) => contextOf(lines, m.line, m.column)) };
}

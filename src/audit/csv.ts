// summary.csv: one row per notice, one pass/fail column per rule. Opened in Excel by school
// staff, so it carries a BOM (Excel then reads UTF-8) and cells that a spreadsheet would run
// as a formula are neutralised.
import { stringify } from 'csv-stringify/sync';
import type { AuditEntry } from './inspect.js';
import { ruleOutcomes, type AuditSummary } from './summary.js';

/** OWASP "CSV injection": a leading = + - @ (or tab/CR) makes Excel evaluate the cell. */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function renderCsv(entries: readonly AuditEntry[], summary: AuditSummary): string {
  const header = ['file', 'school', 'status', 'score', 'errors', 'warnings', 'infos', 'review_date', 'dfe_model', ...summary.rules.map((r) => r.id)];
  const rows = entries.map(({ result, lineage }) => {
    const outcomes = ruleOutcomes(result);
    return [
      result.filePath,
      result.schoolName ?? '',
      result.fatal ? 'unreadable' : 'scored',
      result.score ?? '',
      result.errorCount,
      result.warningCount,
      result.infoCount,
      result.reviewDate ?? '',
      lineage?.model ?? '',
      ...summary.rules.map((rule) => (outcomes ? (outcomes.get(rule.id) ?? 'pass') : '')),
    ].map((cell) => (typeof cell === 'string' ? neutralizeCell(cell) : cell));
  });
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}

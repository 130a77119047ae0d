// The default, human-readable report (modelled on ESLint's "stylish"): messages grouped by
// file, aligned columns, and a summary with counts and the notice score.
import { Chalk } from 'chalk';
import type { FileResult, Severity } from '../types.js';
import { displayPath, type FormatContext } from './context.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Aligns the first `aligned` columns; messages are long, so later columns just follow. */
function table(rows: string[][], aligned: number): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => stripAnsi(r[i]).length))) ?? [];
  return rows.map((row) => `  ${row.map((cell, i) => (i < aligned ? cell + ' '.repeat(widths[i] - stripAnsi(cell).length) : cell)).join('  ')}`.trimEnd());
}

// Colour codes never reach widths: alignment is computed on the visible text.
const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

export function formatStylish(results: readonly FileResult[], context: FormatContext): string {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const colour: Record<Severity, (s: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const lines: string[] = [];
  const totals = { error: 0, warning: 0, info: 0, fixable: 0 };
  const scores: number[] = [];
  for (const result of results) {
    totals.error += result.errorCount;
    totals.warning += result.warningCount;
    totals.info += result.infoCount;
    totals.fixable += result.messages.filter((m) => m.fix).length;
    if (result.score !== null) scores.push(result.score);
    if (result.messages.length === 0) continue;
    const score = result.score === null ? '' : chalk.dim(`  score ${result.score}`);
    lines.push(chalk.underline(displayPath(result.filePath, context.cwd)) + score);
    const rows = result.messages.map((m) => [
      chalk.dim(`${m.line}:${m.column}`),
      colour[m.severity](m.fatal ? 'fatal' : m.severity),
      m.message.replace(/\s+/g, ' '),
      chalk.dim(m.ruleId ?? ''),
    ]);
    lines.push(...table(rows, 2), '');
  }
  const problems = totals.error + totals.warning + totals.info;
  const average = scores.length === 0 ? '' : scores.length === 1 ? `, score ${scores[0]}` : `, average score ${Math.round(scores.reduce((a, b) => a + b, 0) / scores.length)}`;
  if (problems === 0) return `${chalk.green('✔')} ${plural(results.length, 'file')} checked, no problems${average}\n`;
  const summary = `✖ ${plural(problems, 'problem')} (${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${totals.info} info)${average}`;
  lines.push((totals.error ? chalk.red.bold : chalk.yellow.bold)(summary));
  if (totals.fixable) lines.push(chalk.dim(`  ${plural(totals.fixable, 'problem')} can be fixed with --fix`));
  return lines.join('\n') + '\n';
}

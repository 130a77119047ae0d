// The default, human-readable report (modelled on ESLint's "stylish"): messages grouped by
// file, aligned columns, and a summary with counts and the notice score.
import { Chalk } from 'chalk';
import type { FileResult, Severity } from '../types.js';
import { displayPath, type FormatContext, type StreamingFormatter } from './context.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Aligns the first `aligned` columns; messages are long, so later columns just follow. */
function table(rows: string[][], aligned: number): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => stripAnsi(r[i]).length))) ?? [];
  return rows.map((row) => `  ${row.map((cell, i) => (i < aligned ? cell + ' '.repeat(widths[i] - stripAnsi(cell).length) : cell)).join('  ')}`.trimEnd());
}

// Colour codes never reach widths: alignment is computed on the visible text.
const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Each file with problems as it comes; the totals and the average score at the end. */
export function streamStylish(context: FormatContext): StreamingFormatter {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const colour: Record<Severity, (s: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const totals = { files: 0, error: 0, warning: 0, info: 0, fixable: 0, scored: 0, scoreSum: 0, onlyScore: 0 };
  return {
    file(result) {
      totals.files++;
      totals.error += result.errorCount;
      totals.warning += result.warningCount;
      totals.info += result.infoCount;
      totals.fixable += result.messages.filter((m) => m.fix).length;
      if (result.score !== null) {
        totals.scored++;
        totals.scoreSum += result.score;
        totals.onlyScore = result.score;
      }
      if (result.messages.length === 0) return '';
      const score = result.score === null ? '' : chalk.dim(`  score ${result.score}`);
      const rows = result.messages.map((m) => [
        chalk.dim(`${m.line}:${m.column}`),
        colour[m.severity](m.fatal ? 'fatal' : m.severity),
        m.message.replace(/\s+/g, ' '),
        chalk.dim(m.ruleId ?? ''),
      ]);
      return [chalk.underline(displayPath(result.filePath, context.cwd)) + score, ...table(rows, 2), ''].join('\n') + '\n';
    },
    end() {
      const problems = totals.error + totals.warning + totals.info;
      const average =
        totals.scored === 0 ? '' : totals.scored === 1 ? `, score ${totals.onlyScore}` : `, average score ${Math.round(totals.scoreSum / totals.scored)}`;
      if (problems === 0) return `${chalk.green('✔')} ${plural(totals.files, 'file')} checked, no problems${average}\n`;
      const summary = `✖ ${plural(problems, 'problem')} (${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${totals.info} info)${average}`;
      const lines = [(totals.error ? chalk.red.bold : chalk.yellow.bold)(summary)];
      if (totals.fixable) lines.push(chalk.dim(`  ${plural(totals.fixable, 'problem')} can be fixed with --fix`));
      return lines.join('\n') + '\n';
    },
  };
}

export function formatStylish(results: readonly FileResult[], context: FormatContext): string {
  const stream = streamStylish(context);
  return results.map((result) => stream.file(result)).join('') + stream.end();
}

// --format github: GitHub Actions workflow commands, so findings show as annotations on the
// changed lines of a pull request. GitHub keeps at most 10 annotations of each type per step,
// so the rest are listed as plain log lines, and the whole report also goes to the job
// summary (the Markdown file named by $GITHUB_STEP_SUMMARY) when there is one.
import { appendFileSync } from 'node:fs';
import type { FileResult, LintMessage, Severity } from '../types.js';
import { displayPath, type FormatContext } from './context.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
/** GitHub's limit of annotations per type (error, warning, notice) per step. */
export const ANNOTATIONS_PER_TYPE = 10;

// Workflow-command escaping: the message and each property value have their own rules.
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(path: string, m: LintMessage): string {
  const props = [`file=${escapeProperty(path)}`, `line=${m.line}`, `col=${m.column}`];
  if (m.endLine !== undefined) props.push(`endLine=${m.endLine}`);
  if (m.endColumn !== undefined) props.push(`endColumn=${m.endColumn}`);
  props.push(`title=${escapeProperty(m.ruleId ?? 'fatal')}`);
  return `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message)}`;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The whole report as GitHub-flavoured Markdown: totals, then one table per file with findings. */
export function formatGithubSummary(results: readonly FileResult[], context: FormatContext): string {
  // Table cells: no raw HTML from a notice, no column breaks.
  const cell = (s: string): string => oneLine(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
  const count = (key: 'errorCount' | 'warningCount' | 'infoCount'): number => results.reduce((sum, r) => sum + r[key], 0);
  const lines = ['## noticelint', '', `${plural(results.length, 'notice')} checked: ${plural(count('errorCount'), 'error')}, ${plural(count('warningCount'), 'warning')}, ${count('infoCount')} info.`, ''];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const score = result.score === null ? '' : ` (score ${result.score})`;
    lines.push(`### ${cell(displayPath(result.filePath, context.cwd))}${score}`, '', '| Line | Severity | Rule | Message |', '| ---: | --- | --- | --- |');
    for (const m of result.messages) lines.push(`| ${m.line}:${m.column} | ${m.fatal ? 'fatal' : m.severity} | ${m.ruleId ? `\`${m.ruleId}\`` : ''} | ${cell(m.message)} |`);
    lines.push('');
  }
  return lines.join('\n') + '\n';
}

export function formatGithub(results: readonly FileResult[], context: FormatContext, env: NodeJS.ProcessEnv = process.env): string {
  const lines: string[] = [];
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const overflow: string[] = [];
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd);
    for (const m of result.messages) {
      if (shown[m.severity]++ < ANNOTATIONS_PER_TYPE) lines.push(annotation(path, m));
      else overflow.push(`${path}:${m.line}:${m.column}: ${m.severity}: ${oneLine(m.message)}${m.ruleId ? ` (${m.ruleId})` : ''}`);
    }
  }
  if (overflow.length > 0) {
    lines.push(`noticelint: ${overflow.length} more ${overflow.length === 1 ? 'finding' : 'findings'} than GitHub shows as annotations (${ANNOTATIONS_PER_TYPE} of each type per step):`, ...overflow);
  }
  if (env.GITHUB_STEP_SUMMARY) {
    try {
      appendFileSync(env.GITHUB_STEP_SUMMARY, formatGithubSummary(results, context));
    } catch (error) {
      lines.push(`::warning title=noticelint::${escapeData(`Could not write the job summary (${(error as Error).message.split('\n')[0]}).`)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

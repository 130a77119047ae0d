// `noticelint audit`: lint every notice on the worker pool, then write report.html,
// summary.csv and findings.json into --out in one atomic swap.
import { isAbsolute, relative, resolve } from 'node:path';
import { rules } from '../../rules/index.js';
import { discoverFiles } from '../files/discover.js';
import { ignoredBy, resolveConfig } from '../lint/config.js';
import { missingResult, type LintOptions } from '../lint/index.js';
import { mapOnPool } from '../pool/index.js';
import { packageVersion } from '../report/version.js';
import type { FileResult } from '../types.js';
import { UsageError } from '../types.js';
import { renderCsv } from './csv.js';
import { jsonChunks } from './json.js';
import { renderHtml } from './html.js';
import type { AuditEntry } from './inspect.js';
import { checkOutDir, writeReportFolder } from './output.js';
import { summarize, type AuditSummary, type RuleInfo } from './summary.js';

export interface AuditOptions {
  patterns: readonly string[];
  outDir: string;
  jobs: number;
  lint: LintOptions;
  /** Told how many notices were found, then called once per notice (in input order). */
  onStart?: (total: number) => void;
  onNotice?: (entry: AuditEntry, index: number) => void;
}

export interface AuditOutcome {
  summary: AuditSummary;
  results: FileResult[];
}

export const REPORT_FILES = { html: 'report.html', csv: 'summary.csv', json: 'findings.json' } as const;

const registry: RuleInfo[] = rules.map(({ meta }) => ({ id: meta.id, category: meta.category, description: meta.description }));

function isInside(file: string, folder: string): boolean {
  const path = relative(folder, file);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/** The notices to audit, as `lint` finds them, minus the report folder (auditing "." must not read the last report). */
async function findNotices(options: AuditOptions): Promise<{ files: string[]; missing: string[] }> {
  const { cwd } = options.lint;
  const { files, missing } = await discoverFiles(options.patterns, { cwd, isIgnored: ignoredBy(options.lint) });
  const report = resolve(cwd, options.outDir);
  const notices = files.filter((file) => !isInside(resolve(cwd, file), report));
  // A bad config stops the audit (exit 2) instead of making every notice unreadable.
  for (const file of notices) resolveConfig(file, options.lint);
  return { files: notices, missing };
}

export async function runAudit(options: AuditOptions): Promise<AuditOutcome> {
  // Refuse a bad --out before spending minutes linting.
  await checkOutDir(options.outDir);
  const { files, missing } = await findNotices(options);
  if (files.length === 0) throw new UsageError(`No notice files (.md .txt .html .docx .pdf) found in ${options.patterns.join(' ')}`);
  options.onStart?.(files.length);
  const linted = await mapOnPool<AuditEntry>('audit', files, options.lint, options.jobs, options.onNotice);
  // An argument naming nothing is listed as unreadable, as `lint` does.
  const entries: AuditEntry[] = [
    ...missing.map((arg) => ({ result: missingResult(arg), lineage: null, contexts: [''] })),
    ...linted,
  ];
  const summary = summarize(entries, registry);
  const results = entries.map((entry) => entry.result);
  const version = packageVersion();
  await writeReportFolder(options.outDir, {
    [REPORT_FILES.html]: () => renderHtml(entries, summary, { date: options.lint.date, version }),
    [REPORT_FILES.csv]: () => [renderCsv(entries, summary)],
    [REPORT_FILES.json]: () => jsonChunks(results),
  }, `${JSON.stringify({ tool: 'noticelint', version, date: options.lint.date })}\n`);
  return { summary, results };
}

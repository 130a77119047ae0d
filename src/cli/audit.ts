// `noticelint audit <dirs/globs…> --out <dir>`: thin wiring over runAudit (src/audit).
import { Command, Option } from 'commander';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Progress } from '../audit/progress.js';
import type { FileResult, SeverityOrOff } from '../types.js';
import { UsageError } from '../types.js';
import { exitTwoOnBadArguments, lintOptionsFrom, parseDate, reportErrors, ruleFlag, wholeNumber } from './lint.js';

interface AuditFlags {
  out?: string;
  jobs?: number;
  date?: string;
  config?: string;
  rule?: Record<string, SeverityOrOff>;
  maxFileSize?: number;
  failOn?: 'error' | 'warning';
  progress: boolean;
}

function failsOn(results: readonly FileResult[], level: 'error' | 'warning' | undefined): boolean {
  if (!level) return false;
  return results.some((r) => r.errorCount > 0 || (level === 'warning' && r.warningCount > 0));
}

/** Ctrl-C while the report is being written: remove the half-built temporary folder. */
function removePendingOnInterrupt(pendingReportFolders: () => readonly string[]): void {
  process.once('SIGINT', () => {
    for (const folder of pendingReportFolders()) rmSync(folder, { recursive: true, force: true });
    process.exit(130);
  });
}

async function audit(patterns: string[], flags: AuditFlags): Promise<void> {
  if (!flags.out) throw new UsageError('audit needs --out <folder> for the report');
  // Loaded here, not at start-up: every other command would pay for the report code.
  const [{ REPORT_FILES, runAudit }, { pendingReportFolders }, { createProgress }, { defaultJobs }] = await Promise.all([
    import('../audit/index.js'), import('../audit/output.js'), import('../audit/progress.js'), import('../pool/index.js'),
  ]);
  removePendingOnInterrupt(pendingReportFolders);
  let progress: Progress | undefined;
  const { summary, results } = await runAudit({
    patterns,
    outDir: flags.out,
    jobs: flags.jobs ?? defaultJobs(),
    lint: lintOptionsFrom(flags, process.cwd()),
    onStart: (total) => { if (flags.progress) progress = createProgress(total); },
    onNotice: () => progress?.tick(),
  }).finally(() => progress?.stop());
  const median = summary.medianScore === null ? 'no median score' : `median score ${summary.medianScore}`;
  const notices = `${summary.total} notice${summary.total === 1 ? '' : 's'}`;
  process.stdout.write(`Audited ${notices}: ${summary.scored} scored, ${summary.unreadable} unreadable, ${median}.\n`
    + `Report: ${join(flags.out, REPORT_FILES.html)} (also ${REPORT_FILES.csv}, ${REPORT_FILES.json})\n`);
  if (failsOn(results, flags.failOn)) process.exitCode = 1;
}

export function registerAudit(program: Command): void {
  const command = program
    .command('audit')
    .description('batch-check many notices: HTML report, CSV summary, JSON findings')
    .argument('<paths...>', 'folders, files or globs of notices')
    .option('--out <folder>', 'folder for report.html, summary.csv and findings.json (replaced atomically)')
    .option('--jobs <n>', 'worker threads (default: all cores)', wholeNumber(1))
    .option('--date <YYYY-MM-DD>', '"today" for time-based rules (default: the real date)', parseDate)
    .option('-c, --config <file>', 'use this config file (no search)')
    .option('--rule <id:severity>', 'set a rule\'s severity (off|info|warning|error); repeatable', ruleFlag)
    .option('--max-file-size <bytes>', 'treat larger files as unreadable', wholeNumber(1))
    .addOption(new Option('--fail-on <level>', 'exit 1 when any notice has findings of this level, for CI').choices(['error', 'warning']))
    .option('--no-progress', 'no progress on stderr')
    .action(reportErrors(audit));
  exitTwoOnBadArguments(command);
}

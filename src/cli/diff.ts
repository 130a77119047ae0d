// `noticelint diff <file> [--against <model-id|file>]`: thin wiring from flags to the diff
// library and its formatters. Exit 0, 1 when a --fail-on condition is met, 2 on bad input.
import { Command, InvalidArgumentError, Option } from 'commander';
import { dirname, resolve } from 'node:path';
import { CURRENT_MODEL, isModelId, MODEL_IDS } from '../../rules/templates/index.js';
import { compareWith, failures, loadSectioned, parseFailOn } from '../diff/index.js';
import { findConfig, loadConfigFile } from '../lint/config.js';
import { writeAtomically } from '../lint/fix.js';
import { DIFF_FORMATS, formatDiff, isDiffFormat, type DiffFormat } from '../report/diff/index.js';
import { UsageError } from '../types.js';
import { exitTwoOnBadArguments, readStdin, reportErrors } from './lint.js';

interface DiffFlags {
  against?: string;
  format: DiffFormat;
  output?: string;
  strict?: boolean;
  failOn: string[];
  config?: string;
  color: boolean;
  stdinFilename?: string;
}

const formatFlag = (value: string): DiffFormat => {
  if (!isDiffFormat(value)) throw new InvalidArgumentError(`expected one of ${DIFF_FORMATS.join(', ')}.`);
  return value;
};

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** --against, else the config file's `template` (a model id, or a path relative to the config), else the current model. */
function againstFor(file: string, flags: DiffFlags): string {
  if (flags.against) return flags.against;
  const config = flags.config ? loadConfigFile(flags.config) : findConfig(dirname(resolve(file === '-' ? '.' : file)));
  const template = config?.template;
  if (!template) return CURRENT_MODEL;
  if (isModelId(template) || !config?.filePath) return template;
  return resolve(dirname(config.filePath), template);
}

async function runDiff(file: string, flags: DiffFlags): Promise<void> {
  const conditions = parseFailOn(flags.failOn);
  if (file === '-' && !flags.stdinFilename) throw new UsageError('Reading from standard input needs --stdin-filename <name> (for the format).');
  const notice = file === '-'
    ? await loadSectioned(flags.stdinFilename as string, { bytes: await readStdin() })
    : await loadSectioned(file);
  const report = await compareWith(notice, againstFor(file, flags), { strict: flags.strict });
  const color = flags.color && !flags.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const output = formatDiff(report, flags.format, { color });
  if (flags.output) await writeAtomically(flags.output, output);
  else process.stdout.write(output);
  const reasons = failures(report.result, conditions);
  for (const reason of reasons) process.stderr.write(`noticelint: --fail-on: ${reason}\n`);
  if (reasons.length > 0) process.exitCode = 1;
}

export function registerDiff(program: Command): void {
  const command = program
    .command('diff')
    .description('compare a notice with a built-in DfE model (default: the current one) or with another notice')
    .argument('<file>', 'the notice (.md .txt .html .docx .pdf), or - for standard input')
    .option('--against <model|file>', `a model id (${MODEL_IDS.join(', ')}) or another notice file`)
    .addOption(new Option('--format <format>', `output format: ${DIFF_FORMATS.join(', ')}`).default('stylish').argParser(formatFlag))
    .option('--output <file>', 'write the output to a file (atomically) instead of standard output')
    .option('--strict', 'text diff: keep case, punctuation and whitespace differences')
    .option('--fail-on <condition>', 'exit 1 when met: missing-section or lineage-older-than:<model> (repeatable)', collect, [])
    .option('--config <file>', 'config file to read `template` from (turns the search off)')
    .option('--stdin-filename <name>', 'name (and so format) of the notice read from standard input')
    .option('--no-color', 'never colour the output')
    .action(reportErrors(runDiff));
  exitTwoOnBadArguments(command);
}

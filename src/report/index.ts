// The formatter table: `--format <name>` picks one.
import { UsageError, type FileResult } from '../types.js';
import type { FormatContext, Formatter, StreamingFormatter } from './context.js';
import { formatGithub } from './github.js';
import { formatJson, streamJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish, streamStylish } from './stylish.js';

export type { FormatContext, Formatter, StreamingFormatter } from './context.js';

export const formatters = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export function getFormatter(name: string): Formatter {
  if (!Object.hasOwn(formatters, name)) throw new UsageError(`--format: "${name}" is not a format (formats: ${FORMAT_NAMES.join(', ')})`);
  return formatters[name as FormatName];
}

const streaming: Partial<Record<FormatName, (context: FormatContext) => StreamingFormatter>> = { stylish: streamStylish, json: streamJson };

/**
 * The format as a stream: stylish and json write each file as it is linted; the others need
 * every result (SARIF's rule table, JUnit's totals, GitHub's annotation cap), so they keep the
 * results and write at the end.
 */
export function streamFormatter(name: string, context: FormatContext): StreamingFormatter {
  const format = getFormatter(name);
  const stream = streaming[name as FormatName];
  if (stream) return stream(context);
  const results: FileResult[] = [];
  return {
    file(result) {
      results.push(result);
      return '';
    },
    end: () => format(results, context),
  };
}

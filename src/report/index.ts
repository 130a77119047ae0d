// The formatter table: `--format <name>` picks one.
import { UsageError } from '../types.js';
import type { Formatter } from './context.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type { FormatContext, Formatter } from './context.js';

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

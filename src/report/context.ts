// What every formatter receives besides the results.
import { relative, isAbsolute } from 'node:path';
import type { FileResult } from '../types.js';

export interface FormatContext {
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** ANSI colours (only on a TTY, never with --no-color or NO_COLOR). */
  color: boolean;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

/**
 * A formatter that writes each file's part as its result arrives, so a run over thousands of
 * notices never holds them all: `file` for each result in order, then `end` once.
 */
export interface StreamingFormatter {
  file(result: FileResult): string;
  end(): string;
}

/** A result's path as a reader wants it: relative to cwd when inside it, with forward slashes. */
export function displayPath(filePath: string, cwd: string): string {
  const rel = isAbsolute(filePath) ? relative(cwd, filePath) : filePath;
  const shown = rel.startsWith('..') || isAbsolute(rel) ? filePath : rel;
  return shown.split('\\').join('/');
}

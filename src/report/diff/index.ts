// Formatters for `noticelint diff`: stylish (terminal), json (cli.md shape), unified
// (patch-like) and html (a self-contained side-by-side page).
import type { DiffReport } from '../../diff/types.js';
import { formatHtml } from './html.js';
import { formatStylish } from './stylish.js';
import { formatUnified } from './unified.js';

export const DIFF_FORMATS = ['stylish', 'json', 'unified', 'html'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffFormatOptions {
  color: boolean;
}

export function isDiffFormat(value: string): value is DiffFormat {
  return (DIFF_FORMATS as readonly string[]).includes(value);
}

export function formatDiff(report: DiffReport, format: DiffFormat, options: DiffFormatOptions): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report.result, null, 2)}\n`;
    case 'unified':
      return formatUnified(report);
    case 'html':
      return formatHtml(report);
    case 'stylish':
      return formatStylish(report, options.color);
  }
}

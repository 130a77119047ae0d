// The library API (package entry point): the same stages the command line wires together.
export type * from './types.js';
export { NoticeError, UsageError, TOPICS } from './types.js';
export { loadNotice, parseNotice, formatOf, SUPPORTED_EXTENSIONS, type LoadOptions } from './load/index.js';
export { sectionNotice, summarizeSections } from './sections/index.js';
export { lintFile, lintNotice, lintText, type LintOptions, type LintFileResult } from './lint/index.js';
export { formatters, getFormatter, FORMAT_NAMES } from './report/index.js';
export { detectLineage, diffWithModel, diffWithNotice } from './diff/index.js';
export { rules, rulesById } from '../rules/index.js';

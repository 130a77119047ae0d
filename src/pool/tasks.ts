// What a pool worker can do with one file. Shared by the worker threads and the in-process
// path (one job), so both give identical results. Handlers are imported lazily: a lint
// worker never loads the audit code, and vice versa.
import type { LintOptions } from '../lint/index.js';

export type TaskKind = 'lint' | 'audit';

/** Several files per message: posting one small file at a time costs more than linting it. */
export interface TaskBatch {
  kind: TaskKind;
  files: string[];
  options: LintOptions;
}

type FileHandler = (filePath: string, options: LintOptions) => Promise<unknown>;

const handlers: Record<TaskKind, () => Promise<FileHandler>> = {
  lint: async () => (await import('../lint/index.js')).lintFile,
  audit: async () => (await import('../audit/inspect.js')).inspectNotice,
};

export async function runBatch(batch: TaskBatch): Promise<unknown[]> {
  const handle = await handlers[batch.kind]();
  const results: unknown[] = [];
  // Sequential on purpose: the pool already runs one batch per thread.
  for (const filePath of batch.files) results.push(await handle(filePath, batch.options));
  return results;
}

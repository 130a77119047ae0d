// What a pool worker can do with one file. Shared by the worker threads and this thread, so
// both give identical results. Handlers are imported lazily: a lint worker never loads the
// audit code, and vice versa.
import type { LintOptions } from '../lint/index.js';

export type TaskKind = 'lint' | 'audit';

/** Several files per message: posting one small file at a time costs more than linting it. */
export interface TaskBatch {
  kind: TaskKind;
  files: string[];
  options: LintOptions;
}

interface TaskHandler {
  /** Never throws for a bad file: that becomes a fatal result. */
  run(filePath: string, options: LintOptions): Promise<unknown>;
  /** The result for a file whose worker died (out of memory, a native crash). */
  crashed(filePath: string, message: string): unknown;
}

const handlers: Record<TaskKind, () => Promise<TaskHandler>> = {
  lint: async () => {
    const { lintFile, fatalResult } = await import('../lint/index.js');
    return { run: lintFile, crashed: fatalResult };
  },
  audit: async () => {
    const [{ inspectNotice }, { fatalResult }] = await Promise.all([import('../audit/inspect.js'), import('../lint/index.js')]);
    return { run: inspectNotice, crashed: (filePath, message) => ({ result: fatalResult(filePath, message), lineage: null, contexts: [''] }) };
  },
};

export async function runBatch(batch: TaskBatch): Promise<unknown[]> {
  const handler = await handlers[batch.kind]();
  const results: unknown[] = [];
  // Sequential on purpose: the pool already runs one batch per thread.
  for (const filePath of batch.files) results.push(await handler.run(filePath, batch.options));
  return results;
}

export async function crashedResult(kind: TaskKind, filePath: string, error: unknown): Promise<unknown> {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const handler = await handlers[kind]();
  return handler.crashed(filePath, `noticelint stopped while reading ${filePath} (${reason}). Check that the file opens, or lint it on its own.`);
}

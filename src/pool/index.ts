// Lint (or audit) many files on a piscina worker pool. Results come back in input order, and
// `onResult` is called in input order too, so streamed output is the same whatever `jobs` is.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LintFileResult, LintOptions } from '../lint/index.js';
import { crashedResult, runBatch, type TaskBatch, type TaskKind } from './tasks.js';
import { threadCount } from './threads.js';

export type { TaskKind } from './tasks.js';
export { threadCount } from './threads.js';

/** `--jobs` default: every core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));

/** Heap per worker: far above what any notice needs, well below what would sink the machine. */
const WORKER_HEAP_MB = 1024;
/**
 * Young generation per worker, about half of what V8 would give it. A notice's short-lived
 * objects fit many times over, so collections cost no more (measured on 5000 notices), and
 * the batch's peak memory drops by some 25 MB per worker.
 */
const WORKER_YOUNG_MB = 24;

/** Files per batch: enough to amortise messaging, small enough to keep every thread busy. */
function batchSize(fileCount: number, jobs: number): number {
  return Math.max(1, Math.min(16, Math.ceil(fileCount / (jobs * 8))));
}

/** Calls `onResult` strictly in input order, holding back results that finish early. */
function inOrder<R>(onResult: (result: R, index: number) => void): (index: number, result: R) => void {
  const ready = new Map<number, R>();
  let next = 0;
  return (index, result) => {
    ready.set(index, result);
    while (ready.has(next)) {
      const value = ready.get(next) as R;
      ready.delete(next);
      onResult(value, next);
      next++;
    }
  };
}

/** Runs every file and returns all the results, in input order. */
export async function mapOnPool<R>(
  kind: TaskKind,
  files: readonly string[],
  options: LintOptions,
  jobs: number,
  onResult?: (result: R, index: number) => void,
): Promise<R[]> {
  const results: R[] = new Array<R>(files.length);
  await forEachOnPool<R>(kind, files, options, jobs, (result, index) => {
    results[index] = result;
    onResult?.(result, index);
  });
  return results;
}

/**
 * Runs every file and hands each result to `onResult` in input order without keeping it, so
 * memory stays flat however many files there are.
 */
export async function forEachOnPool<R>(
  kind: TaskKind,
  files: readonly string[],
  options: LintOptions,
  jobs: number,
  onResult: (result: R, index: number) => void,
): Promise<void> {
  const deliver = inOrder(onResult);
  const threads = threadCount(files.length, jobs);
  // Running from the TypeScript sources (tests) there is no compiled worker to start, so
  // the files are linted in this thread instead.
  const useWorkers = threads > 1 && existsSync(workerFile);
  const size = useWorkers ? batchSize(files.length, threads) : 1;
  let next = 0;
  const drain = async (run: (batch: TaskBatch) => Promise<unknown[]>): Promise<void> => {
    for (let start = next; start < files.length; start = next) {
      next += size;
      const batchResults = await run({ kind, files: files.slice(start, start + size), options });
      batchResults.forEach((result, offset) => deliver(start + offset, result as R));
    }
  };
  if (!useWorkers) {
    await drain(runBatch);
    return;
  }
  // This thread lints too, so `jobs` threads do the work and one copy fewer of the lint
  // stack sits in memory. Each worker keeps two batches in hand so it never waits for this
  // (busy) thread to hand it the next one.
  // piscina loads only here: a run small enough for one thread never pays for it. It is
  // required, not imported: the shipped command line for short runs is a script run from
  // V8's compile cache (src/cli/launcher.ts), and import() does not work in one.
  const { Piscina } = createRequire(import.meta.url)('piscina') as typeof import('piscina');
  const pool = new Piscina<TaskBatch, unknown[]>({
    filename: workerFile, minThreads: threads - 1, maxThreads: threads - 1,
    // Both of a worker's batches are posted to it at once, so it starts the second as soon as
    // the first is done instead of waiting for this (busy) thread to dispatch it.
    concurrentTasksPerWorker: 2,
    // A pathological file then kills only its worker (piscina starts another), not the run.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  /** A batch whose worker died is retried file by file, so only the culprit is lost. */
  const runIsolated = async (batch: TaskBatch): Promise<unknown[]> => {
    try {
      return await pool.run(batch);
    } catch (error) {
      if (batch.files.length === 1) return [await crashedResult(kind, batch.files[0], error)];
      const isolated: unknown[] = [];
      for (const filePath of batch.files) isolated.push(...(await runIsolated({ ...batch, files: [filePath] })));
      return isolated;
    }
  };
  // Linting never waits on I/O (files are read synchronously), so after each of its own
  // batches this thread gives the event loop a turn: finished worker batches are collected
  // and new ones handed out, instead of the workers sitting idle until this thread is done.
  const runHere = async (batch: TaskBatch): Promise<unknown[]> => {
    const results = await runBatch(batch);
    await new Promise<void>((resolveTurn) => setImmediate(resolveTurn));
    return results;
  };
  try {
    const workers = Array.from({ length: 2 * (threads - 1) }, () => drain(runIsolated));
    await Promise.all([drain(runHere), ...workers]);
  } finally {
    await pool.destroy();
  }
}

/** Lints each file, handing over results in input order without keeping them. */
export function lintEach(files: readonly string[], options: LintOptions, jobs: number, onResult: (result: LintFileResult, index: number) => void): Promise<void> {
  return forEachOnPool<LintFileResult>('lint', files, options, jobs, onResult);
}

export function lintMany(
  files: readonly string[],
  options: LintOptions,
  jobs: number,
  onResult?: (result: LintFileResult, index: number) => void,
): Promise<LintFileResult[]> {
  return mapOnPool<LintFileResult>('lint', files, options, jobs, onResult);
}

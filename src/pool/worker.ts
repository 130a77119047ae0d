// The piscina worker: one batch of files in, their results out (plain data, no trees).
import { runBatch, type TaskBatch } from './tasks.js';

export default function run(batch: TaskBatch): Promise<unknown[]> {
  return runBatch(batch);
}

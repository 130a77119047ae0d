// STUB(G): lint many files on a worker pool. Results come back in input order.
import { lintFile, type LintFileResult, type LintOptions } from '../lint/index.js';

export async function lintMany(
  files: readonly string[],
  options: LintOptions,
  jobs: number,
  onResult?: (result: LintFileResult, index: number) => void,
): Promise<LintFileResult[]> {
  void jobs;
  const results: LintFileResult[] = [];
  for (const [i, f] of files.entries()) {
    const r = await lintFile(f, options);
    onResult?.(r, i);
    results.push(r);
  }
  return results;
}

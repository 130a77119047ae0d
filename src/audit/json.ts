// findings.json: byte for byte what `lint --format json` prints (formatJson), produced one
// notice at a time so thousands of results never become one string.
import type { FileResult } from '../types.js';

export function* jsonChunks(results: readonly FileResult[]): Generator<string> {
  if (results.length === 0) {
    yield '[]\n';
    return;
  }
  // JSON.stringify(array, null, 2) indents each element's lines by two more spaces; string
  // values never hold a raw newline, so re-indenting line by line is exact.
  for (const [index, result] of results.entries()) {
    yield `${index === 0 ? '[\n  ' : ',\n  '}${JSON.stringify(result, null, 2).replace(/\n/g, '\n  ')}`;
  }
  yield '\n]\n';
}

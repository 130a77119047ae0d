// --format json: the documented, schema-checked shape (schema/results.schema.json).
import type { FileResult } from '../types.js';
import type { StreamingFormatter } from './context.js';

/** Writes the array one result at a time: the same text as JSON.stringify(results, null, 2). */
export function streamJson(): StreamingFormatter {
  let count = 0;
  return {
    file(result) {
      // Stringified as the only element of an array, the result comes out indented as an
      // element ("[\n  {…}\n]"): cheaper than re-indenting its text.
      const item = JSON.stringify([result], null, 2).slice(2, -2);
      return `${count++ === 0 ? '[\n' : ',\n'}${item}`;
    },
    end: () => (count === 0 ? '[]\n' : '\n]\n'),
  };
}

export function formatJson(results: readonly FileResult[]): string {
  const stream = streamJson();
  return results.map((result) => stream.file(result)).join('') + stream.end();
}

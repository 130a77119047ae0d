// --format json: the documented, schema-checked shape (schema/results.schema.json).
import type { FileResult } from '../types.js';

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results, null, 2) + '\n';
}

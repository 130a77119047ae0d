// STUB(H): the --cache store (cli.md: keyed on content hash, resolved config, version, rule data, date).
import type { FileResult } from './types.js';

export interface LintCache {
  get(filePath: string, key: string): FileResult | undefined;
  set(filePath: string, key: string, result: FileResult): void;
  save(): Promise<void>;
}

export async function openCache(_location: string): Promise<LintCache> {
  const entries = new Map<string, FileResult>();
  return {
    get: (f, k) => entries.get(f + '\0' + k),
    set: (f, k, r) => void entries.set(f + '\0' + k, r),
    save: async () => {},
  };
}

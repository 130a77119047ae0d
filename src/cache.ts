// --cache: reuse a file's result when nothing that could change it has changed. cli.md: an
// entry is valid only for the same content hash, resolved config, noticelint version, rule
// data and effective date — several rules depend on "today".
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeAtomically } from './lint/fix.js';
import type { FileResult } from './types.js';
import { UsageError } from './types.js';

export interface LintCache {
  get(filePath: string, key: string): FileResult | undefined;
  set(filePath: string, key: string, result: FileResult): void;
  save(): Promise<void>;
}

interface CacheFile {
  format: 'noticelint-cache-1';
  entries: Record<string, { key: string; result: FileResult }>;
}

let ruleDataHash: string | undefined;

/** Set (by scripts/bundle.mjs) in the bundled command line, whose modules all sit in one folder. */
declare const NOTICELINT_BUNDLE: boolean | undefined;

/** Hash of the built rule modules and their data tables: a rule change invalidates the cache. */
export function ruleFingerprint(): string {
  if (ruleDataHash === undefined) {
    const hash = createHash('sha256');
    // Compiled by tsc, the rules sit in dist/rules; bundled, they are inside the bundle's files.
    const bundled = typeof NOTICELINT_BUNDLE !== 'undefined' && NOTICELINT_BUNDLE;
    const rulesDir = fileURLToPath(new URL(bundled ? './' : '../rules/', import.meta.url));
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.c?[jt]s$/.test(entry.name)) hash.update(entry.name).update(readFileSync(path));
      }
    };
    walk(rulesDir);
    ruleDataHash = hash.digest('hex');
  }
  return ruleDataHash;
}

export interface CacheKeyParts {
  content: Uint8Array;
  /** The resolved config for this file (any JSON-serialisable value). */
  config: unknown;
  version: string;
  date: string;
}

export function cacheKey(parts: CacheKeyParts): string {
  return createHash('sha256')
    .update(parts.content)
    .update('\0' + JSON.stringify(parts.config ?? null))
    .update('\0' + parts.version + '\0' + parts.date + '\0' + ruleFingerprint())
    .digest('hex');
}

/** Opens (or starts) the cache at `location`; an unreadable or foreign file is treated as empty. */
export async function openCache(location: string): Promise<LintCache> {
  let entries: CacheFile['entries'] = {};
  try {
    const parsed = JSON.parse(await readFile(location, 'utf8')) as Partial<CacheFile>;
    if (parsed.format === 'noticelint-cache-1' && parsed.entries && typeof parsed.entries === 'object') entries = parsed.entries;
  } catch {
    // missing or corrupt: start afresh; the cache only ever saves work
  }
  let dirty = false;
  return {
    get: (filePath, key) => (entries[filePath]?.key === key ? entries[filePath].result : undefined),
    set: (filePath, key, result) => {
      entries[filePath] = { key, result };
      dirty = true;
    },
    save: async () => {
      if (!dirty) return;
      const body: CacheFile = { format: 'noticelint-cache-1', entries };
      try {
        await mkdir(dirname(location), { recursive: true });
        await writeAtomically(location, JSON.stringify(body));
      } catch (error) {
        throw new UsageError(`--cache-location: cannot write ${location} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      dirty = false;
    },
  };
}

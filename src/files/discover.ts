// Which files a lint run covers: named files as given, folders walked for notice extensions,
// globs expanded. node_modules and .git are never entered; config `ignore` globs are applied
// through the `isIgnored` callback (the config is the lint stage's business, not this one's).
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

export const NOTICE_EXTENSIONS = ['md', 'markdown', 'txt', 'html', 'htm', 'docx', 'pdf'] as const;
const NOTICE_FILE = new RegExp(`\\.(${NOTICE_EXTENSIONS.join('|')})$`, 'i');
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface DiscoverOptions {
  cwd: string;
  /** True for a found file (absolute path) that the config's `ignore` excludes. */
  isIgnored?: (absolutePath: string) => boolean;
}

export interface Discovered {
  /** Files to lint, relative to cwd when inside it, in argument order, without duplicates. */
  files: string[];
  /** Arguments that name nothing: no such file, or a folder/glob with no notice in it. */
  missing: string[];
}

/** The glob library, loaded on first use: a lint of named files never needs it. */
const globbing = () => import('tinyglobby');

function kindOf(path: string): 'file' | 'directory' | null {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/** A path for display: relative to cwd when inside it. */
function shown(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}

async function expand(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await globbing();
  const found = await glob(pattern, { cwd, absolute: true, dot: false, onlyFiles: true, caseSensitiveMatch: false, ignore: ALWAYS_IGNORED, expandDirectories: false });
  return found.filter((f) => NOTICE_FILE.test(f)).sort();
}

export async function discoverFiles(args: readonly string[], options: DiscoverOptions): Promise<Discovered> {
  const { cwd, isIgnored = () => false } = options;
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (absolute: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push(shown(absolute, cwd));
  };
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    const kind = kindOf(absolute);
    // A file named explicitly is always linted (an unknown extension then gets a clear fatal).
    if (kind === 'file') {
      add(absolute);
      continue;
    }
    const { escapePath, isDynamicPattern } = await globbing();
    const pattern = kind === 'directory' ? `${escapePath(absolute.split('\\').join('/'))}/**/*` : isDynamicPattern(arg) ? arg : null;
    const matches = pattern === null ? [] : (await expand(pattern, cwd)).filter((f) => !isIgnored(f));
    if (matches.length === 0) missing.push(arg);
    for (const match of matches) add(match);
  }
  return { files, missing };
}

// Writing the report folder so that it is never half-written and never replaces a folder the
// user owns: build it in a temporary folder beside --out, then swap it in (old renamed aside,
// new renamed in, old removed). Only a folder holding our marker file may be replaced.
import { lstat, mkdir, mkdtemp, open, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../types.js';

/** Present in every report folder noticelint wrote; its absence protects the user's folders. */
export const REPORT_MARKER = '.noticelint-report';

type OutState = 'absent' | 'empty' | 'report';

/** Why --out may not be used, or what is there now. Checked before linting and again before the swap. */
export async function checkOutDir(outDir: string): Promise<OutState> {
  const stats = await lstat(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new UsageError(`Cannot use --out ${outDir}: ${error.message}`);
  });
  if (!stats) return 'absent';
  if (!stats.isDirectory()) throw new UsageError(`--out ${outDir} is not a folder; give a new or empty folder for the report`);
  const names = await readdir(outDir);
  if (names.length === 0) return 'empty';
  if (names.includes(REPORT_MARKER)) return 'report';
  throw new UsageError(`--out ${outDir} is not empty and is not a noticelint report (no ${REPORT_MARKER} file), so it will not be replaced; give a new or empty folder`);
}

/** Temporary folders of a write in progress, removed if the process is interrupted. */
const inProgress = new Set<string>();

export function pendingReportFolders(): readonly string[] {
  return [...inProgress];
}

/** Writes chunks as they are produced, in writes of about a megabyte. */
async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= 1 << 20) {
        await handle.write(pending);
        pending = '';
      }
    }
    await handle.write(pending);
  } finally {
    await handle.close();
  }
}

/**
 * `files`: name → its content as chunks, produced while writing, so a 5000-notice report is
 * never one string in memory.
 */
export async function writeReportFolder(outDir: string, files: Readonly<Record<string, () => Iterable<string>>>, marker: string): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(target)}.tmp-`));
  inProgress.add(staging);
  try {
    for (const [name, render] of Object.entries(files)) await writeChunks(join(staging, name), render());
    await writeFile(join(staging, REPORT_MARKER), marker);
    const state = await checkOutDir(target);
    if (state === 'empty') await rmdir(target);
    if (state === 'report') {
      const aside = staging.replace(/\.tmp-([^/\\]+)$/, '.old-$1');
      await rename(target, aside);
      try {
        await rename(staging, target);
      } catch (error) {
        await rename(aside, target); // put the previous report back
        throw error;
      }
      await rm(aside, { recursive: true, force: true });
    } else {
      await rename(staging, target);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error instanceof UsageError ? error : new UsageError(`Could not write the report to ${outDir}: ${(error as Error).message}`);
  } finally {
    inProgress.delete(staging);
  }
}

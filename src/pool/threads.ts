// How many threads a run of files gets: shared by the pool and by the launcher, which starts
// a run too small for a second thread from its compile cache (src/cli/launcher.ts).

/**
 * Starting a worker means loading the whole lint stack again (hundreds of ms); a thread pays
 * for itself only with this many small notices to share out.
 */
export const MIN_FILES_PER_THREAD = 16;

/** Worker threads worth starting for `fileCount` files; 1 means lint in this thread. */
export function threadCount(fileCount: number, jobs: number): number {
  return Math.max(1, Math.min(Math.floor(jobs) || 1, Math.floor(fileCount / MIN_FILES_PER_THREAD)));
}

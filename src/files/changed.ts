// --changed-since: the files git reports as changed since a ref (committed, staged or not,
// plus new untracked files), so CI and hooks lint only what a change touched.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from '../types.js';

const run = promisify(execFile);

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim().split('\n')[0];
    throw new UsageError(`--changed-since: git ${args[0]} failed: ${stderr || (error as Error).message}`);
  }
}

/** Absolute paths of files added, copied, modified or renamed since `ref`, and untracked files. */
export async function changedFilesSince(ref: string, cwd: string): Promise<Set<string>> {
  if (ref.startsWith('-')) throw new UsageError(`--changed-since: "${ref}" is not a git ref`);
  const top = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).catch(() => {
    throw new UsageError(`--changed-since: unknown git ref "${ref}"`);
  });
  const changed = await git(['diff', '--name-only', '-z', '--diff-filter=ACMR', ref, '--'], top);
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z'], top);
  const files = new Set<string>();
  for (const name of (changed + untracked).split('\0')) if (name) files.add(resolve(top, name));
  return files;
}

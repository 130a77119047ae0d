// --fix: apply the safe fixes rules offer, ESLint style (one pass; a fix overlapping an
// earlier one is skipped), and write the file back exactly as it was stored — same encoding,
// same line endings (the decoded text keeps them) — through a temporary file and a rename, so it is never half-written.
import { rename, stat, unlink, writeFile, chmod } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Fix, LintMessage } from '../types.js';

export interface FixOutcome {
  output: string;
  /** Messages whose fix was applied. */
  fixed: LintMessage[];
}

/** Applies the non-overlapping fixes in order of position. */
export function applyFixes(text: string, messages: readonly LintMessage[]): FixOutcome {
  const withFix = messages.filter((m): m is LintMessage & { fix: Fix } => m.fix !== undefined).sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  const parts: string[] = [];
  const fixed: LintMessage[] = [];
  let cursor = 0;
  for (const message of withFix) {
    const [start, end] = message.fix.range;
    if (start < cursor || end < start || end > text.length) continue;
    parts.push(text.slice(cursor, start), message.fix.text);
    cursor = end;
    fixed.push(message);
  }
  parts.push(text.slice(cursor));
  return { output: parts.join(''), fixed };
}

/** Writes `bytes` to `filePath` via a temporary file in the same folder and a rename. */
export async function writeAtomically(filePath: string, bytes: Uint8Array | string): Promise<void> {
  // The global Web Crypto, loaded when first used: importing node:crypto would slow every start.
  const temp = join(dirname(filePath), `.${basename(filePath)}.${crypto.randomUUID().slice(0, 12)}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    const mode = await stat(filePath).then((s) => s.mode, () => undefined);
    if (mode !== undefined) await chmod(temp, mode & 0o7777);
    await rename(temp, filePath);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

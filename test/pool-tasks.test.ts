// What a file gets when its worker thread dies: one fatal, one-line result in the shape of
// the task's normal results, so the batch (and the audit) goes on.
import { describe, expect, it } from 'vitest';
import { crashedResult } from '../src/pool/tasks.js';

describe('crashedResult', () => {
  it('gives lint a fatal FileResult naming the file and the reason on one line', async () => {
    const result = await crashedResult('lint', 'notices/huge.pdf', new Error('Worker terminated due to reaching memory limit: JS heap out of memory\n    at Worker'));
    expect(result).toMatchObject({ filePath: 'notices/huge.pdf', fatal: true, score: null, errorCount: 1, messages: [{ ruleId: null, fatal: true, severity: 'error' }] });
    const { message } = (result as { messages: { message: string }[] }).messages[0];
    expect(message).toContain('notices/huge.pdf');
    expect(message).toContain('reaching memory limit');
    expect(message).not.toContain('\n');
  });

  it('gives the audit an entry wrapping the same fatal result', async () => {
    const entry = await crashedResult('audit', 'notices/huge.pdf', 'worker exited');
    expect(entry).toMatchObject({ result: { filePath: 'notices/huge.pdf', fatal: true }, lineage: null, contexts: [''] });
  });
});

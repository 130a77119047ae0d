// `noticelint lint - --stdin-filename <name>` through the real CLI: the name decides the
// format, and the result matches linting the same file from disk. Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../src/types.js';
import { CLI as cli } from './helpers/cli.js';

const formats = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));

function lint(args: string[], input?: Uint8Array): { status: number | null; stderr: string; results: FileResult[] } {
  const child = spawnSync(process.execPath, [cli, 'lint', ...args, '--format', 'json', '--date', '2026-11-24'], { cwd: formats, input, timeout: 120_000 });
  return { status: child.status, stderr: child.stderr.toString(), results: JSON.parse(child.stdout.toString() || '[]') as FileResult[] };
}

const summary = (result: FileResult): unknown => ({
  format: result.format,
  sections: result.sections.map((s) => [s.heading, s.topic, s.line]),
  messages: result.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column]),
});

describe('reading a notice from standard input', () => {
  it.each(['notice.md', 'notice.docx'])('%s piped in gives the same result as the file', (name) => {
    const fromDisk = lint([name]);
    const fromStdin = lint(['-', '--stdin-filename', name], readFileSync(`${formats}${name}`));
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.results).toHaveLength(1);
    expect(fromStdin.results[0].filePath).toBe(name);
    expect(fromStdin.results[0].fatal).toBe(false);
    expect(summary(fromStdin.results[0])).toEqual(summary(fromDisk.results[0]));
  });

  it('uses the --stdin-filename extension to pick the format', () => {
    const html = '<html><body><nav>Home</nav><main><h1>Privacy notice</h1><p>Riverside Academy Trust is the data controller.</p></main></body></html>';
    const { results } = lint(['-', '--stdin-filename', 'page.html'], Buffer.from(html));
    expect(results[0].format).toBe('html');
    expect(results[0].sections.map((s) => s.heading)).toEqual(['Privacy notice']);
  });

  it('gives a fatal result, exit 2, for empty input', () => {
    const { status, results } = lint(['-', '--stdin-filename', 'notice.md'], Buffer.alloc(0));
    expect(status).toBe(2);
    expect(results[0].fatal).toBe(true);
    expect(results[0].messages[0].message).toMatch(/empty/);
  });
});

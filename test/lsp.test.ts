// The language server end to end: a real JSON-RPC client talks to `noticelint lsp --stdio`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from './helpers/cli.js';


const OLD_LAW = '# Privacy notice\n\nOakfield Primary School looks after pupil data under the Data Protection Act 1998.\n';

interface Session {
  server: ChildProcess;
  rpc: MessageConnection;
  /** What the server asked the client to register (client/registerCapability). */
  registrations: { method: string; registerOptions?: unknown }[];
  /** Resolves with the next diagnostics published for `uri`. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams>;
}

function startServer(): Session {
  const server = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const waiting = new Map<string, ((p: PublishDiagnosticsParams) => void)[]>();
  const registrations: Session['registrations'] = [];
  rpc.onRequest('client/registerCapability', (params: { registrations: Session['registrations'] }) => {
    registrations.push(...params.registrations);
    return null;
  });
  rpc.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const queue = waiting.get(params.uri);
    queue?.shift()?.(params);
  });
  rpc.listen();
  return {
    server,
    rpc,
    registrations,
    nextDiagnostics: (uri) => new Promise((resolve) => waiting.set(uri, [...(waiting.get(uri) ?? []), resolve])),
  };
}

/** Applies LSP text edits (non-overlapping) to `text`, as an editor would. */
function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), edits);
}

describe.skipIf(!existsSync(CLI))('noticelint lsp --stdio', () => {
  let session: Session;
  let folder: string;
  const uriOf = (name: string): string => pathToFileURL(join(folder, name)).href;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'noticelint-lsp-'));
    // Only dpa-1998 is on, so every diagnostic below comes from it (the config is found from the document's path).
    writeFileSync(join(folder, 'noticelint.config.json'), JSON.stringify({ rules: { 'dpa-1998': 'error', 'outdated-law': 'off' } }));
    session = startServer();
    const init = (await session.rpc.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, initializationOptions: { date: '2026-11-24' } })) as { capabilities: { codeActionProvider?: unknown } };
    expect(init.capabilities.codeActionProvider).toBeTruthy();
    await session.rpc.sendNotification('initialized', {});
  });

  afterAll(async () => {
    await session.rpc.sendRequest('shutdown');
    const exited = new Promise((resolve) => session.server.on('exit', resolve));
    await session.rpc.sendNotification('exit');
    await exited;
    session.rpc.dispose();
  });

  it('publishes diagnostics on open, offers the fix as a code action, and re-lints on change', async () => {
    const uri = uriOf('oakfield.md');
    const opened = session.nextDiagnostics(uri);
    await session.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: OLD_LAW } });
    const { diagnostics } = await opened;
    const dpa = diagnostics.filter((d) => d.code === 'dpa-1998');
    expect(dpa).toHaveLength(1);
    const [diagnostic] = dpa;
    expect(diagnostic.source).toBe('noticelint');
    expect(diagnostic.severity).toBe(1); // Error
    expect(diagnostic.codeDescription?.href).toMatch(/docs\/rules\/dpa-1998\.md$/);
    // Line 3 of the notice is LSP line 2; the range covers the words that cite the old Act.
    expect(diagnostic.range.start.line).toBe(2);
    const flagged = OLD_LAW.split('\n')[2].slice(diagnostic.range.start.character, diagnostic.range.end.character);
    expect(flagged).toContain('1998');

    const actions = (await session.rpc.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    const quickFix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    expect(quickFix?.diagnostics?.[0].code).toBe('dpa-1998');
    const fixed = applyEdits(OLD_LAW, quickFix!.edit!.changes![uri]);
    expect(fixed).not.toContain('1998');
    expect(fixed).toContain('Data Protection Act 2018');
    expect(fixed.startsWith('# Privacy notice\n\nOakfield Primary School looks after pupil data under ')).toBe(true);

    const changed = session.nextDiagnostics(uri);
    await session.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await changed;
    expect(after.version).toBe(2);
    expect(after.diagnostics.filter((d: Diagnostic) => d.code === 'dpa-1998')).toEqual([]);

    // An incremental change that brings the old Act back is flagged again, on the new line.
    const again = session.nextDiagnostics(uri);
    await session.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Under the Data Protection Act 1998.\n\n' }] });
    const reflagged = (await again).diagnostics.filter((d: Diagnostic) => d.code === 'dpa-1998');
    expect(reflagged.map((d) => d.range.start.line)).toEqual([0]);
  });

  it('offers no code actions for a document it has not linted', async () => {
    const uri = uriOf('riverside.md');
    const opened = session.nextDiagnostics(uri);
    await session.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: OLD_LAW } });
    const [diagnostic] = (await opened).diagnostics;
    const actions = (await session.rpc.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf('never-opened.md') }, range: diagnostic.range, context: { diagnostics: [] } })) as CodeAction[];
    expect(actions).toEqual([]);
  });

  it('reports a broken config as one diagnostic instead of crashing', async () => {
    const sub = join(folder, 'broken');
    mkdirSync(sub);
    writeFileSync(join(sub, 'noticelint.config.json'), JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
    const uri = pathToFileURL(join(sub, 'notice.md')).href;
    const opened = session.nextDiagnostics(uri);
    await session.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: OLD_LAW } });
    const { diagnostics } = await opened;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].message).toMatch(/no-such-rule.*is not a noticelint rule/);
  });

  it('places HTML findings on the flagged words in the markup', async () => {
    const uri = uriOf('notice.html');
    const html = '<html><body><h1>Privacy notice</h1>\n<p>Riverside Academy Trust follows the Data Protection Act 1998.</p></body></html>\n';
    const opened = session.nextDiagnostics(uri);
    await session.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'html', version: 1, text: html } });
    const [diagnostic] = (await opened).diagnostics.filter((d) => d.code === 'dpa-1998');
    const line = html.split('\n')[diagnostic.range.start.line];
    expect(line.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toContain('1998');
  });

  it('lints an unsaved buffer by its language, and leaves other files alone', async () => {
    const untitled = 'untitled:Untitled-1';
    const opened = session.nextDiagnostics(untitled);
    const script = uriOf('site.js');
    const scriptDiagnostics = session.nextDiagnostics(script);
    await session.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: script, languageId: 'javascript', version: 1, text: '// Data Protection Act 1998\n' } });
    await session.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'markdown', version: 1, text: OLD_LAW } });
    expect((await opened).diagnostics.some((d) => d.code === 'dpa-1998')).toBe(true);
    // The buffer was opened after the script, so anything for the script would have come first.
    expect(await Promise.race([scriptDiagnostics.then(() => 'published'), Promise.resolve('none')])).toBe('none');
  });

  it('re-lints open notices with the new config when a config file changes on disk', async () => {
    // The server asked to be told about config files…
    const watch = session.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    expect(JSON.stringify(watch?.registerOptions)).toContain('noticelint.config.json');
    const sub = join(folder, 'reconfigured');
    mkdirSync(sub);
    const config = join(sub, 'noticelint.config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'dpa-1998': 'error' } }));
    const uri = pathToFileURL(join(sub, 'notice.md')).href;
    const opened = session.nextDiagnostics(uri);
    await session.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: OLD_LAW } });
    expect((await opened).diagnostics.filter((d) => d.code === 'dpa-1998')).toHaveLength(1);

    writeFileSync(config, JSON.stringify({ rules: { 'dpa-1998': 'off' } }));
    const relinted = session.nextDiagnostics(uri);
    await session.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    expect((await relinted).diagnostics.filter((d) => d.code === 'dpa-1998')).toEqual([]);
  });
});

describe.skipIf(!existsSync(CLI))('noticelint lsp lifetime', () => {
  it('exits when the client closes the pipe without saying exit', async () => {
    const server = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    server.stdin!.end();
    expect(await exited).toBe(1);
  });
});

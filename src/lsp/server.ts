// `noticelint lsp --stdio`: a language server publishing diagnostics for notice buffers on open
// and change, and offering rule fixes and suggestions as code actions. Lints in memory.
import { createConnection, DidChangeWatchedFilesNotification, StreamMessageReader, StreamMessageWriter, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clearConfigCache, SEARCH_PLACES } from '../lint/config.js';
import { codeActionsFor, isNoticeDocument, lintDocument, type LintedDocument } from './lint-document.js';

export interface ServerSettings {
  /** "today" for time-based rules (YYYY-MM-DD); default: the real date, read at each lint. */
  date?: string;
}

const isConfigFile = (uri: string): boolean => SEARCH_PLACES.some((name) => uri.endsWith(`/${name}`));

function readSettings(initializationOptions: unknown): ServerSettings {
  const date = (initializationOptions as { date?: unknown } | null | undefined)?.date;
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {};
}

/** Wires the handlers onto `connection` and starts listening. */
export function serve(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, LintedDocument>();
  const pending = new Map<string, NodeJS.Immediate>();
  let settings: ServerSettings = {};
  let canWatchFiles = false;

  const lintNow = (document: TextDocument): void => {
    pending.delete(document.uri);
    const result = lintDocument(document, { date: settings.date ?? new Date().toISOString().slice(0, 10) });
    linted.set(document.uri, result);
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: result.diagnostics });
  };
  // Several changes arriving together (fast typing) cost one lint, of the latest text.
  const schedule = (document: TextDocument): void => {
    if (!isNoticeDocument(document) || pending.has(document.uri)) return;
    pending.set(document.uri, setImmediate(() => {
      const latest = documents.get(document.uri);
      if (latest) lintNow(latest);
    }));
  };
  const relintAll = (): void => {
    clearConfigCache();
    for (const document of documents.all()) schedule(document);
  };

  connection.onInitialize((params) => {
    settings = readSettings(params.initializationOptions);
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll'] },
      },
      serverInfo: { name: 'noticelint' },
    };
  });
  // Ask the editor to tell us when a config file changes, so open notices follow it.
  connection.onInitialized(() => {
    if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/{${SEARCH_PLACES.join(',')}}` }] });
  });
  documents.onDidOpen(({ document }) => schedule(document));
  documents.onDidChangeContent(({ document }) => schedule(document));
  documents.onDidSave(({ document }) => {
    if (isConfigFile(document.uri)) relintAll();
  });
  documents.onDidClose(({ document }) => {
    clearImmediate(pending.get(document.uri));
    pending.delete(document.uri);
    linted.delete(document.uri);
    if (isNoticeDocument(document)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (changes.some((c) => isConfigFile(c.uri))) relintAll();
  });
  connection.onCodeAction(({ textDocument, range }) => {
    const document = documents.get(textDocument.uri);
    const result = linted.get(textDocument.uri);
    // Actions computed for an older version of the text would edit the wrong place.
    if (!document || !result || result.version !== document.version) return [];
    return codeActionsFor(document, result, range);
  });

  documents.listen(connection);
  connection.listen();
}

/** Runs the server over standard input/output until the client says exit. */
export function serveStdio(): void {
  // stdout carries the protocol: anything a library prints must go to stderr instead.
  console.log = console.info = (...args: unknown[]) => console.error(...args);
  serve(createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout)));
  // The client is gone (crashed or closed the pipe without "exit"): do not linger.
  process.stdin.on('end', () => process.exit(1));
}

// Lints an editor buffer in memory (no disk reads besides the config lookup) and turns the
// findings into LSP diagnostics and code actions. Pure functions: the server wires them up.
import { fileURLToPath } from 'node:url';
import { basename, dirname } from 'node:path';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { CodeActionKind, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rulesById } from '../../rules/index.js';
import { convertHtml } from '../load/convert.js';
import { formatOf, parseNotice } from '../load/index.js';
import { quote } from '../checks/text.js';
import { applyFixes } from '../lint/fix.js';
import { describeError, lintNotice, type LintOptions } from '../lint/index.js';
import { DOCS_BASE } from '../report/sarif.js';
import { sectionNotice } from '../sections/index.js';
import type { Fix, LintMessage, LoadedNotice, Severity } from '../types.js';
import { UsageError } from '../types.js';

/** What the editor may lint: the text formats (.docx/.pdf are not edited as text). */
const EDITABLE_FORMATS = new Set(['markdown', 'text', 'html']);

export interface LintedDocument {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
  /** Messages with a fix or suggestions, beside the diagnostic shown for each. */
  fixable: { message: LintMessage; diagnostic: Diagnostic }[];
}

/** Extension for an unsaved buffer, from the editor's language id. */
const EXTENSION_BY_LANGUAGE: Readonly<Record<string, string>> = { markdown: 'md', plaintext: 'txt', html: 'html' };

/**
 * The file path a document stands for: the real path for file: URIs; for unsaved buffers
 * (untitled:…) their name, given the extension of their language when it has none.
 */
export function documentPath(document: Pick<TextDocument, 'uri' | 'languageId'>): { filePath: string; onDisk: boolean } {
  if (document.uri.startsWith('file:')) return { filePath: fileURLToPath(document.uri), onDisk: true };
  const name = basename(new URL(document.uri).pathname) || 'untitled';
  const extension = EXTENSION_BY_LANGUAGE[document.languageId];
  return { filePath: formatOf(name) || !extension ? name : `${name}.${extension}`, onDisk: false };
}

/** Whether the server should lint this document at all (by its extension or language). */
export function isNoticeDocument(document: Pick<TextDocument, 'uri' | 'languageId'>): boolean {
  const format = formatOf(documentPath(document).filePath);
  return format !== null && EDITABLE_FORMATS.has(format);
}

function loadBuffer(text: string, filePath: string): LoadedNotice {
  const format = formatOf(filePath);
  if (format === 'html') return { filePath, format, ...convertHtml(text) };
  return parseNotice(text, format === 'text' ? 'text' : 'markdown', filePath);
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** 1-based, end-exclusive line/column (UTF-16) → a 0-based LSP range (also UTF-16). */
function messageRange(m: LintMessage): Range {
  const start = { line: m.line - 1, character: m.column - 1 };
  return { start, end: { line: (m.endLine ?? m.line) - 1, character: (m.endColumn ?? m.column) - 1 } };
}

/** Text between two 1-based line/column positions of `text`. */
function textBetween(text: string, m: LintMessage): string {
  const lines = text.split(/\r\n|\r|\n/);
  const offset = (line: number, column: number): number => lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
  const joined = lines.join('\n');
  return joined.slice(offset(m.line, m.column), offset(m.endLine ?? m.line, m.endColumn ?? m.column));
}

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * HTML findings point into the text extracted from the page, not into the markup being edited:
 * place each one on the first occurrence of its flagged words in the source, or at the top.
 */
function htmlRange(document: TextDocument, extracted: string, m: LintMessage): Range {
  const flagged = textBetween(extracted, m).trim();
  const at = flagged ? document.getText().indexOf(flagged) : -1;
  if (at < 0) return TOP;
  return { start: document.positionAt(at), end: document.positionAt(at + flagged.length) };
}

function toDiagnostic(m: LintMessage, range: Range): Diagnostic {
  const diagnostic: Diagnostic = { range, severity: SEVERITY[m.severity], source: 'noticelint', message: m.message };
  if (m.ruleId) {
    diagnostic.code = m.ruleId;
    if (rulesById.has(m.ruleId)) diagnostic.codeDescription = { href: `${DOCS_BASE}${m.ruleId}.md` };
  }
  return diagnostic;
}

/** Lints the document as the file its URI names; a config or lint failure is one diagnostic at the top. */
export function lintDocument(document: TextDocument, options: Omit<LintOptions, 'cwd'>): LintedDocument {
  const { filePath, onDisk } = documentPath(document);
  const linted: LintedDocument = { uri: document.uri, version: document.version, diagnostics: [], fixable: [] };
  try {
    const notice = sectionNotice(loadBuffer(document.getText(), filePath));
    const result = lintNotice(notice, { ...options, cwd: onDisk ? dirname(filePath) : process.cwd(), ...(onDisk ? {} : { noConfig: true }) });
    const sourceIsText = notice.format !== 'html';
    for (const m of result.messages) {
      const diagnostic = toDiagnostic(m, sourceIsText ? messageRange(m) : htmlRange(document, notice.text, m));
      linted.diagnostics.push(diagnostic);
      // Fix ranges are offsets in the decoded text, which is the buffer itself only for .md/.txt.
      if (sourceIsText && (m.fix || m.suggestions?.length)) linted.fixable.push({ message: m, diagnostic });
    }
  } catch (error) {
    // A bad config or an unexpected failure must not take the server (and every open file) down.
    const message = error instanceof UsageError ? error.message : describeError(filePath, error);
    linted.diagnostics.push({ range: TOP, severity: DiagnosticSeverity.Error, source: 'noticelint', message });
  }
  return linted;
}

function edit(document: TextDocument, fix: Fix): TextEdit {
  return { range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text };
}

const overlaps = (a: Range, b: Range): boolean =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character) || b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

/** Quick fixes (each fix and suggestion) for findings touching `range`, plus "fix all" when there are safe fixes. */
export function codeActionsFor(document: TextDocument, linted: LintedDocument, range: Range): CodeAction[] {
  const actions: CodeAction[] = [];
  const single = (title: string, fix: Fix, diagnostic: Diagnostic, isPreferred: boolean): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred,
    edit: { changes: { [document.uri]: [edit(document, fix)] } },
  });
  for (const { message, diagnostic } of linted.fixable) {
    if (!overlaps(diagnostic.range, range)) continue;
    if (message.fix) actions.push(single(`Fix: ${message.fix.text ? `write "${quote(message.fix.text)}"` : 'remove it'} (${message.ruleId})`, message.fix, diagnostic, true));
    for (const suggestion of message.suggestions ?? []) actions.push(single(`${suggestion.desc} (${message.ruleId})`, suggestion.fix, diagnostic, false));
  }
  const withFix = linted.fixable.map((f) => f.message).filter((m) => m.fix);
  if (withFix.length > 0) {
    const text = document.getText();
    const { output } = applyFixes(text, withFix);
    const whole = { start: document.positionAt(0), end: document.positionAt(text.length) };
    actions.push({ title: 'Fix all safe noticelint problems', kind: CodeActionKind.SourceFixAll, edit: { changes: { [document.uri]: [{ range: whole, newText: output }] } } });
  }
  return actions;
}

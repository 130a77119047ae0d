// Stage 1: read a notice from disk (or given bytes), decode it and parse it to mdast with
// positions into the decoded text. Every problem with the input becomes one NoticeError line.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { LoadedNotice, NoticeFormat } from '../types.js';
import { NoticeError } from '../types.js';
import { decodeBytes, dominantLineEnding } from './decode.js';
import { parseMarkdown } from './markdown.js';
import { parsePlainText } from './text.js';

export { decodeBytes, encodeText, dominantLineEnding } from './decode.js';

export interface LoadOptions {
  /** Bytes; default 20 MB. */
  maxFileSize?: number;
  /** Read these bytes instead of the file (stdin); `filePath` then only names the format. */
  bytes?: Uint8Array;
}

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

const FORMAT_BY_EXTENSION: Readonly<Record<string, NoticeFormat>> = {
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION).map((ext) => `.${ext}`);

export function formatOf(filePath: string): NoticeFormat | null {
  const name = basename(filePath).toLowerCase();
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  return FORMAT_BY_EXTENSION[name.slice(dot + 1)] ?? null;
}

/** Parse already-decoded text of a .md or .txt notice (also used for stdin and editors). */
export function parseNotice(text: string, format: NoticeFormat, filePath: string): LoadedNotice {
  const tree = format === 'markdown' ? parseMarkdown(text) : parsePlainText(text);
  return { filePath, format, text, tree, encoding: 'utf-8', eol: dominantLineEnding(text) };
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function tooLarge(filePath: string, size: number, limit: number): NoticeError {
  return new NoticeError(`${filePath} is ${megabytes(size)}, over the ${megabytes(limit)} limit: check it is the right file, or raise "maxFileSize" in the config.`);
}

/**
 * Synchronous on purpose: notices are small, and a batch of them read through the async
 * thread pool left a linting thread idle for a tenth of its time.
 */
function readBytes(filePath: string, limit: number): Uint8Array {
  try {
    const info = statSync(filePath);
    if (info.isDirectory()) throw new NoticeError(`${filePath} is a folder, not a notice file.`);
    if (info.size > limit) throw tooLarge(filePath, info.size, limit);
    return readFileSync(filePath);
  } catch (error) {
    if (error instanceof NoticeError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NoticeError(`${filePath} does not exist: check the path and try again.`);
    if (code === 'EACCES' || code === 'EPERM') throw new NoticeError(`${filePath} cannot be read (permission denied): check the file's permissions.`);
    throw new NoticeError(`${filePath} cannot be read (${code ?? (error as Error).message}).`);
  }
}

/** Read, decode and parse one notice. Throws NoticeError (one line) for bad input. */
export async function loadNotice(filePath: string, options: LoadOptions = {}): Promise<LoadedNotice> {
  const format = formatOf(filePath);
  if (!format) {
    throw new NoticeError(`${filePath}: unsupported file type; noticelint reads ${SUPPORTED_EXTENSIONS.join(' ')} files.`);
  }
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (options.bytes && options.bytes.length > limit) throw tooLarge(filePath, options.bytes.length, limit);
  const bytes = options.bytes ?? readBytes(filePath, limit);
  if (bytes.length === 0) throw emptyNotice(filePath);

  if (format === 'html' || format === 'docx' || format === 'pdf') {
    // Converters (rehype, mammoth, pdf.js) load only when such a file is read.
    const { convertDocument } = await import('./convert.js');
    const converted = await convertDocument(bytes, format, { maxFileSize: limit });
    if (converted.text.trim() === '') throw emptyNotice(filePath);
    const loaded: LoadedNotice = { filePath, format, text: converted.text, tree: converted.tree };
    if (converted.pageStarts) loaded.pageStarts = converted.pageStarts;
    return loaded;
  }

  const decoded = decodeBytes(bytes, filePath);
  if (!/[^\s\u00a0\ufeff]/.test(decoded.text)) throw emptyNotice(filePath);
  const loaded = parseNotice(decoded.text, format, filePath);
  return { ...loaded, encoding: decoded.encoding, eol: decoded.eol };
}

function emptyNotice(filePath: string): NoticeError {
  return new NoticeError(`${filePath} is empty: there is no notice text to check.`);
}

// STUB(A): minimal loader so other stages can be built; the foundation work replaces it.
import { readFile } from 'node:fs/promises';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { LoadedNotice, NoticeFormat } from '../types.js';
import { NoticeError } from '../types.js';

export interface LoadOptions {
  /** Bytes; default 20 MB. */
  maxFileSize?: number;
  /** Read these bytes instead of the file (stdin); `filePath` then only names the format. */
  bytes?: Uint8Array;
}

export function formatOf(filePath: string): NoticeFormat | null {
  const ext = filePath.toLowerCase().split('.').pop();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt') return 'text';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'docx') return 'docx';
  if (ext === 'pdf') return 'pdf';
  return null;
}

export function parseNotice(text: string, format: NoticeFormat, filePath: string): LoadedNotice {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  return { filePath, format, text, tree, encoding: 'utf-8', eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

export async function loadNotice(filePath: string, options: LoadOptions = {}): Promise<LoadedNotice> {
  const format = formatOf(filePath);
  if (!format) throw new NoticeError(`Unknown file type "${filePath}"`);
  const bytes = options.bytes ?? (await readFile(filePath));
  return parseNotice(Buffer.from(bytes).toString('utf8'), format, filePath);
}

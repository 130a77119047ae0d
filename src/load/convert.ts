// STUB(F): .html/.docx/.pdf conversion. The formats work replaces this file.
import type { Root } from 'mdast';
import { NoticeError } from '../types.js';

export interface ConvertedDocument {
  text: string;
  tree: Root;
  pageStarts?: number[];
}

export async function convertDocument(_bytes: Uint8Array, format: 'html' | 'docx' | 'pdf', _options: { maxFileSize?: number } = {}): Promise<ConvertedDocument> {
  throw new NoticeError(`Reading .${format} notices is not supported yet.`);
}

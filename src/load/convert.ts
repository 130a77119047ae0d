// .html, .docx and .pdf → extracted text (Markdown) + mdast. HTML is converted in-process;
// .docx and .pdf run in a worker thread with a memory cap and a time limit, and a .docx is
// checked as a zip (entry count, bytes actually inflated) before mammoth sees it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import { NoticeError } from '../types.js';
import { blocksToText } from './convert-markdown.js';
import type { ConvertJob, ConvertReply } from './convert-worker.js';
import { decodeHtml, htmlPageToBlocks } from './html.js';
import { DEFAULT_MAX_FILE_SIZE } from './index.js';
import { parseMarkdown } from './markdown.js';

export interface ConvertedDocument {
  text: string;
  tree: Root;
  pageStarts?: number[];
}

export interface ConvertOptions {
  /** Bytes; a .docx may inflate to at most 5× this. Default 20 MB. */
  maxFileSize?: number;
  /** Time limit for one .docx/.pdf conversion. Default 30 s. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const INFLATION_FACTOR = 5;
/** A Word document has a few dozen parts; thousands means something else. */
const MAX_ZIP_ENTRIES = 5000;
const WORKER_MEMORY_MB = 512;

export async function convertDocument(bytes: Uint8Array, format: 'html' | 'docx' | 'pdf', options: ConvertOptions = {}): Promise<ConvertedDocument> {
  if (format === 'html') return convertHtml(decodeHtml(bytes));
  const converted = await convertInWorker(bytes, format, options);
  return { text: converted.text, tree: parseMarkdown(converted.text), ...(converted.pageStarts ? { pageStarts: converted.pageStarts } : {}) };
}

/** A page's decoded HTML → the notice's text and tree, synchronously (the language server lints each edit). */
export function convertHtml(html: string): ConvertedDocument {
  const { text } = blocksToText(htmlPageToBlocks(html));
  return { text, tree: parseMarkdown(text) };
}

function convertInWorker(bytes: Uint8Array, format: 'docx' | 'pdf', options: ConvertOptions): Promise<{ text: string; pageStarts?: number[] }> {
  const job: ConvertJob = { format, bytes, maxEntries: MAX_ZIP_ENTRIES, maxInflatedBytes: INFLATION_FACTOR * (options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE) };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB }, stdout: true, stderr: true });
    // pdfjs and mammoth may print warnings; they must never reach the linter's own output.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new NoticeError(`Converting this .${format} took too long (over ${timeoutMs / 1000} s) and was stopped; save a simpler copy of the notice and lint that.`))), timeoutMs);
    worker.on('message', (reply: ConvertReply) => settle(() => (reply.ok ? resolve(reply) : reject(new NoticeError(reply.message)))));
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() => reject(new NoticeError(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `Converting this .${format} ran out of memory (over ${WORKER_MEMORY_MB} MB) and was stopped; save a simpler copy of the notice and lint that.` : `This .${format} could not be converted (${error.message.split('\n')[0]}).`))),
    );
    worker.on('exit', () => settle(() => reject(new NoticeError(`This .${format} could not be converted (the converter stopped unexpectedly).`))));
  });
}

/**
 * The compiled worker beside this module; when this module runs from TypeScript sources
 * (vitest), the built copy in dist/ (so tests that convert .docx/.pdf need `npm run build`).
 */
function workerUrl(): URL {
  const beside = new URL('./convert-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  return new URL('../../dist/src/load/convert-worker.js', import.meta.url);
}

// Runs one .docx/.pdf conversion inside a worker thread, so a hostile or pathological file
// can only exhaust this thread's memory limit and time budget, never the linter's.
import { parentPort, workerData } from 'node:worker_threads';
import { NoticeError } from '../types.js';
import { blocksToText } from './convert-markdown.js';
import { docxToBlocks } from './docx.js';
import { pdfToBlocks } from './pdf.js';

export interface ConvertJob {
  format: 'docx' | 'pdf';
  bytes: Uint8Array;
  maxEntries: number;
  maxInflatedBytes: number;
}

export type ConvertReply = { ok: true; text: string; pageStarts?: number[] } | { ok: false; message: string };

async function convert(job: ConvertJob): Promise<ConvertReply> {
  if (job.format === 'docx') {
    const { text } = blocksToText(await docxToBlocks(job.bytes, job));
    return { ok: true, text };
  }
  const { blocks, blockPages, pageCount } = await pdfToBlocks(job.bytes);
  const { text, blockStarts } = blocksToText(blocks);
  const pageStarts: number[] = [];
  for (let page = 1; page <= pageCount; page++) {
    const first = blockPages.findIndex((blockPage) => blockPage >= page);
    pageStarts.push(first === -1 ? text.length : blockStarts[first]);
  }
  return { ok: true, text, pageStarts };
}

async function reply(job: ConvertJob): Promise<ConvertReply> {
  try {
    return await convert(job);
  } catch (error) {
    if (error instanceof NoticeError) return { ok: false, message: error.message };
    const detail = (error as Error)?.message?.split('\n')[0] ?? String(error);
    return { ok: false, message: `This .${job.format} could not be converted (${detail}); save it again from the program that made it.` };
  }
}

parentPort?.postMessage(await reply(workerData as ConvertJob));

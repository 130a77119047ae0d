// Runs one .docx/.pdf conversion inside a worker thread, so a hostile or pathological file
// can only exhaust this thread's memory limit and time budget, never the linter's.
import { parentPort, workerData } from 'node:worker_threads';
import { NoticeError } from '../types.js';
import { blocksToText } from './convert-markdown.js';
import { docxToBlocks } from './docx.js';
import { pdfToBlocks, type PageMark, type PdfBlocks } from './pdf.js';

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
  const { blocks, marks, pageCount } = await pdfToBlocks(job.bytes);
  const { text, blockStarts } = blocksToText(blocks);
  return { ok: true, text, pageStarts: pageStarts(text, blockStarts, blocks, marks, pageCount) };
}

/**
 * Offset at which each page's text begins. A page that begins inside a block (a sentence
 * carried over) is found by searching for its first words within that block; a page with
 * no text of its own starts where the next one does.
 */
function pageStarts(text: string, blockStarts: number[], blocks: PdfBlocks['blocks'], marks: PageMark[], pageCount: number): number[] {
  const starts: number[] = new Array<number>(pageCount).fill(-1);
  for (const mark of marks) {
    const index = blocks.indexOf(mark.block!);
    const blockStart = blockStarts[index];
    const blockEnd = blockStarts[index + 1] ?? text.length;
    const found = mark.probe === null ? -1 : text.indexOf(mark.probe, blockStart);
    starts[mark.page - 1] = found >= 0 && found < blockEnd ? found : blockStart;
  }
  starts[0] = 0;
  for (let page = pageCount - 1; page >= 0; page--) if (starts[page] < 0) starts[page] = starts[page + 1] ?? text.length;
  return starts;
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

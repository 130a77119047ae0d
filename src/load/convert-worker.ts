// Runs one .docx/.pdf conversion inside a worker thread, so a hostile or pathological file
// can only exhaust this thread's memory limit and time budget, never the linter's.
import { parentPort, workerData } from 'node:worker_threads';
import { NoticeError } from '../types.js';
import { docxToText } from './docx.js';
import { pdfToText } from './pdf.js';

export interface ConvertJob {
  format: 'docx' | 'pdf';
  bytes: Uint8Array;
  maxEntries: number;
  maxInflatedBytes: number;
}

export type ConvertReply = { ok: true; text: string; pageStarts?: number[] } | { ok: false; message: string };

async function convert(job: ConvertJob): Promise<ConvertReply> {
  return { ok: true, ...(job.format === 'docx' ? await docxToText(job.bytes, job) : await pdfToText(job.bytes)) };
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

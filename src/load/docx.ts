// .docx notices: checked as a zip first (zip-guard), then mammoth turns Word's styles into
// HTML (Heading n → hn, numbered/bulleted paragraphs → lists, tables → tables), which goes
// through the same HTML → mdast path as web pages.
import mammoth from 'mammoth';
import type { RootContent } from 'mdast';
import { NoticeError } from '../types.js';
import { blocksToText } from './convert-markdown.js';
import { htmlFragmentToBlocks } from './html.js';
import { checkZip, corruptDocx, type ZipLimits } from './zip-guard.js';

const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/** Images are never read: they carry no notice text and can be large. */
const skipImages = mammoth.images.imgElement(async () => ({ src: '' }));

/** The extracted text (Markdown) of a Word document. */
export async function docxToText(bytes: Uint8Array, limits: ZipLimits): Promise<{ text: string }> {
  return { text: blocksToText(await docxToBlocks(bytes, limits)).text };
}

async function docxToBlocks(bytes: Uint8Array, limits: ZipLimits): Promise<RootContent[]> {
  const { entryNames } = await checkZip(bytes, limits);
  if (!entryNames.includes('word/document.xml')) {
    throw new NoticeError('This file is a zip archive but not a Word document (no word/document.xml); save the notice from Word as .docx.');
  }
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap, convertImage: skipImages, externalFileAccess: false }));
  } catch {
    throw corruptDocx();
  }
  return htmlFragmentToBlocks(html);
}

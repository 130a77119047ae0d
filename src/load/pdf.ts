// .pdf notices: pdfjs gives positioned runs of text; rebuild lines from their baselines, read
// two-column pages column by column, drop running headers/footers and page numbers, recover
// headings from font size/weight, join hyphenated line breaks, and emit mdast blocks.
import type { Heading, List, RootContent } from 'mdast';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { NoticeError } from '../types.js';
import { blocksToText, paragraph } from './convert-markdown.js';
import { layoutLines, stripMarker, type PdfLine, type PdfRun } from './pdf-layout.js';

interface PdfBlocks {
  blocks: RootContent[];
  /** Where each page's text begins: at the start of a block, or inside it (a sentence carried over). */
  marks: PageMark[];
  pageCount: number;
}

interface PageMark {
  /** 1-based. */
  page: number;
  /** The block the page begins in (null only while the block is being built). */
  block: RootContent | null;
  /** Null: the page begins where the block does; else the start of the page's first line. */
  probe: string | null;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

const PASSWORD = 'This PDF is password-protected; save an unprotected copy (or export the notice again without a password) and lint that.';
const CORRUPT = 'This PDF is corrupt or truncated and cannot be read; export it again from the original document.';
const NO_TEXT = 'This PDF has no text layer (it is scanned images); the notice needs OCR before it can be checked.';
const BOLD_FONT = /bold|black|heavy|semibold|demi/i;

/** The extracted text (Markdown) and the offset at which each page begins in it. */
export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; pageStarts: number[] }> {
  const { blocks, marks, pageCount } = await pdfToBlocks(bytes);
  const { text, blockStarts } = blocksToText(blocks);
  return { text, pageStarts: pageStarts(text, blockStarts, blocks, marks, pageCount) };
}

async function pdfToBlocks(bytes: Uint8Array): Promise<PdfBlocks> {
  const pages = await readRuns(bytes);
  if (!pages.some((runs) => runs.some((run) => run.text.trim() !== ''))) throw new NoticeError(NO_TEXT);
  return { ...linesToBlocks(layoutLines(pages)), pageCount: pages.length };
}

/**
 * Offset at which each page's text begins. A page that begins inside a block (a sentence
 * carried over) is found by searching for its first words within that block; a page with
 * no text of its own starts where the next one does.
 */
function pageStarts(text: string, blockStarts: number[], blocks: RootContent[], marks: PageMark[], pageCount: number): number[] {
  const starts = new Array<number>(pageCount).fill(-1);
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

async function readRuns(bytes: Uint8Array): Promise<PdfRun[][]> {
  // pdfjs wants a plain Uint8Array (not a Buffer) and detaches it, so hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    throw new NoticeError((error as Error).name === 'PasswordException' ? PASSWORD : CORRUPT);
  }
  try {
    const pages: PdfRun[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      // Font names (and so bold) are only known once the page's operators are loaded; a
      // page with no text (a scan) is not worth that cost.
      if (content.items.length > 0) await page.getOperatorList();
      const width = page.view[2] - page.view[0];
      const height = page.view[3] - page.view[1];
      const runs: PdfRun[] = [];
      for (const item of content.items as TextItemLike[]) {
        if (typeof item.str !== 'string' || item.str === '') continue;
        const [, , c, d, x, y] = item.transform;
        const font = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as { name?: string }).name ?? '' : '';
        runs.push({ text: item.str, x, y, width: item.width, size: Math.hypot(c, d), bold: BOLD_FONT.test(font), page: number, pageWidth: width, pageHeight: height });
      }
      pages.push(runs);
      page.cleanup();
    }
    return pages;
  } catch (error) {
    if (error instanceof NoticeError) throw error;
    throw new NoticeError(CORRUPT);
  } finally {
    await task.destroy();
  }
}

/** Lines → headings, paragraphs and lists; a sentence carries on over a page turn. */
function linesToBlocks(lines: readonly PdfLine[]): Omit<PdfBlocks, 'pageCount'> {
  const blocks: RootContent[] = [];
  const marks: PageMark[] = [];
  let list: List | null = null;
  let listMarks: PageMark[] = [];
  let open: OpenBlock | null = null;
  const emit = (block: RootContent, blockMarks: PageMark[]): void => {
    blocks.push(block);
    marks.push(...blockMarks);
  };
  const closeList = (): void => {
    if (list) emit(list, listMarks);
    list = null;
  };
  const flush = (): void => {
    if (!open) return;
    const { line, marks: openMarks } = open;
    open = null;
    line.text = line.text.replace(/\u00ad/g, '');
    if (line.kind === 'heading' || line.kind === 'text') {
      closeList();
      const block: RootContent = line.kind === 'heading' ? { type: 'heading', depth: line.depth as Heading['depth'], children: [{ type: 'text', value: line.text }] } : paragraph(line.text);
      emit(block, openMarks.map((mark) => ({ ...mark, block })));
      return;
    }
    const ordered = line.kind === 'number';
    const item = stripMarker(line.text);
    if (!list || list.ordered !== ordered) {
      closeList();
      list = { type: 'list', ordered, start: item.start, spread: false, children: [] };
      listMarks = [];
    }
    const block = list;
    const firstItem = list.children.length === 0;
    listMarks.push(...openMarks.map((mark) => ({ ...mark, block, probe: mark.probe ?? (firstItem ? null : item.text.slice(0, PROBE_LENGTH)) })));
    list.children.push({ type: 'listItem', spread: false, children: [paragraph(item.text)] });
  };
  let page = 0;
  for (const line of lines) {
    const turn = line.page !== page;
    page = line.page;
    if (open && (turn ? continuesOverPage(open.line, line) : !line.breakBefore && continues(open.line, line))) {
      open.line.text = joinLines(open.line.text, line.text);
      if (turn) open.marks.push({ page, block: null, probe: line.text.slice(0, PROBE_LENGTH) });
      continue;
    }
    flush();
    open = { line: { ...line }, marks: turn ? [{ page, block: null, probe: null }] : [] };
  }
  flush();
  closeList();
  return { blocks, marks };
}

/** Part of a page's first line, to find where the page begins inside a block. */
const PROBE_LENGTH = 24;

interface OpenBlock {
  line: PdfLine;
  /** Pages whose text begins in this block. */
  marks: PageMark[];
}

/** A wrapped heading, a paragraph's next line, or a list item's indented next line. */
function continues(open: PdfLine, line: PdfLine): boolean {
  if (open.kind === 'heading') return line.kind === 'heading' && line.depth === open.depth;
  if (line.kind !== 'text') return false;
  return open.kind === 'text' || line.x > open.x + 1;
}

/** A paragraph whose sentence is unfinished at the foot of a page goes on over the page. */
function continuesOverPage(open: PdfLine, line: PdfLine): boolean {
  if (open.kind !== 'text' || line.kind !== 'text' || /[.!?:]["'’”)]?$/.test(open.text)) return false;
  return /^\p{Ll}/u.test(line.text) || /[,;]$|\p{L}-$/u.test(open.text);
}

/** Join a wrapped line, undoing a hyphenated break ("regul-" + "ation", or a soft hyphen). */
function joinLines(before: string, after: string): string {
  if (before.endsWith('\u00ad') || (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after))) return before.slice(0, -1) + after;
  return `${before} ${after}`;
}

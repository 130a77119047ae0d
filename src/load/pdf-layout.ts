// Page layout for PDF text: positioned runs → lines in reading order, with running
// headers/footers and page numbers removed and each line classified (heading level from
// font size/weight, bullet or numbered item, or text). Pure functions, no pdfjs.
import { MAX_BOLD_HEADING_LENGTH } from './convert-markdown.js';

export interface PdfRun {
  text: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
  /** 1-based. */
  page: number;
  pageWidth: number;
  pageHeight: number;
}

export interface PdfLine {
  text: string;
  page: number;
  x: number;
  kind: 'heading' | 'bullet' | 'number' | 'text';
  /** Heading depth (1–6); 0 for other lines. */
  depth: number;
  /** Cannot continue the previous line's block (paragraph gap, new column or page). */
  breakBefore: boolean;
}

interface Fragment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  bold: boolean;
  page: number;
  /** First line of the right-hand column. */
  columnStart?: boolean;
}

const BULLET = /^[•●▪■◦‣∙·○\-–*]\s+/;
const NUMBERED = /^(\d{1,2})[.)]\s+/;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$/i;
/** A gap wider than this (in font sizes) inside a row separates two fragments (columns, cells). */
const FRAGMENT_GAP = 1.2;
/** Baseline distance (in font sizes) beyond which a new paragraph starts. */
const PARAGRAPH_GAP = 1.5;
/** Larger than body text by this factor = a heading. */
const HEADING_SCALE = 1.15;
const MAX_HEADING_LENGTH = 120;

function bulletOf(text: string): 'bullet' | 'number' | null {
  if (BULLET.test(text)) return 'bullet';
  if (NUMBERED.test(text)) return 'number';
  return null;
}

export function stripMarker(text: string): { text: string; start: number | null } {
  const numbered = NUMBERED.exec(text);
  if (numbered) return { text: text.slice(numbered[0].length), start: Number(numbered[1]) };
  return { text: text.replace(BULLET, ''), start: null };
}

export function layoutLines(pages: readonly PdfRun[][]): PdfLine[] {
  const kept = withoutRunningLines(pages.map(fragmentsOf), pages.map((runs) => runs[0]?.pageHeight ?? 0));
  const all = kept.flatMap((fragments, index) => readingOrder(fragments, pages[index][0]?.pageWidth ?? 0));
  const body = bodySize(all);
  const depthOf = headingDepths(all, body);
  const lines: PdfLine[] = [];
  let previous: Fragment | null = null;
  for (const fragment of all) {
    const depth = depthOf(fragment);
    const gap = previous ? previous.y - fragment.y : 0;
    const breakBefore = !previous || previous.page !== fragment.page || fragment.columnStart === true || gap < 0 || gap > PARAGRAPH_GAP * Math.max(previous.size, fragment.size);
    lines.push({ text: fragment.text, page: fragment.page, x: fragment.x0, kind: depth > 0 ? 'heading' : bulletOf(fragment.text) ?? 'text', depth, breakBefore });
    previous = fragment;
  }
  return lines;
}

/** Runs → rows by baseline → fragments split at wide gaps. */
function fragmentsOf(runs: readonly PdfRun[]): Fragment[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfRun[][] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - run.y) <= 0.3 * Math.max(row[0].size, run.size)) row.push(run);
    else rows.push([run]);
  }
  const fragments: Fragment[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: Fragment | null = null;
    for (const run of row) {
      // NFKC splits ligatures (ﬁ → fi); control characters are font-encoding debris.
      const text = run.text.normalize('NFKC').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
      const gap = current ? run.x - current.x1 : 0;
      if (current && gap <= FRAGMENT_GAP * run.size) {
        const needsSpace = gap > 0.15 * run.size && !/\s$/.test(current.text) && !/^\s/.test(text);
        current.text += (needsSpace ? ' ' : '') + text;
        current.x1 = Math.max(current.x1, run.x + run.width);
        current.size = Math.max(current.size, run.size);
        current.bold &&= run.bold || text.trim() === '';
      } else {
        current = { text, x0: run.x, x1: run.x + run.width, y: row[0].y, size: run.size, bold: run.bold, page: run.page };
        fragments.push(current);
      }
    }
  }
  return fragments
    .map((fragment) => ({ ...fragment, text: fragment.text.replace(/\s+/g, ' ').trim() }))
    .filter((fragment) => fragment.text !== '');
}

/**
 * Top to bottom, unless the page has two columns: a vertical gutter that almost no
 * fragment crosses, with text on both sides at the same heights. Then full-width lines
 * above the columns, the left column, the right column, and full-width lines below.
 */
function readingOrder(fragments: Fragment[], pageWidth: number): Fragment[] {
  const byPosition = (a: Fragment, b: Fragment): number => b.y - a.y || a.x0 - b.x0;
  const gutter = findGutter(fragments, pageWidth);
  if (gutter === null) return [...fragments].sort(byPosition);
  const left = fragments.filter((f) => f.x1 <= gutter).sort(byPosition);
  const right = fragments.filter((f) => f.x0 >= gutter).sort(byPosition);
  const spanning = fragments.filter((f) => f.x0 < gutter && f.x1 > gutter).sort(byPosition);
  const columnsTop = Math.max(left[0].y, right[0].y);
  right[0] = { ...right[0], columnStart: true };
  return [...spanning.filter((f) => f.y > columnsTop), ...left, ...right, ...spanning.filter((f) => f.y <= columnsTop)];
}

function findGutter(fragments: Fragment[], pageWidth: number): number | null {
  if (fragments.length < 8 || !(pageWidth > 0)) return null;
  let best: { x: number; crossing: number } | null = null;
  for (let x = pageWidth * 0.3; x <= pageWidth * 0.7; x += pageWidth / 100) {
    const left = fragments.filter((f) => f.x1 <= x);
    const right = fragments.filter((f) => f.x0 >= x);
    const crossing = fragments.length - left.length - right.length;
    if (left.length < 4 || right.length < 4 || crossing > Math.max(2, fragments.length * 0.1)) continue;
    if (!overlapsVertically(left, right) || !fillsColumn(left) || !fillsColumn(right)) continue;
    if (!best || crossing < best.crossing || (crossing === best.crossing && Math.abs(x - pageWidth / 2) < Math.abs(best.x - pageWidth / 2))) best = { x, crossing };
  }
  return best?.x ?? null;
}

/**
 * Wrapped prose fills its column: most lines run most of its width. A two-column table of
 * short labels and values does not, and must keep its rows together.
 */
function fillsColumn(column: Fragment[]): boolean {
  const from = column.reduce((low, f) => Math.min(low, f.x0), Infinity);
  const to = column.reduce((high, f) => Math.max(high, f.x1), -Infinity);
  return column.filter((f) => f.x1 - f.x0 >= 0.7 * (to - from)).length >= column.length / 2;
}

function overlapsVertically(a: Fragment[], b: Fragment[]): boolean {
  const span = (column: Fragment[]): [number, number] => column.reduce<[number, number]>(([low, high], f) => [Math.min(low, f.y), Math.max(high, f.y)], [Infinity, -Infinity]);
  const [aLow, aHigh] = span(a);
  const [bLow, bHigh] = span(b);
  const overlap = Math.min(aHigh, bHigh) - Math.max(aLow, bLow);
  return overlap > 0.5 * Math.min(aHigh - aLow, bHigh - bLow);
}

/**
 * Drop page numbers and lines repeated at the top or bottom of most pages (running
 * headers/footers). Only the two outermost lines at each end of a page are candidates.
 */
function withoutRunningLines(pages: Fragment[][], heights: number[]): Fragment[][] {
  const key = (f: Fragment): string => f.text.toLowerCase().replace(/\d+/g, '#');
  const edges = pages.map((fragments, index) => {
    const byY = [...fragments].sort((a, b) => b.y - a.y);
    const margin = heights[index] * 0.15;
    const outer = [...byY.slice(0, 2), ...byY.slice(-2)].filter((f) => f.y > heights[index] - margin || f.y < margin);
    return new Set(outer);
  });
  const pagesWith = new Map<string, number>();
  for (const edge of edges) for (const k of new Set([...edge].map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  const repeatedOn = Math.max(2, Math.ceil(pages.length * 0.6));
  return pages.map((fragments, index) =>
    fragments.filter((f) => !edges[index].has(f) || !(PAGE_NUMBER.test(f.text) || (pagesWith.get(key(f)) ?? 0) >= repeatedOn)),
  );
}

const roundSize = (size: number): number => Math.round(size * 2) / 2;

/** The font size most characters are set in. */
function bodySize(fragments: readonly Fragment[]): number {
  const chars = new Map<number, number>();
  for (const f of fragments) chars.set(roundSize(f.size), (chars.get(roundSize(f.size)) ?? 0) + f.text.length);
  let body = 0;
  let most = -1;
  for (const [size, count] of chars) if (count > most) [body, most] = [size, count];
  return body;
}

/**
 * Larger sizes rank as levels 1, 2, …; short bold lines at body size (numbered ones too:
 * "3. Sharing") come one level below.
 */
function headingDepths(fragments: readonly Fragment[], body: number): (fragment: Fragment) => number {
  const looksLikeHeading = (f: Fragment): boolean => f.text.length <= MAX_HEADING_LENGTH && /\p{L}/u.test(f.text) && !PAGE_NUMBER.test(f.text);
  const isLarge = (f: Fragment): boolean => roundSize(f.size) >= body * HEADING_SCALE && looksLikeHeading(f);
  const sizes = [...new Set(fragments.filter(isLarge).map((f) => roundSize(f.size)))].sort((a, b) => b - a);
  return (f) => {
    if (isLarge(f)) return Math.min(6, sizes.indexOf(roundSize(f.size)) + 1);
    const boldHeading = f.bold && roundSize(f.size) >= body && looksLikeHeading(f) && f.text.length <= MAX_BOLD_HEADING_LENGTH && !/[.,;]$/.test(f.text) && bulletOf(f.text) !== 'bullet';
    return boldHeading ? Math.min(6, sizes.length + 1) : 0;
  };
}

// .html/.htm notices: keep only the notice itself (the page's main content, without site
// chrome or cookie banners) and turn it into mdast blocks. Mammoth's .docx output comes
// through here too, as a fragment with no chrome to strip.
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import iconv from 'iconv-lite';
import type { RootContent } from 'mdast';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { matches, select, selectAll } from 'hast-util-select';
import { toMdast } from 'hast-util-to-mdast';
import { tidyBlocks } from './convert-markdown.js';

/** Never part of the notice, wherever they are (a tab widget's hidden panels are: a reader opens them). */
const ALWAYS_DROPPED = 'script, style, noscript, template, iframe, svg, nav, [role=navigation], [hidden]:not([role=tabpanel]), [aria-hidden=true]:not([role=tabpanel])';
/** Site chrome around the content; only dropped when the page has no main/article region. */
const CHROME = 'header, footer, aside, [role=banner], [role=contentinfo], [role=complementary]';
/**
 * Cookie/consent banners by class or id. Bare "consent" is not enough: a notice's own
 * section may well be `<section id="consent">`.
 */
const COOKIE_BANNER = /cookie[-_ ]?(?:law|bar|banner|notice|consent|popup|pop-up|modal|dialog|box|overlay|wrapper|container|window|message|policy-bar)|consent[-_ ]?(?:banner|bar|popup|modal|dialog|manager|overlay|sdk|box|window)|gdpr[-_ ]?(?:banner|bar|popup|modal|cookie)|cookiebot|onetrust|cc[-_]window/i;

function parseHtml(html: string): HastRoot {
  return unified().use(rehypeParse).parse(html);
}

/** A whole web page: find the notice in it. */
export function htmlPageToBlocks(html: string): RootContent[] {
  const page = parseHtml(html);
  const region = noticeRegion(page);
  removeMatching(region, (element) => isDropped(element, region.chromeSelector));
  return hastToBlocks(region.root);
}

/** A fragment with no site chrome (mammoth's output for a .docx). */
export function htmlFragmentToBlocks(html: string): RootContent[] {
  const fragment = unified().use(rehypeParse, { fragment: true }).parse(html);
  return hastToBlocks(fragment);
}

interface Region {
  root: HastRoot;
  /** What else to strip inside the region. */
  chromeSelector: string;
}

function noticeRegion(page: HastRoot): Region {
  const main = [select('main', page), select('[role=main]', page), largest(selectAll('article', page))].find((element) => element && hasText(element));
  if (main) return { root: { type: 'root', children: [main] }, chromeSelector: ALWAYS_DROPPED };
  const body = select('body', page);
  return { root: { type: 'root', children: body ? body.children : page.children }, chromeSelector: `${ALWAYS_DROPPED}, ${CHROME}` };
}

function largest(elements: Element[]): Element | undefined {
  let best: Element | undefined;
  let bestLength = -1;
  for (const element of elements) {
    const length = textOf(element).length;
    if (length > bestLength) [best, bestLength] = [element, length];
  }
  return best;
}

/** An empty <main> (content filled in by script) is no region at all. */
function hasText(element: Element): boolean {
  return textOf(element).trim() !== '';
}

function textOf(node: HastContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** An element's class names as one string. */
function classesOf(element: Element): string {
  const { className } = element.properties;
  return Array.isArray(className) ? className.join(' ') : String(className ?? '');
}

function isDropped(element: Element, selector: string): boolean {
  if (matches(selector, element)) return true;
  const { id } = element.properties;
  return COOKIE_BANNER.test(`${typeof id === 'string' ? id : ''} ${classesOf(element)}`);
}

function removeMatching(region: Region, drop: (element: Element) => boolean): void {
  const prune = (children: HastContent[]): HastContent[] =>
    children.filter((child) => {
      if (child.type !== 'element') return true;
      if (drop(child)) return false;
      child.children = prune(child.children) as Element['children'];
      return true;
    });
  region.root.children = prune(region.root.children);
}

/** Cell content that a data table never holds (headings, a table of its own, a long text): a table with it lays out the page. */
const BLOCK_CONTENT = 'h1, h2, h3, h4, h5, h6, table';
const LONG_CELL = 400;

function isLayoutTable(table: Element): boolean {
  return selectAll('td, th', table).some((cell) => select(BLOCK_CONTENT, cell) !== undefined || textOf(cell).length > LONG_CELL);
}

/**
 * Older school sites (and some CMS themes) hold the whole page in a <table>: its cells are
 * the page's columns, not data. Such a table is replaced by its cells' content in reading
 * order, so headings and paragraphs inside stay headings and paragraphs.
 */
function unwrapLayoutTables(children: HastContent[]): HastContent[] {
  return children.flatMap((child): HastContent[] => {
    if (child.type !== 'element') return [child];
    if (child.tagName === 'table' && isLayoutTable(child)) {
      return unwrapLayoutTables(ownCells(child).map((cell): HastContent => ({ type: 'element', tagName: 'div', properties: {}, children: cell.children })));
    }
    child.children = unwrapLayoutTables(child.children) as Element['children'];
    return [child];
  });
}

/** The table's own cells, row by row (not those of tables nested in them). */
function ownCells(table: Element): Element[] {
  const elements = (parent: Element): Element[] => parent.children.filter((c): c is Element => c.type === 'element');
  const rows = elements(table).flatMap((part) => (part.tagName === 'tr' ? [part] : ['thead', 'tbody', 'tfoot'].includes(part.tagName) ? elements(part).filter((r) => r.tagName === 'tr') : []));
  return rows.flatMap((row) => elements(row).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th'));
}

/** The title of a collapsible panel: `<summary>` or an accordion's title button or link. */
const ACCORDION_TITLE = /accordion[-_]?(?:title|header|heading|toggle|button|trigger)|collapse[-_]?(?:title|header|toggle)/i;

/**
 * Pages that fold each section into a panel ("click a heading to open it") mark the section
 * titles as <summary> or accordion buttons, not headings; they become headings (h3).
 */
function promotePanelTitles(children: HastContent[]): void {
  for (const child of children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'summary' || (['button', 'a', 'div', 'span', 'p'].includes(child.tagName) && ACCORDION_TITLE.test(classesOf(child)))) child.tagName = 'h3';
    else promotePanelTitles(child.children);
  }
}

const isBreak = (node: HastContent): boolean => node.type === 'element' && node.tagName === 'br';
const isBlank = (node: HastContent): boolean => node.type === 'text' && node.value.trim() === '';
const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul']);

/**
 * Site builders that separate paragraphs with <br><br> instead of <p> put a whole section in
 * one block; each run of two or more line breaks there starts a new paragraph, as a reader sees it.
 */
function splitOnDoubleBreaks(children: HastContent[]): HastContent[] {
  return children.flatMap((child): HastContent[] => {
    if (child.type !== 'element') return [child];
    child.children = splitOnDoubleBreaks(child.children) as Element['children'];
    const inline = child.children.every((c) => c.type !== 'element' || !BLOCK_TAGS.has(c.tagName));
    if (!inline || !['div', 'p', 'section', 'td', 'article', 'main', 'body'].includes(child.tagName)) return [child];
    const paragraphs: HastContent[][] = [[]];
    let gap: HastContent[] = []; // line breaks and blank text since the last content
    for (const node of [...child.children, null]) {
      if (node !== null && (isBreak(node) || isBlank(node))) {
        gap.push(node);
        continue;
      }
      if (gap.filter(isBreak).length >= 2) paragraphs.push([]);
      else paragraphs[paragraphs.length - 1].push(...gap);
      gap = [];
      if (node !== null) paragraphs[paragraphs.length - 1].push(node);
    }
    if (paragraphs.length === 1) return [child];
    const blocks = paragraphs.filter((p) => p.some((n) => !isBlank(n))).map((p): HastContent => ({ type: 'element', tagName: 'p', properties: {}, children: p as Element['children'] }));
    // A <p> split in two becomes two <p>s; any other block keeps its tag around them.
    return child.tagName === 'p' ? blocks : [{ ...child, children: blocks as Element['children'] }];
  });
}

/** `font-weight: bold` (or 600–900) set by a style attribute, as site builders and Word paste write bold. */
const BOLD_STYLE = /(?:^|;)\s*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;

/** Styled bold spans become <strong>, so a bold-only line reads as a heading like one marked up with <b>. */
function strongFromStyles(children: HastContent[]): void {
  for (const child of children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'span' && BOLD_STYLE.test(String(child.properties.style ?? ''))) child.tagName = 'strong';
    strongFromStyles(child.children);
  }
}

function hastToBlocks(root: HastRoot): RootContent[] {
  root.children = splitOnDoubleBreaks(unwrapLayoutTables(root.children)) as HastRoot['children'];
  promotePanelTitles(root.children);
  strongFromStyles(root.children);
  const tree = toMdast(root);
  return tidyBlocks(tree.type === 'root' ? tree.children : [tree as RootContent]);
}

/** Decode HTML bytes: BOM, then a declared charset, then UTF-8 if valid, else Windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return iconv.decode(buffer, 'utf-8');
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return iconv.decode(buffer, 'utf-16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return iconv.decode(buffer, 'utf-16be');
  const declared = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{1,40})/i.exec(buffer.subarray(0, 2048).toString('latin1'))?.[1]?.toLowerCase();
  // Pages that declare ISO-8859-1 are Windows-1252 in practice (the HTML standard says so too).
  if (declared && declared !== 'utf-8' && iconv.encodingExists(declared)) return iconv.decode(buffer, /^(iso-8859-1|latin1|us-ascii)$/.test(declared) ? 'windows-1252' : declared);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return iconv.decode(buffer, 'windows-1252');
  }
}

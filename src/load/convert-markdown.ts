// The shared last step of every converter (.html, .docx, .pdf): the converters build mdast
// blocks with no positions; here they become Markdown text (the "extracted text" every
// position refers to), which convert.ts parses again so the tree's offsets point into it.
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';

const markdownOptions: ToMarkdownOptions = {
  bullet: '-',
  listItemIndent: 'one',
  fences: true,
  // Tables only: the autolink extension would escape every "@" in an email address.
  extensions: [gfmTableToMarkdown({ tablePipeAlign: false })],
};

/** Only these comments survive conversion: they are the notice's own disable directives. */
const DIRECTIVE_COMMENT = /^<!--\s*noticelint-/;

/** A bold line longer than this is emphasis, not a heading (.docx, .html and .pdf alike). */
export const MAX_BOLD_HEADING_LENGTH = 90;

export interface ExtractedText {
  text: string;
  /** Offset in `text` at which each input block starts. */
  blockStarts: number[];
}

/**
 * Serialise blocks one by one (blank line between) so the caller knows where each starts.
 * Two lists in a row get different markers, or Markdown would read them as one list.
 */
export function blocksToText(blocks: readonly RootContent[]): ExtractedText {
  let text = '';
  const blockStarts: number[] = [];
  let alternate = false;
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    alternate = block.type === 'list' && previous?.type === 'list' && previous.ordered === block.ordered ? !alternate : false;
    const options: ToMarkdownOptions = alternate ? { ...markdownOptions, bullet: '*', bulletOrdered: ')' } : markdownOptions;
    const markdown = toMarkdown({ type: 'root', children: [block] }, options).trim();
    if (text !== '') text += '\n\n';
    blockStarts.push(text.length);
    text += markdown;
  });
  return { text: text === '' ? '' : text + '\n', blockStarts };
}

/**
 * Make converter output look like a notice written in plain Markdown: bold-only short
 * paragraphs become headings (one level below the last styled heading), inline styling is
 * unwrapped (so phrases match however they were styled), images and non-directive comments
 * are dropped, line breaks become newlines, and empty blocks disappear.
 */
export function tidyBlocks(blocks: readonly RootContent[]): RootContent[] {
  const tidy: RootContent[] = [];
  // Bold lines sit below the last real (styled) heading, so a run of them are siblings.
  let styledDepth = 1;
  for (const block of blocks) {
    if (block.type === 'html' && !DIRECTIVE_COMMENT.test(block.value)) continue;
    if (block.type === 'heading') styledDepth = block.depth;
    const node = unwrapInline(asBoldHeading(block, styledDepth)) as RootContent;
    if (isBlank(node)) continue;
    tidy.push(node);
  }
  return tidy;
}

function asBoldHeading(block: RootContent, styledDepth: number): RootContent {
  if (block.type !== 'paragraph') return block;
  const content = block.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (content.length !== 1 || content[0].type !== 'strong') return block;
  const title = toString(content[0]).trim();
  if (title.length === 0 || title.length > MAX_BOLD_HEADING_LENGTH || /[.,;]$/.test(title) || title.includes('\n')) return block;
  const depth = Math.min(6, Math.max(2, styledDepth + 1)) as Heading['depth'];
  return { type: 'heading', depth, children: [{ type: 'text', value: title }] };
}

type AnyNode = RootContent | Root;

/**
 * Unwrap styling and in-page links; `breakAs` is what a line break becomes (a space inside
 * headings and table cells, where a newline would end the construct).
 */
function unwrapInline(node: RootContent, breakAs = '\n'): RootContent | RootContent[] {
  switch (node.type) {
    case 'emphasis':
    case 'strong':
    case 'delete':
      return node.children.flatMap((child) => unwrapInline(child, breakAs));
    case 'link':
      if (/^(#|javascript:)/i.test(node.url)) return node.children.flatMap((child) => unwrapInline(child, breakAs));
      break;
    case 'inlineCode':
      return { type: 'text', value: node.value };
    case 'break':
      return { type: 'text', value: breakAs };
    case 'image':
    case 'imageReference':
      return [];
    case 'html':
      return DIRECTIVE_COMMENT.test(node.value) ? node : [];
  }
  if (!('children' in node)) return node;
  const childBreak = node.type === 'heading' || node.type === 'tableCell' ? ' ' : breakAs;
  const children = (node.children as RootContent[]).flatMap((child) => unwrapInline(child, childBreak));
  return { ...node, children: mergeText(children) } as RootContent;
}

/** Adjacent text nodes left by unwrapping are merged, so serialising does not split words. */
function mergeText(children: RootContent[]): RootContent[] {
  const merged: RootContent[] = [];
  for (const child of children) {
    const previous = merged[merged.length - 1];
    if (child.type === 'text' && previous?.type === 'text') merged[merged.length - 1] = { type: 'text', value: previous.value + child.value };
    else merged.push(child);
  }
  return merged;
}

function isBlank(node: AnyNode): boolean {
  if (node.type === 'thematicBreak' || node.type === 'html') return false;
  return toString(node).trim() === '';
}

/** A paragraph of plain text; converters that build blocks themselves (PDF) use it. */
export function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value } satisfies PhrasingContent] };
}

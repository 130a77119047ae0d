// .md/.markdown → mdast (CommonMark + GFM tables, task lists, autolinks).
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parse Markdown; positions index into `text` (remark treats CRLF and CR as line breaks). */
export function parseMarkdown(text: string): Root {
  const tree = parser.parse(text);
  promoteBoldHeadings(tree);
  return tree;
}

/**
 * Notices exported from Word often mark headings only by bold ("**Who we are**" alone on a
 * line). Such a paragraph becomes a heading one level below the last real heading.
 */
function promoteBoldHeadings(tree: Root): void {
  let lastDepth = 1;
  tree.children = tree.children.map((node) => {
    if (node.type === 'heading') {
      lastDepth = node.depth;
      return node;
    }
    if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0].type !== 'strong') return node;
    const words = toString(node).trim();
    if (words.length > 80 || !/[A-Za-z]{2}/.test(words) || /^[[<{(]/.test(words) || /[.;,]$/.test(words)) return node;
    const heading: Heading = {
      type: 'heading',
      depth: Math.min(6, lastDepth + 1) as Heading['depth'],
      children: node.children[0].children,
      position: node.position,
    };
    return heading;
  });
}

// .md/.markdown → mdast (CommonMark + GFM tables, task lists, autolinks).
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parse Markdown; positions index into `text` (remark treats CRLF and CR as line breaks). */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

// .md/.markdown → mdast: CommonMark, plus GFM tables when the text has a table and front
// matter when it starts with some.
import type { Heading, PhrasingContent, Root, RootContent, Strong, Text } from 'mdast';
import type { Position } from 'unist';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * The rest of GFM is left out on purpose: rules read the notice text, not link nodes, so
 * autolink literals, strikethrough, footnotes and task lists would change nothing they see
 * while doubling the parse time.
 */
function remarkGfmTable(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

/** YAML (`---`) or TOML (`+++`) front matter, as a static site's notice page starts with. */
const FRONT_MATTER = ['yaml', 'toml'] as const;
function remarkFrontMatter(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(frontmatter([...FRONT_MATTER]));
  (data.fromMarkdownExtensions ??= []).push(frontmatterFromMarkdown([...FRONT_MATTER]));
}

/**
 * A GFM table needs a delimiter row (`| --- | :-: |`, or `--- | ---`): a line of dashes,
 * colons, spaces and at least one pipe. Without one the table construct cannot match, so the
 * cheaper CommonMark parser gives the same tree. (The table extension alone costs ~60%.)
 */
const DELIMITER_ROW = /^[ \t]*(?:\|[ \t]*:?-+:?[ \t]*|:?-+:?[ \t]*\|)/m;
/** Front matter can only open the file. */
const OPENS_FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?\n/;

/** The parser for each combination of extensions, made when first needed. */
const processors = new Map<string, { parse(text: string): Root }>();
function processorFor(tables: boolean, frontMatter: boolean): { parse(text: string): Root } {
  const key = `${tables}/${frontMatter}`;
  let processor = processors.get(key);
  if (processor === undefined) {
    processor = unified()
      .use(remarkParse)
      .use(tables ? [remarkGfmTable] : [])
      .use(frontMatter ? [remarkFrontMatter] : []);
    processors.set(key, processor);
  }
  return processor;
}

/** Parse Markdown; positions index into `text` (remark treats CRLF and CR as line breaks). */
export function parseMarkdown(text: string): Root {
  const tree = processorFor(DELIMITER_ROW.test(text), OPENS_FRONT_MATTER.test(text)).parse(text);
  promoteBoldHeadings(tree);
  return tree;
}

/**
 * Notices exported from Word often mark headings only by bold ("**Who we are**" alone on a
 * line). Such a paragraph becomes a heading one level below the last real heading. So does a
 * bold question with its answer on the next line ("**Who sees it?**" then "The council …"): the
 * question becomes the heading and the answer its paragraph.
 */
function promoteBoldHeadings(tree: Root): void {
  let lastDepth = 1;
  tree.children = tree.children.flatMap((node): RootContent[] => {
    if (node.type === 'heading') {
      lastDepth = node.depth;
      return [node];
    }
    if (node.type !== 'paragraph' || node.children[0]?.type !== 'strong') return [node];
    const [bold, next, ...rest] = node.children;
    const heading = (position: Heading['position']): Heading => ({ type: 'heading', depth: Math.min(6, lastDepth + 1) as Heading['depth'], children: bold.children, position });
    if (next === undefined) {
      const words = toString(node).trim();
      if (words.length > 80 || !/[A-Za-z]{2}/.test(words) || /^[[<{(]/.test(words) || /[.;,]$/.test(words)) return [node];
      return [heading(node.position)];
    }
    const answer = splitAfterQuestion(bold, next);
    if (answer === null || !node.position) return [node];
    return [heading(bold.position), { type: 'paragraph', children: [answer, ...rest], position: { start: answer.position.start, end: node.position.end } }];
  });
}

/** The answer's first text, without the line break after a bold question; null when `question` asks nothing. */
function splitAfterQuestion(question: Strong, next: PhrasingContent): (Text & { position: Position }) | null {
  if (next.type !== 'text' || !next.value.startsWith('\n') || !next.position || !question.position) return null;
  const asked = toString(question).trim();
  if (asked.length > 120 || !asked.endsWith('?')) return null;
  const { start, end } = next.position;
  const startOffset = start.offset === undefined ? undefined : start.offset + 1;
  return { type: 'text', value: next.value.slice(1), position: { start: { line: start.line + 1, column: 1, offset: startOffset }, end } };
}

import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Heading, List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeText } from '../src/load/decode.js';
import { loadNotice, parseNotice } from '../src/load/index.js';
import { parsePlainText } from '../src/load/text.js';
import type { TextEncoding } from '../src/types.js';
import { NoticeError } from '../src/types.js';

const fixture = (name: string) => new URL(`../fixtures/load/${name}`, import.meta.url).pathname;
const FEE_NOTICE = 'Privacy notice\r\n\r\nThe copy fee is £5 – it’s waived for parents.\r\n';

function headings(children: RootContent[]): { text: string; depth: number; line: number }[] {
  return children
    .filter((n): n is Heading => n.type === 'heading')
    .map((h) => ({ text: toString(h), depth: h.depth, line: h.position!.start.line }));
}

describe('decoding', () => {
  const cases: [string, TextEncoding][] = [
    ['utf8-bom.txt', 'utf-8-bom'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['windows-1252.txt', 'windows-1252'],
  ];
  for (const [name, encoding] of cases) {
    it(`reads ${name} as ${encoding} with the BOM removed and CRLF kept`, async () => {
      const notice = await loadNotice(fixture(name));
      expect(notice.encoding).toBe(encoding);
      expect(notice.eol).toBe('\r\n');
      expect(notice.text).toBe(FEE_NOTICE);
    });
    it(`writes ${name} back byte for byte`, async () => {
      const bytes = new Uint8Array(await readFile(fixture(name)));
      const decoded = decodeBytes(bytes, name);
      expect(Buffer.from(encodeText(decoded.text, decoded.encoding))).toEqual(Buffer.from(bytes));
    });
  }

  it('reads plain UTF-8 with LF endings', async () => {
    const notice = await loadNotice(fixture('utf8-lf.txt'));
    expect(notice.encoding).toBe('utf-8');
    expect(notice.eol).toBe('\n');
    expect(notice.text).toContain('£5 – it’s');
  });

  it('takes the most common line ending', () => {
    expect(decodeBytes(Buffer.from('a\r\nb\r\nc\nd\r\n'), 'x.txt').eol).toBe('\r\n');
    expect(decodeBytes(Buffer.from('a\rb\rc'), 'x.txt').eol).toBe('\r');
  });
});

describe('bad input', () => {
  async function scratch(name: string, content: string | Uint8Array): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'noticelint-load-'));
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  }

  async function failure(promise: Promise<unknown>): Promise<NoticeError> {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(NoticeError);
    const message = (error as NoticeError).message;
    expect(message).not.toContain('\n');
    return error as NoticeError;
  }

  it('rejects an empty file', async () => {
    expect((await failure(loadNotice(await scratch('empty.txt', '')))).message).toMatch(/is empty/);
  });

  it('rejects a file of only whitespace and non-breaking spaces', async () => {
    expect((await failure(loadNotice(await scratch('blank.md', ' \n\t\u00a0\r\n')))).message).toMatch(/is empty/);
  });

  it('rejects binary content', async () => {
    const path = await scratch('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d]));
    expect((await failure(loadNotice(path))).message).toMatch(/binary/);
  });

  it('names the supported extensions for an unknown one', async () => {
    const message = (await failure(loadNotice(await scratch('notice.rtf', 'hello')))).message;
    expect(message).toMatch(/unsupported file type/);
    expect(message).toContain('.md');
    expect(message).toContain('.pdf');
  });

  it('says when the file does not exist', async () => {
    expect((await failure(loadNotice(join(tmpdir(), 'no-such-dir-noticelint', 'x.txt')))).message).toMatch(/does not exist/);
  });

  it('says when the path is a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'noticelint-load-'));
    await mkdir(join(dir, 'notice.md'));
    expect((await failure(loadNotice(join(dir, 'notice.md')))).message).toMatch(/is a folder/);
  });

  it('refuses a file over maxFileSize before reading it', async () => {
    const path = await scratch('big.txt', 'x'.repeat(2048));
    expect((await failure(loadNotice(path, { maxFileSize: 1024 }))).message).toMatch(/over the .* limit/);
  });

  it('applies maxFileSize to given bytes too', async () => {
    expect((await failure(loadNotice('stdin.txt', { bytes: new Uint8Array(10), maxFileSize: 5 }))).message).toMatch(/limit/);
  });
});

describe('plain-text positions', () => {
  it('points into the original text across CRLF, NBSP and tabs', async () => {
    const notice = await loadNotice(fixture('crlf-nbsp-tabs.txt'));
    const found = headings(notice.tree.children);
    expect(found).toEqual([
      { text: 'Privacy\u00a0notice', depth: 1, line: 1 },
      { text: 'Storing pupil data', depth: 2, line: 5 },
    ]);
    const storing = notice.tree.children.find((n) => n.type === 'heading' && toString(n) === 'Storing pupil data')!;
    const lineStart = notice.text.indexOf('\tStoring');
    expect(storing.position!.start).toEqual({ line: 5, column: 2, offset: lineStart + 1 });
    expect(storing.position!.end).toEqual({ line: 5, column: 20, offset: lineStart + 19 });
    const body = notice.tree.children[notice.tree.children.length - 1];
    expect(notice.text.slice(body.position!.start.offset, body.position!.end.offset)).toBe('We keep records\tsecurely in locked rooms.');
    expect(body.position!.start).toMatchObject({ line: 7, column: 1 });
  });

  it('agrees with remark on where CRLF lines start', () => {
    const text = 'Who we are\r\n\r\nWe run a small school.\r\n';
    const plain = parsePlainText(text);
    const markdown = parseNotice(text, 'markdown', 'x.md').tree;
    expect(plain.children[1].position!.start).toEqual(markdown.children[1].position!.start);
    expect(plain.children[1].position!.end).toEqual(markdown.children[1].position!.end);
  });

  it('does not take a date, a page number, a field or a wrapped sentence for a heading', () => {
    const tree = parsePlainText([
      'Privacy notice',
      '',
      'September 2026',
      '',
      'Oakfield Primary School wrote this notice for the families of its pupils.',
      '',
      'Version number: 2.1',
      '',
      'Riverside Academy Trust checks the records it holds about pupils and',
      'corrects them when parents tell us something has changed.',
      '',
      'Page 2 of 4',
      '',
      'Storing pupil data',
      '',
      'Records are kept in a locked office.',
    ].join('\n'));
    expect(headings(tree.children).map((h) => h.text)).toEqual(['Privacy notice', 'Storing pupil data']);
  });

  it('does not read the verb of a bracketed aside as the heading\'s ("Your rights (yes, you have them)")', () => {
    const tree = parsePlainText(['Privacy notice', '', 'Oakfield School holds records about its pupils.', '', 'Your rights (yes, you have them)', '- see what we hold about you'].join('\n'));
    expect(headings(tree.children).map((h) => h.text)).toEqual(['Privacy notice', 'Your rights (yes, you have them)']);
  });

  it('takes a numbered part ("PART 12: YOUR RIGHTS") for a heading, not for a "Label: value" field', () => {
    const tree = parsePlainText(['Privacy notice', '', 'Owner: Trust office', '', 'PART 12: YOUR RIGHTS', '', 'You can ask for a copy of your data.'].join('\n'));
    expect(headings(tree.children).map((h) => h.text)).toEqual(['Privacy notice', 'PART 12: YOUR RIGHTS']);
  });

  it('turns bullets, "a)" items and numbered runs into lists, and text after "…include:" into items', () => {
    const tree = parsePlainText([
      'Why we use this data',
      'We use it to:',
      '• teach pupils',
      '· report progress',
      'We also record:',
      'a) attendance',
      'b) behaviour',
      'The data protection principles say data must be:',
      '1. Used lawfully',
      '2. Kept securely',
    ].join('\n'));
    const lists = tree.children.filter((n): n is List => n.type === 'list');
    expect(lists.map((l) => [l.ordered, l.children.map((i) => toString(i))])).toEqual([
      [false, ['teach pupils', 'report progress']],
      [true, ['attendance', 'behaviour']],
      [true, ['Used lawfully', 'Kept securely']],
    ]);
    expect(headings(tree.children).map((h) => h.text)).toEqual(['Why we use this data']);
  });
});

describe('plain-text pages from a PDF', () => {
  const page = (number: number, body: string[]) => ['Hilltop Infant School', '', ...body, '', 'Pupil privacy notice v2', `Page ${number} of 3`];

  it('does not take the running header and footer for headings, at form feeds or "Page n of m" lines', () => {
    const pages = [
      page(1, ['How we use pupil information', '', 'Why we use this data', '', 'We use it to teach pupils and to report their']),
      page(2, ['progress to parents each term.', '', 'Storing pupil data', '', 'Records are kept in a locked office.']),
      page(3, ['Your rights', '', 'You can ask to see the records we hold about your child.']),
    ];
    for (const separator of ['\n\f', '\n']) {
      const tree = parsePlainText(pages.map((lines) => lines.join('\n')).join(separator));
      expect(headings(tree.children).map((h) => h.text)).toEqual(['How we use pupil information', 'Why we use this data', 'Storing pupil data', 'Your rights']);
    }
  });

  it('keeps a heading that repeats in the text but not at page breaks', () => {
    const part = (who: string) => [`Information about ${who}`, '', 'Why we collect it', '', `We collect information about ${who} to run the school well.`, ''];
    const tree = parsePlainText([...part('pupils'), ...part('parents'), ...part('visitors'), 'Page 1 of 1'].join('\n'));
    expect(headings(tree.children).filter((h) => h.text === 'Why we collect it')).toHaveLength(3);
  });
});

describe('plain text pasted from Word', () => {
  it('reads a tab after a heading number or a bullet as spacing, not as a table cell gap', () => {
    const tree = parsePlainText('Privacy notice\n\n8.\tWhat are your rights?\nYou can ask for a copy of your records.\n\n•\tyou can ask us to correct them\n');
    expect(headings(tree.children).map((h) => h.text.replace(/\s+/g, ' '))).toContain('8. What are your rights?');
    expect(tree.children.some((n) => n.type === 'list')).toBe(true);
  });
});

describe('plain-text lists from Word via PDF', () => {
  it("reads Word's Symbol and Wingdings bullets as list items", () => {
    const tree = parsePlainText('Your rights\n\nYou can ask us to:\n\uf0b7 see your records\n\uf0a7 correct a mistake\n');
    const list = tree.children.find((n): n is List => n.type === 'list');
    expect(list?.children.map((item) => toString(item))).toEqual(['see your records', 'correct a mistake']);
  });
});

describe('Markdown', () => {
  it('reads a bold question with its answer on the next line as a heading and its paragraph', () => {
    const text = '# Privacy notice\n\n**Who sees it?**\nThe council and the DfE.\n\n**Note:**\nThis stays one paragraph.\n';
    const tree = parseNotice(text, 'markdown', 'x.md').tree;
    expect(tree.children.map((n) => [n.type, toString(n)])).toEqual([
      ['heading', 'Privacy notice'],
      ['heading', 'Who sees it?'],
      ['paragraph', 'The council and the DfE.'],
      ['paragraph', 'Note:\nThis stays one paragraph.'],
    ]);
    const answer = tree.children[2];
    expect(text.slice(answer.position?.start.offset, answer.position?.end.offset)).toBe('The council and the DfE.');
    expect(answer.position?.start).toMatchObject({ line: 4, column: 1 });
  });

  it('treats a paragraph that is only bold text as a heading below the last real one', () => {
    const tree = parseNotice('# Privacy notice\n\n**Who we are**\n\nWe are **Oakfield Primary School**.\n\n**[insert date]**\n', 'markdown', 'x.md').tree;
    expect(headings(tree.children)).toEqual([
      { text: 'Privacy notice', depth: 1, line: 1 },
      { text: 'Who we are', depth: 2, line: 3 },
    ]);
  });

  it('keeps Markdown heading levels and plain heading text', async () => {
    const notice = await loadNotice(fixture('markdown.md'));
    expect(notice.format).toBe('markdown');
    expect(headings(notice.tree.children)).toEqual([
      { text: 'Privacy notice (how we use pupil information)', depth: 1, line: 1 },
      { text: 'Who we share pupil information with', depth: 2, line: 5 },
      { text: 'How Government uses your data', depth: 2, line: 10 },
      { text: 'Data collection requirements', depth: 3, line: 12 },
      { text: 'Sharing by the Department', depth: 3, line: 16 },
    ]);
  });

  it('reads GFM tables, with or without outer pipes, and leaves a table-less notice as CommonMark', () => {
    const types = (text: string) => parseNotice(text, 'markdown', 'x.md').tree.children.map((n) => n.type);
    expect(types('# Retention\n\n| Record | Kept for |\n| --- | :-: |\n| Admissions | 1 year |\n')).toEqual(['heading', 'table']);
    expect(types('Record | Kept for\n--- | ---\nAdmissions | 1 year\n')).toEqual(['table']);
    expect(types('Record | Kept for\nAdmissions | 1 year\n')).toEqual(['paragraph']);
    expect(types('# Rights\n\n- ask for a copy\n\n---\n\nEmail dpo@example.com\n')).toEqual(['heading', 'list', 'thematicBreak', 'paragraph']);
  });

  it('reads YAML or TOML front matter (a static site\'s notice page) as front matter, not as a heading', () => {
    const page = '---\ntitle: Privacy notice\nlayout: page\n---\n\n# Privacy notice for Elmcote School\n\n| Record | Kept for |\n| --- | --- |\n| Admissions | 1 year |\n';
    const tree = parseNotice(page, 'markdown', 'x.md').tree;
    expect(tree.children.map((n) => n.type)).toEqual(['yaml', 'heading', 'table']);
    expect(headings(tree.children)).toEqual([{ text: 'Privacy notice for Elmcote School', depth: 1, line: 6 }]);
    expect(parseNotice('+++\ntitle = "Privacy notice"\n+++\n\nWe use data.\n', 'markdown', 'x.md').tree.children.map((n) => n.type)).toEqual(['toml', 'paragraph']);
    // Only at the very start: a later "---" pair is a thematic break and a setext underline, as before.
    expect(parseNotice('Intro\n\n---\ntitle: x\n---\n', 'markdown', 'x.md').tree.children.map((n) => n.type)).toEqual(['paragraph', 'thematicBreak', 'heading']);
  });
});

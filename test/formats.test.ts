// Converters for .html, .docx and .pdf. The .docx/.pdf conversions run in a worker thread
// loaded from dist/, so these tests need `npm run build` first (`npm test` does that).
import { readFileSync } from 'node:fs';
import type { Heading, List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { convertDocument, type ConvertedDocument } from '../src/load/convert.js';
import { blocksToText, tidyBlocks } from '../src/load/convert-markdown.js';
import { decodeHtml } from '../src/load/html.js';
import { checkZip } from '../src/load/zip-guard.js';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url));
const html = (body: string): Promise<ConvertedDocument> => convertDocument(Buffer.from(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`), 'html');
const headings = (tree: Root): string[] => tree.children.filter((n): n is Heading => n.type === 'heading').map((n) => `${n.depth} ${toString(n)}`);

/** Every node's offsets must point at its own text in the extracted text. */
function expectPositionsMatch(converted: ConvertedDocument): void {
  for (const node of converted.tree.children) {
    const { start, end } = node.position!;
    const slice = converted.text.slice(start.offset, end.offset);
    if (node.type === 'heading' || node.type === 'paragraph') expect(slice).toContain(toString(node).split('\n')[0]);
  }
}

describe('html', () => {
  it('keeps only <main> when the page has one', async () => {
    const page = await html('<header><p>Oakfield Primary School</p></header><nav><a href="/">Home</a></nav><main><h1>Privacy notice</h1><p>We are the controller.</p></main><footer><p>Site by Example Web</p></footer>');
    expect(page.text).toBe('# Privacy notice\n\nWe are the controller.\n');
    expectPositionsMatch(page);
  });

  it('falls back to the body without nav, header, footer, aside, scripts and cookie banners', async () => {
    const page = await html('<header>Riverside Academy Trust</header><div id="cookie-consent-banner"><p>We use cookies.</p></div><nav>Menu</nav><div class="page"><h2>Your rights</h2><p>You may ask for a copy.</p></div><aside>News</aside><script>var x = 1;</script><footer>Copyright</footer>');
    expect(page.text).toBe('## Your rights\n\nYou may ask for a copy.\n');
  });

  it('keeps the hidden panels of a tab widget (a reader opens them) but drops other hidden elements', async () => {
    const page = await html('<main><h1>Privacy notice</h1><div role="tabpanel"><h2>Who we are</h2><p>We are the controller.</p></div><div role="tabpanel" hidden><h2>How long we keep it</h2><p>See our retention schedule.</p></div><div hidden><p>Old text.</p></div></main>');
    expect(page.text).toBe('# Privacy notice\n\n## Who we are\n\nWe are the controller.\n\n## How long we keep it\n\nSee our retention schedule.\n');
  });

  it('does not mistake a section about consent for a cookie banner', async () => {
    const page = await html('<main><section id="consent"><h2>Withdrawing consent</h2><p>You can withdraw consent at any time.</p></section></main>');
    expect(headings(page.tree)).toEqual(['2 Withdrawing consent']);
  });

  it('ignores an empty <main> left for scripts to fill', async () => {
    const page = await html('<nav>Menu</nav><main id="app"> </main><div><h2>Contact</h2><p>Write to office@example.com.</p></div>');
    expect(headings(page.tree)).toEqual(['2 Contact']);
  });

  it('picks the longest <article> when there is no <main>', async () => {
    const page = await html('<article><p>Sports day is on Friday.</p></article><article><h1>How we use pupil information</h1><p>We collect names and addresses so that we can contact families.</p></article>');
    expect(headings(page.tree)).toEqual(['1 How we use pupil information']);
    expect(page.text).not.toContain('Sports day');
  });

  it('keeps noticelint directive comments and drops other comments', async () => {
    const page = await html('<main><!-- noticelint-disable review-date --><!-- tracking snippet --><p>Reviewed yearly.</p></main>');
    expect(page.text).toBe('<!-- noticelint-disable review-date -->\n\nReviewed yearly.\n');
  });

  it('keeps a line break inside a heading or table cell from splitting it', async () => {
    const page = await html('<main><h2>Who we<br>share with</h2><table><tr><th>Data</th><th>Kept</th></tr><tr><td>Admissions<br>file</td><td>1 year</td></tr></table></main>');
    expect(page.text).toBe('## Who we share with\n\n| Data | Kept |\n| - | - |\n| Admissions file | 1 year |\n');
  });

  it('reads a page laid out in a table as its headings and paragraphs, keeping a data table inside it', async () => {
    const page = await html(
      '<body><table class="layout"><tr><td><h2>Who we are</h2><p>Oakfield Primary School holds pupil data.</p></td></tr>' +
        '<tr><td><h2>How long we keep it</h2><table><tr><th>Record</th><th>Kept</th></tr><tr><td>Admissions</td><td>1 year</td></tr></table></td></tr></table></body>',
    );
    expect(page.text).toBe('## Who we are\n\nOakfield Primary School holds pupil data.\n\n## How long we keep it\n\n| Record | Kept |\n| - | - |\n| Admissions | 1 year |\n');
  });

  it('makes the titles of folding panels (<summary>, accordion buttons) headings', async () => {
    const page = await html(
      '<main><details><summary>Who we are</summary><p>Oakfield Primary School holds pupil data.</p></details>' +
        '<div class="accordion"><button class="accordion-title">Your rights</button><div class="accordion-panel"><p>You can ask for a copy.</p></div></div></main>',
    );
    expect(page.text).toBe('### Who we are\n\nOakfield Primary School holds pupil data.\n\n### Your rights\n\nYou can ask for a copy.\n');
  });

  it('reads a line set bold by a style attribute as a heading, as a site builder writes one', async () => {
    const page = await html('<main><p style="font-size:21px"><span style="font-weight: bold;">Who we are</span></p><p>Oakfield Primary School holds pupil data.</p><p><span style="font-weight:400">Not a heading</span></p><p>More text follows here.</p></main>');
    expect(headings(page.tree).map((h) => h.replace(/^\d /, ''))).toEqual(['Who we are']);
  });

  it('reads paragraphs separated by <br><br> as paragraphs', async () => {
    const page = await html('<main><h2>Your rights</h2><div>You can ask for a copy.<br><br>You can ask us to correct it.<br>Write to the office.</div></main>');
    expect(page.text).toBe('## Your rights\n\nYou can ask for a copy.\n\nYou can ask us to correct it.\nWrite to the office.\n');
  });

  it('keeps two lists in a row apart', async () => {
    const page = await html('<main><ul><li>names</li></ul><ul><li>addresses</li></ul></main>');
    expect(page.tree.children.map((n) => n.type)).toEqual(['list', 'list']);
  });

  it('keeps links to other pages and unwraps in-page anchors', async () => {
    const page = await html('<main><p>See <a href="#rights">your rights</a> and <a href="https://ico.org.uk/make-a-complaint/">the ICO</a>.</p></main>');
    expect(page.text).toBe('See your rights and [the ICO](https://ico.org.uk/make-a-complaint/).\n');
  });

  it('does not escape email addresses, and unwraps bold and italic text', async () => {
    const page = await html('<main><p>Email <em>dpo@example.com</em> or call <strong>01632 960001</strong>.</p></main>');
    expect(page.text).toBe('Email dpo@example.com or call 01632 960001.\n');
  });

  it('decodes a Windows-1252 page that declares its charset', () => {
    const bytes = Buffer.from('<meta charset="windows-1252"><p>Fees \xa3 0 \x96 none</p>', 'latin1');
    expect(decodeHtml(bytes)).toContain('Fees £ 0 – none');
  });

  it('reads the fixture page as its notice only', async () => {
    const page = await convertDocument(fixture('notice.html'), 'html');
    expect(page.text).not.toMatch(/cookies|Latest news|Website by|About us/);
    expect(headings(page.tree)[0]).toBe('1 Privacy Notice for Pupils and Parents');
    expectPositionsMatch(page);
  });
});

describe('bold one-line paragraphs', () => {
  const bold = (value: string): RootContent => ({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value }] }] });

  it('become headings one level below the heading before them', () => {
    const blocks = tidyBlocks([{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Sharing' }] }, bold('The local authority'), { type: 'paragraph', children: [{ type: 'text', value: 'We share attendance data.' }] }]);
    expect(blocks[1]).toMatchObject({ type: 'heading', depth: 3 });
  });

  it('are siblings when several follow one styled heading', () => {
    const blocks = tidyBlocks([{ type: 'heading', depth: 1, children: [{ type: 'text', value: 'Privacy notice' }] }, bold('Who we are'), bold('What we collect')]);
    expect(blocks.map((b) => (b.type === 'heading' ? b.depth : 0))).toEqual([1, 2, 2]);
  });

  it('stay paragraphs when they read as a sentence', () => {
    const blocks = tidyBlocks([bold('Please read this notice carefully.')]);
    expect(blocks[0].type).toBe('paragraph');
    expect(blocksToText(blocks).text).toBe('Please read this notice carefully.\n');
  });
});

async function makeDocx(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const document = new Document({
    numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

function makePdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const doc = new PDFDocument({ margin: 72 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

describe('docx', () => {
  it('turns heading styles, lists, tables and bold title lines into Markdown structure', async () => {
    const bytes = await makeDocx([
      new Paragraph({ text: 'Privacy notice', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'What we collect', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'contact details', bullet: { level: 0 } }),
      new Paragraph({ text: 'attendance', bullet: { level: 0 } }),
      new Paragraph({ children: [new TextRun({ text: 'How to ask for your data', bold: true })] }),
      new Paragraph({ text: 'write to the office', numbering: { reference: 'steps', level: 0 } }),
      new Paragraph({ text: 'wait up to one month', numbering: { reference: 'steps', level: 0 } }),
      new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Record')] }), new TableCell({ children: [new Paragraph('Kept for')] })] }), new TableRow({ children: [new TableCell({ children: [new Paragraph('Admissions file')] }), new TableCell({ children: [new Paragraph('One year')] })] })] }),
    ]);
    const doc = await convertDocument(bytes, 'docx');
    expect(headings(doc.tree)).toEqual(['1 Privacy notice', '2 What we collect', '3 How to ask for your data']);
    const lists = doc.tree.children.filter((n): n is List => n.type === 'list');
    expect(lists.map((l) => [l.ordered, l.children.map((item) => toString(item))])).toEqual([
      [false, ['contact details', 'attendance']],
      [true, ['write to the office', 'wait up to one month']],
    ]);
    const table = doc.tree.children.find((n) => n.type === 'table');
    expect(table && toString(table)).toContain('Admissions file');
    expect(doc.text).toContain('| Admissions file | One year |');
    expectPositionsMatch(doc);
  });

  it('reads the fixture notice with its heading styles', async () => {
    const doc = await convertDocument(fixture('notice.docx'), 'docx');
    expect(headings(doc.tree)).toContain('3 Our lawful basis');
  });
});

describe('pdf', () => {
  it('rebuilds lines, headings and lists from the fixture notice, with page offsets', async () => {
    const pdf = await convertDocument(fixture('notice.pdf'), 'pdf');
    expect(headings(pdf.tree).slice(0, 3)).toEqual(['1 Privacy Notice for Pupils and Parents', '2 Who we are', '2 The information we hold']);
    expect(headings(pdf.tree)).toContain('3 Our lawful basis');
    const lists = pdf.tree.children.filter((n): n is List => n.type === 'list');
    expect(lists.map((l) => [l.ordered, l.children.length])).toEqual([[false, 5], [true, 3]]);
    expect(pdf.pageStarts?.[0]).toBe(0);
    expectPositionsMatch(pdf);
  });

  it('treats short bold lines at body size as headings below the larger ones, numbered or not', async () => {
    const pdf = await convertDocument(await makePdf((doc) => {
      doc.font('Helvetica-Bold').fontSize(18).text('Privacy notice', { paragraphGap: 8 });
      doc.font('Helvetica-Bold').fontSize(11).text('3. Sharing', { paragraphGap: 4 });
      doc.font('Helvetica').fontSize(11).text('We share attendance figures with the local authority every term.', { paragraphGap: 8 });
      doc.font('Helvetica-Bold').fontSize(11).text('Please keep your contact details up to date with the school office.', { paragraphGap: 8 });
    }), 'pdf');
    expect(headings(pdf.tree)).toEqual(['1 Privacy notice', '2 3. Sharing']);
    expect(pdf.text).toContain('\n\nPlease keep your contact details up to date with the school office.\n');
  });

  it('keeps the rows of a two-column table together instead of reading it as columns', async () => {
    const rows = [['Photos', 'One year'], ['Admissions form', 'Until the pupil leaves'], ['SEN file', 'Until the pupil is 25'], ['Attendance register', 'Three years'], ['Census', 'Five years'], ['Medical notes', 'Until the pupil is 25']];
    const pdf = await convertDocument(await makePdf((doc) => {
      rows.forEach(([record, kept], i) => {
        doc.font('Helvetica').fontSize(11).text(record, 72, 100 + i * 14, { lineBreak: false });
        doc.font('Helvetica').fontSize(11).text(kept, 320, 100 + i * 14, { lineBreak: false });
      });
    }), 'pdf');
    expect(pdf.text).toContain(rows.flat().join(' '));
  });

  describe('layout', () => {
    let pdf: ConvertedDocument;
    beforeAll(async () => {
      pdf = await convertDocument(fixture('layout.pdf'), 'pdf');
    });

    it('reads the left column before the right one, after the full-width title', () => {
      const title = pdf.text.indexOf('# How we use pupil information');
      const left = pdf.text.indexOf('The school keeps attendance registers for every pupil.');
      const right = pdf.text.indexOf('Medical information is shared with the school nurse');
      expect(title).toBe(0);
      expect(left).toBeGreaterThan(title);
      expect(right).toBeGreaterThan(left);
    });

    it('drops running headers, footers and page numbers', () => {
      expect(pdf.text).not.toMatch(/Privacy notice\b|Page \d of 3/);
    });

    it('joins a word hyphenated across a line break', () => {
      expect(pdf.text).toContain('in our regulations and review it');
    });

    it('carries an unfinished sentence over the page turn', () => {
      expect(pdf.text).toContain('\n\nWhen a pupil leaves, their file is passed to their next school within fifteen school days.\n\n## Contact');
    });

    it('records where each page starts, inside a paragraph when a sentence carries over', () => {
      expect(pdf.pageStarts).toHaveLength(3);
      expect(pdf.text.slice(pdf.pageStarts![1])).toMatch(/^## Keeping records/);
      expect(pdf.text.slice(pdf.pageStarts![2])).toMatch(/^their next school/);
    });
  });
});

describe('zip guard', () => {
  it('lists the parts of a real .docx and counts the bytes they inflate to', async () => {
    const bytes = fixture('notice.docx');
    const listing = await checkZip(bytes, { maxEntries: 100, maxInflatedBytes: 10_000_000 });
    expect(listing.entryNames).toContain('word/document.xml');
    expect(listing.inflatedBytes).toBeGreaterThan(bytes.length);
  });

  it('stops at the entry cap', async () => {
    await expect(checkZip(fixture('notice.docx'), { maxEntries: 3, maxInflatedBytes: 10_000_000 })).rejects.toThrow(/holds more than 3 files/);
  });

  it('stops once the inflated bytes pass the cap', async () => {
    await expect(checkZip(fixture('notice.docx'), { maxEntries: 100, maxInflatedBytes: 1000 })).rejects.toThrow(/expands to more than/);
  });
});

describe('bad documents', () => {
  const cases: [string, 'docx' | 'pdf', RegExp][] = [
    ['bad/password.pdf', 'pdf', /^This PDF is password-protected; save an unprotected copy/],
    ['bad/image-only.pdf', 'pdf', /^This PDF has no text layer .*needs OCR/],
    ['bad/truncated.pdf', 'pdf', /^This PDF is corrupt or truncated/],
    ['bad/truncated.docx', 'docx', /^This \.docx is corrupt or truncated/],
    ['notice.pdf', 'docx', /^This \.docx is corrupt or truncated/],
  ];
  it.each(cases)('%s as .%s → one clear line', async (name, format, message) => {
    await expect(convertDocument(fixture(name), format)).rejects.toThrow(message);
  });

  it('refuses a .docx whose content inflates past 5× the size limit, counting real bytes', async () => {
    await expect(convertDocument(fixture('bad/zip-bomb.docx'), 'docx', { maxFileSize: 100_000 })).rejects.toThrow(/^This \.docx expands to more than 0\.5 MB when unpacked/);
  });

  it('lets the same archive through the guard under the default limit (then it is not a valid document)', async () => {
    await expect(convertDocument(fixture('bad/zip-bomb.docx'), 'docx')).rejects.toThrow(/^This \.docx is corrupt or truncated/);
  });

  it('stops a conversion that runs past its time limit', async () => {
    await expect(convertDocument(fixture('notice.pdf'), 'pdf', { timeoutMs: 1 })).rejects.toThrow(/^Converting this \.pdf took too long/);
  });
});

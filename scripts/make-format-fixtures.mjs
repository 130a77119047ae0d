#!/usr/bin/env node
// Writes fixtures/formats/: one short invented notice in every format noticelint reads
// (.md, .txt in three encodings, .docx with real heading styles, .pdf with larger bold
// headings, .html inside site chrome), a two-column PDF with running headers/footers, and
// the broken files the bad-input tests feed the CLI. Run: node scripts/make-format-fixtures.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';

const out = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
mkdirSync(`${out}bad`, { recursive: true });

/** The notice, as blocks every format renders in its own way. */
const notice = [
  { heading: 1, text: 'Privacy Notice for Pupils and Parents' },
  { paragraph: 'This notice explains how Oakfield Primary School collects, stores and uses personal information about the pupils who attend our school, and about their parents and carers.' },
  { heading: 2, text: 'Who we are' },
  { paragraph: 'Oakfield Primary School, Mill Lane, Exampleton, is the data controller for the information in this notice. Our data protection officer is Sam Taylor, who can be reached at dpo@example.com or on 01632 960123.' },
  { heading: 2, text: 'The information we hold' },
  { paragraph: 'We handle these categories of pupil information:' },
  { bullets: ['names, dates of birth and home addresses', 'attendance records and reasons for absence', 'assessment results and progress reports', 'medical needs, allergies and dietary requirements', 'special educational needs information'] },
  { heading: 2, text: 'Why we use this information' },
  { paragraph: 'We rely on pupil information so that we can:' },
  { numbered: ['support learning and report on progress', 'keep children safe and look after their wellbeing', 'meet the statutory duties placed on us by the Department for Education'] },
  { heading: 3, text: 'Our lawful basis' },
  { paragraph: 'We process this information because we must comply with a legal obligation under Article 6(1)(c) of the UK GDPR, and to carry out a task in the public interest under Article 6(1)(e). Health details are special category data, which we handle under Article 9(2)(g).' },
  { heading: 2, text: 'How long we keep it' },
  { paragraph: 'We hold pupil records securely for as long as our records management policy requires, which for most files is until the pupil reaches the age of 25.' },
  { heading: 2, text: 'Who we share it with' },
  { paragraph: 'We pass information to the local authority, to the school nurse service, and to the Department for Education. We never give information to anyone else without consent unless the law requires us to.' },
  { heading: 2, text: 'Your rights' },
  { paragraph: 'Parents and pupils may ask for a copy of the information we hold, ask us to correct it, or object to some uses of it. To make a request, write to the school office at office@example.com.' },
  { heading: 2, text: 'Complaints' },
  { paragraph: 'If you are unhappy with how we have handled your information, please talk to us first. You can also complain to the Information Commissioner\'s Office at ico.org.uk or on 0303 123 1113.' },
  { heading: 2, text: 'Last updated' },
  { paragraph: 'We last reviewed this notice in September 2026.' },
];

const texts = (block) => block.bullets ?? block.numbered;

function markdown() {
  return notice
    .map((block) => {
      if (block.heading) return `${'#'.repeat(block.heading)} ${block.text}`;
      if (block.paragraph) return block.paragraph;
      return texts(block).map((item, i) => (block.bullets ? `- ${item}` : `${i + 1}. ${item}`)).join('\n');
    })
    .join('\n\n') + '\n';
}

function plainText(eol) {
  return notice
    .map((block) => {
      if (block.heading) return block.text;
      if (block.paragraph) return block.paragraph;
      return texts(block).map((item, i) => (block.bullets ? `• ${item}` : `${i + 1}. ${item}`)).join(eol);
    })
    .join(eol + eol) + eol;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function html() {
  const body = notice
    .map((block) => {
      if (block.heading) return `<h${block.heading}>${escapeHtml(block.text)}</h${block.heading}>`;
      if (block.paragraph) return `<p>${escapeHtml(block.paragraph)}</p>`;
      const tag = block.bullets ? 'ul' : 'ol';
      return `<${tag}>${texts(block).map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    })
    .join('\n      ');
  return `<!DOCTYPE html>
<html lang="en-GB">
  <head><meta charset="utf-8"><title>Privacy | Oakfield Primary School</title><style>body { font-family: sans-serif; }</style></head>
  <body>
    <header><p class="site-title">Oakfield Primary School</p><p>Learning together since 1952</p></header>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/policies">Policies</a></li></ul></nav>
    <div id="cookie-banner"><p>This website uses cookies to improve your visit.</p><button>Accept</button></div>
    <main>
      ${body}
    </main>
    <aside><h2>Latest news</h2><p>Sports day has moved to Friday.</p></aside>
    <footer><p>Copyright Oakfield Primary School. Website by Example Web Ltd.</p></footer>
    <script>window.analytics = true;</script>
  </body>
</html>
`;
}

async function docx() {
  const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
  const children = notice.flatMap((block) => {
    if (block.heading) return [new Paragraph({ text: block.text, heading: headingLevels[block.heading] })];
    if (block.paragraph) return [new Paragraph({ text: block.paragraph })];
    return texts(block).map((item) => new Paragraph(block.bullets ? { text: item, bullet: { level: 0 } } : { text: item, numbering: { reference: 'numbered', level: 0 } }));
  });
  const document = new Document({
    creator: 'noticelint fixtures',
    numbering: { config: [{ reference: 'numbered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

function pdfBuffer(options, draw) {
  const doc = new PDFDocument({ margin: 72, info: { Title: 'Fixture', CreationDate: new Date(0) }, ...options });
  const chunks = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

function pdf() {
  const headingSizes = { 1: 20, 2: 15, 3: 12 };
  return pdfBuffer({}, (doc) => {
    for (const block of notice) {
      if (block.heading) {
        doc.moveDown(0.6).font('Helvetica-Bold').fontSize(headingSizes[block.heading]).text(block.text, { paragraphGap: 4 });
      } else if (block.paragraph) {
        doc.font('Helvetica').fontSize(11).text(block.paragraph, { paragraphGap: 8 });
      } else {
        texts(block).forEach((item, i) => doc.font('Helvetica').fontSize(11).text(`${block.bullets ? '•' : `${i + 1}.`} ${item}`, { paragraphGap: 2 }));
        doc.moveDown(0.5);
      }
    }
  });
}

/**
 * Three pages: a running header and "Page n of 3" footer on each, a full-width title, two
 * columns on page 1, a word hyphenated across a line break, and a sentence that carries
 * on from page 2 to page 3.
 */
function layoutPdf() {
  const left = ['The school keeps attendance', 'registers for every pupil. These', 'records are checked each term', 'by the office team.'];
  const right = ['Medical information is shared', 'with the school nurse when a', 'child needs care during the', 'school day.'];
  return pdfBuffer({ autoFirstPage: false }, (doc) => {
    for (let page = 1; page <= 3; page++) {
      doc.addPage();
      doc.font('Helvetica').fontSize(9).text('Oakfield Primary School - Privacy notice', 72, 40, { lineBreak: false });
      doc.font('Helvetica').fontSize(9).text(`Page ${page} of 3`, 72, 750, { lineBreak: false });
      if (page === 1) {
        doc.font('Helvetica-Bold').fontSize(18).text('How we use pupil information', 72, 90, { lineBreak: false });
        left.forEach((line, i) => doc.font('Helvetica').fontSize(11).text(line, 72, 130 + i * 14, { lineBreak: false }));
        right.forEach((line, i) => doc.font('Helvetica').fontSize(11).text(line, 320, 130 + i * 14, { lineBreak: false }));
      } else if (page === 2) {
        doc.font('Helvetica-Bold').fontSize(14).text('Keeping records', 72, 90, { lineBreak: false });
        doc.font('Helvetica').fontSize(11).text('We follow the retention schedule in our regu-', 72, 120, { lineBreak: false });
        doc.font('Helvetica').fontSize(11).text('lations and review it every year.', 72, 134, { lineBreak: false });
        doc.font('Helvetica').fontSize(11).text('When a pupil leaves, their file is passed to', 72, 690, { lineBreak: false });
      } else {
        doc.font('Helvetica').fontSize(11).text('their next school within fifteen school days.', 72, 90, { lineBreak: false });
        doc.font('Helvetica-Bold').fontSize(14).text('Contact', 72, 130, { lineBreak: false });
        doc.font('Helvetica').fontSize(11).text('Write to the office at office@example.com.', 72, 160, { lineBreak: false });
      }
    }
  });
}

/** A zip with one stored-as-deflate entry; `size` bytes of zeros inflate from a few KB. */
function zipWithEntry(name, content) {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralStart = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralStart, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const write = (name, data) => writeFileSync(`${out}${name}`, data);

write('notice.md', markdown());
write('notice.txt', plainText('\n'));
write('notice-windows-1252.txt', iconv.encode(plainText('\r\n').replace('Information Commissioner\'s', 'Information Commissioner\u2019s'), 'windows-1252'));
write('notice-utf-16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(plainText('\r\n'), 'utf-16le')]));
write('notice.html', html());
write('notice.docx', await docx());
write('notice.pdf', await pdf());
write('layout.pdf', await layoutPdf());

const docxBytes = readFileSync(`${out}notice.docx`);
const pdfBytes = readFileSync(`${out}notice.pdf`);
write('bad/truncated.docx', docxBytes.subarray(0, Math.floor(docxBytes.length / 2)));
write('bad/truncated.pdf', pdfBytes.subarray(0, 400));
write('bad/zip-bomb.docx', zipWithEntry('word/document.xml', Buffer.alloc(2 * 1024 * 1024)));
write('bad/password.pdf', await pdfBuffer({ userPassword: 'oakfield', ownerPassword: 'oakfield-owner' }, (doc) => doc.fontSize(11).text('Secret notice text.')));
write('bad/image-only.pdf', await pdfBuffer({}, (doc) => doc.rect(72, 72, 200, 120).fill('#336699')));
write('bad/binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00]));
write('bad/empty.txt', '');
write('bad/notice.rtf', '{\\rtf1\\ansi Oakfield Primary School privacy notice}');
console.log(`wrote fixtures to ${out}`);

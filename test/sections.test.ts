import type { Owner, SectionedNotice, Topic } from '../src/types.js';
import { describe, expect, it } from 'vitest';
import { loadNotice, parseNotice } from '../src/load/index.js';
import { sectionNotice, summarizeSections } from '../src/sections/index.js';
import { sectionAt } from '../src/checks/text.js';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;

async function sectioned(path: string): Promise<SectionedNotice> {
  return sectionNotice(await loadNotice(fixture(path)));
}

type Row = [id: string, heading: string | null, level: number, topic: Topic, owner: Owner];
const rows = (notice: SectionedNotice): Row[] => notice.sections.map((s) => [s.id, s.heading, s.level, s.topic, s.owner]);

function expectTiling(notice: SectionedNotice): void {
  for (let i = 1; i < notice.sections.length; i++) {
    expect(notice.sections[i].start).toBe(notice.sections[i - 1].end);
  }
  expect(notice.sections[notice.sections.length - 1].end).toBe(notice.text.length);
  for (const s of notice.sections) {
    expect(sectionAt(notice, s.start)).toBe(s);
    if (s.headingNode && notice.format === 'text') expect(notice.text.slice(s.start, s.bodyStart).replace(/\s+/g, ' ')).toBe(s.heading);
  }
}

describe('plain-text sections', () => {
  it('keeps website chrome, an address block and a signature out of the headings', async () => {
    const notice = await sectioned('sections/address-signature.txt');
    expect(rows(notice)).toEqual([
      ['0', null, 0, 'intro', 'school'],
      ['1', 'Privacy notice for pupils and their families', 1, 'intro', 'school'],
      ['1.1', 'Who we are', 2, 'controller', 'school'],
      ['1.2', 'What information we keep', 2, 'categories', 'school'],
      ['1.3', 'Contact', 2, 'contact', 'school'],
    ]);
    const contact = notice.sections[4];
    expect([contact.line, contact.endLine]).toEqual([24, 32]);
    expectTiling(notice);
  });

  it('reads a "Label: value" contact block as the section\'s text, its first line included', async () => {
    const notice = await sectioned('sections/labelled-contact-block.txt');
    expect(rows(notice)).toEqual([
      ['1', 'Privacy notice for parents', 1, 'intro', 'school'],
      ['1.1', 'Your rights', 2, 'rights', 'school'],
      ['1.2', 'Contact', 2, 'contact', 'school'],
      ['1.3', 'Last updated', 2, 'last-updated', 'school'],
    ]);
    expect(notice.sections.map((s) => [s.line, s.endLine])).toEqual([[1, 3], [5, 7], [9, 15], [17, 19]]);
    expectTiling(notice);
  });

  it('does not take a paragraph\'s first line, filled to the wrap width, for a heading', async () => {
    const notice = await sectioned('sections/hard-wrapped.txt');
    expect(rows(notice)).toEqual([
      ['1', 'Privacy notice for parents and carers', 1, 'intro', 'school'],
      ['1.1', 'Who we are', 2, 'controller', 'school'],
      ['1.2', 'The information we hold', 2, 'categories', 'school'],
      ['1.3', 'How long we keep it', 2, 'storage', 'school'],
      ['1.4', 'Your rights', 2, 'rights', 'school'],
    ]);
    expectTiling(notice);
  });

  it('keeps a long heading worded as notices word them, even when it fills the wrap width', async () => {
    const wrapped = (await loadNotice(fixture('sections/hard-wrapped.txt'))).text;
    const text = `${wrapped}\nThe lawful basis on which the school uses information about your child\nMost of what we do is our public task as a school, and some of it is a legal\nobligation, such as the census returns that the Department for Education asks for.\n`;
    const notice = sectionNotice(parseNotice(text, 'text', 'notice.txt'));
    expect(notice.sections.at(-1)?.heading).toBe('The lawful basis on which the school uses information about your child');
    expect(notice.sections.at(-1)?.topic).toBe('lawful-basis');
  });

  it('finds headings in a notice with no blank lines', async () => {
    const notice = await sectioned('sections/no-blank-lines.txt');
    expect(rows(notice)).toEqual([
      ['1', 'Privacy Notice', 1, 'intro', 'school'],
      ['1.1', 'Who We Are', 2, 'controller', 'school'],
      ['1.2', 'What We Collect', 2, 'categories', 'school'],
      ['1.3', 'How Long We Keep It', 2, 'storage', 'school'],
      ['1.4', 'Your Rights', 2, 'rights', 'school'],
    ]);
    expect(notice.sections.map((s) => [s.line, s.endLine])).toEqual([[1, 2], [3, 4], [5, 8], [9, 10], [11, 12]]);
    expectTiling(notice);
  });

  it('nests numbered headings by their numbering and lets sub-sections take the parent topic', async () => {
    const notice = await sectioned('sections/numbered.txt');
    expect(rows(notice)).toEqual([
      ['1', 'Riverside Academy Trust – Pupil Privacy Notice', 1, 'intro', 'school'],
      ['1.1', '1 Introduction', 2, 'intro', 'school'],
      ['1.2', '2 The information we hold', 2, 'categories', 'school'],
      ['1.2.1', '2.1 Pupils', 3, 'categories', 'school'],
      ['1.2.2', '2.2 Parents and carers', 3, 'categories', 'school'],
      ['1.3', '3 Keeping information', 2, 'storage', 'school'],
      ['1.3.1', '3.1 Security', 3, 'storage', 'school'],
      ['1.3.2', '3.2 Retention', 3, 'storage', 'school'],
      ['1.4', '4 Contact', 2, 'contact', 'school'],
    ]);
    const pupils = notice.sections[3];
    expect(pupils.parentId).toBe('1.2');
    expect(pupils.confidence).toBeLessThan(notice.sections[2].confidence);
    expectTiling(notice);
  });

  it('gives the DfE block to the DfE and an appended council notice to the council', async () => {
    const notice = await sectioned('sections/owners.txt');
    expect(rows(notice)).toEqual([
      ['1', 'Privacy notice for parents', 1, 'intro', 'school'],
      ['1.1', 'Why we share pupil information', 2, 'sharing-why', 'school'],
      ['1.2', 'How Government uses your data', 2, 'npd', 'dfe'],
      ['1.3', 'The National Pupil Database (NPD)', 2, 'npd', 'dfe'],
      ['1.4', 'Requesting access to your personal data', 2, 'rights', 'school'],
      ['1.5', 'Appendix A – Oakfield County Council privacy notice', 2, 'appendix', 'third-party'],
      ['1.5.1', 'How the council uses your information', 3, 'appendix', 'third-party'],
      ['1.5.2', 'Your rights', 3, 'appendix', 'third-party'],
    ]);
    expectTiling(notice);
  });

  it('puts the sections after an appended council notice under it, as the council’s', async () => {
    const notice = await sectioned('sections/appended-notice.txt');
    expect(rows(notice)).toEqual([
      ['1', 'Privacy notice for pupils', 1, 'intro', 'school'],
      ['1.1', 'Your rights', 2, 'rights', 'school'],
      ['1.2', 'Oakfield County Council privacy notice for school admissions', 2, 'intro', 'third-party'],
      ['1.2.1', 'Your rights', 3, 'rights', 'third-party'],
      ['1.2.2', 'How long the council keeps information', 3, 'storage', 'third-party'],
    ]);
  });

  it('gives the sections after a company’s appended "… Ltd: how we use your information" to the company', () => {
    const text = [
      'Privacy notice for pupils', '', 'Who we are', 'Hilltop Primary School is the controller.', '',
      'How long we keep information', 'We keep records for the periods in our retention schedule.', '',
      'Your rights', 'You can ask for a copy of the information we hold about your child.', '',
      'Sunrise Clubs Ltd: how we use your information', '(Breakfast Club at Hilltop Primary School)', '',
      'Who we are', 'Sunrise Clubs Ltd runs the breakfast club.', '',
      'Your rights', 'You can object to how we use your information.',
    ].join('\n');
    const notice = sectionNotice(parseNotice(text, 'text', 'notice.txt'));
    expect(notice.sections.filter((s) => s.heading).map((s) => [s.heading, s.owner])).toEqual([
      ['Privacy notice for pupils', 'school'],
      ['Who we are', 'school'],
      ['How long we keep information', 'school'],
      ['Your rights', 'school'],
      ['Sunrise Clubs Ltd: how we use your information', 'third-party'],
      ['Who we are', 'third-party'],
      ['Your rights', 'third-party'],
    ]);
  });

  it('takes an appended "… Council: how we use your information" for the title of the council\'s own notice', () => {
    const text = [
      'Privacy notice for parents', '', 'Your rights', 'You can ask for a copy of the information we hold about your child.', '',
      'Marshfield Borough Council: how we use your information',
      'The council receives pupil information from schools. Its data protection officer can be contacted at dpo@marshfield.example.gov.uk or on 01632 964 000.',
    ].join('\n');
    const notice = sectionNotice(parseNotice(text, 'text', 'notice.txt'));
    expect(notice.sections.filter((s) => s.heading).map((s) => [s.heading, s.topic, s.owner])).toEqual([
      ['Privacy notice for parents', 'intro', 'school'],
      ['Your rights', 'rights', 'school'],
      ['Marshfield Borough Council: how we use your information', 'intro', 'third-party'],
    ]);
  });

  it('gives a heading that only names a recipient the sharing topic, unless its place says more', () => {
    const body = 'We may have to pass some details to them so that they can meet their own duties, for example on admissions.';
    const text = ['Privacy notice for parents', '', 'Brookfield Primary School explains here how it uses pupil information.', '', 'Local authorities', body, '', 'Examining bodies', body, '', 'Admissions', body].join('\n');
    expect(sectionNotice(parseNotice(text, 'text', 'notice.txt')).sections.filter((s) => s.heading).map((s) => [s.heading, s.topic])).toEqual([
      ['Privacy notice for parents', 'intro'],
      ['Local authorities', 'sharing'],
      ['Examining bodies', 'sharing'],
      ['Admissions', 'other'],
    ]);
    const nested = `# Privacy notice\n\nBrookfield Primary School explains here how it uses pupil information.\n\n## Why we regularly share pupil information\n\nWe only share what the law allows.\n\n### Local authorities\n\n${body}\n`;
    expect(sectionNotice(parseNotice(nested, 'markdown', 'notice.md')).sections.map((s) => s.topic)).toEqual(['intro', 'sharing-why', 'sharing-why']);
    // Every heading at the top level, as a PDF or Word file gives them: still no title after the text.
    const flat = `# Westmoor County Council\n\n# Privacy notice\n\nBrookfield Primary School explains here how it uses pupil information.\n\n# Local authorities\n\n${body}\n`;
    expect(sectionNotice(parseNotice(flat, 'markdown', 'notice.md')).sections.map((s) => s.topic)).toEqual(['intro', 'intro', 'sharing']);
  });

  it('gives an appendix entry to the organisation its body names as using the data', () => {
    const text = [
      'Privacy notice for parents', '', 'Hilltop Primary School explains here how it uses pupil information.', '',
      'Appendix B – Who we share data with', '',
      'Northgate Schools Partnership', 'Northgate Schools Partnership (NSP) uses pupil information to plan training for the schools in the area.', '',
      'Our catering provider', 'We pass dietary needs to our catering provider so that it can prepare safe meals.',
    ].join('\n');
    const notice = sectionNotice(parseNotice(text, 'text', 'notice.txt'));
    expect(notice.sections.filter((s) => s.heading).map((s) => [s.heading, s.owner])).toEqual([
      ['Privacy notice for parents', 'school'],
      ['Appendix B – Who we share data with', 'school'],
      ['Northgate Schools Partnership', 'third-party'],
      ['Our catering provider', 'school'],
    ]);
  });


  it('gives a notice pasted in after the school’s own to its author, and keeps the school’s second notice', () => {
    const school = ['Hilltop Primary School: privacy notice for pupils', '', 'Who we are', 'Hilltop Primary School is the controller.', '', 'Your rights', 'You can ask for a copy.', '', 'Complaints', 'Tell the headteacher.', ''];
    const owners = (...rest: string[]) => sectionNotice(parseNotice([...school, ...rest].join('\n'), 'text', 'notice.txt')).sections.slice(4).map((s) => [s.heading, s.owner]);
    expect(owners('Other organisations', 'The council has its own notice, copied below.', '', '-----', '', 'Education services privacy notice', '', 'Your rights', 'You can ask the council for a copy.')).toEqual([
      ['Other organisations', 'school'],
      ['Education services privacy notice', 'third-party'],
      ['Your rights', 'third-party'],
    ]);
    expect(owners('Other organisations', 'These bodies also use pupil data.', '', 'Westshire County Council', '', 'Privacy notice: Education services', '', 'Your rights', 'You can ask the council for a copy.').slice(-2)).toEqual([
      ['Westshire County Council', 'third-party'],
      ['Your rights', 'third-party'],
    ]);
    // A question naming a body, over a paragraph that mentions its privacy notice, is the school's.
    expect(owners('What is the Learning Records Service?', 'The Learning Records Service gives us learner numbers. See the LRS privacy notice on GOV.UK.', '', 'Your rights', 'You can ask us for a copy.')).toEqual([
      ['What is the Learning Records Service?', 'school'],
      ['Your rights', 'school'],
    ]);
    expect(owners('Privacy notice for parents and carers', 'We also hold information about you as a parent.', '', 'Your rights', 'You can ask us for a copy.')).toEqual([
      ['Privacy notice for parents and carers', 'school'],
      ['Your rights', 'school'],
    ]);
  });

  it('reads whose an appendix is from its title after the label', () => {
    const text = [
      '# Hilltop Primary School: how we use pupil information', '', 'We are Hilltop Primary School.', '',
      '## How the Department for Education uses your data', '', 'Pupil data is used for funding.', '',
      '## Appendix A – How the Department for Education uses your data', '', 'Pupil data is used for funding.', '',
      '## Appendix B – How Marlow Vale Borough Council uses pupil information', '', 'Records are kept for a year.', '',
      "## Annex 2: Westshire County Council's use of pupil data", '', 'Records are kept for a year.', '',
      '## Appendix C – How we share data with the council', '', 'We send attendance figures each term.',
    ].join('\n');
    const notice = sectionNotice(parseNotice(text, 'markdown', 'notice.md'));
    expect(notice.sections.slice(1).map((s) => [s.topic, s.owner])).toEqual([
      ['npd', 'dfe'],
      ['appendix', 'dfe'],
      ['appendix', 'third-party'],
      ['appendix', 'third-party'],
      ['appendix', 'school'],
    ]);
  });
  it('keeps a council model notice used as the school’s own as the school’s', () => {
    const text = [
      'Westmere County Council: how we use pupil information', '', 'Who we are', 'Hilltop Primary School is the controller.', '',
      'Your rights', 'You can ask for a copy of the information we hold about your child.',
    ].join('\n');
    const notice = sectionNotice(parseNotice(text, 'text', 'notice.txt'));
    expect(notice.sections.filter((s) => s.heading === 'Your rights').map((s) => s.owner)).toEqual(['school']);
  });

  it('keeps a sentence ending in ":" out of the headings but the DfE’s "categories … include:" in', async () => {
    const notice = await sectioned('sections/lead-ins.txt');
    expect(rows(notice)).toEqual([
      ['1', 'Privacy notice for pupils', 1, 'intro', 'school'],
      ['1.1', 'The categories of pupil information that we hold include:', 2, 'categories', 'school'],
      ['1.2', 'Why we use pupil information', 2, 'purposes', 'school'],
      ['1.3', 'Where the information comes from', 2, 'collection', 'school'],
    ]);
    const categories = notice.sections[1].nodes;
    expect(categories.map((n) => n.type)).toEqual(['list']);
    expectTiling(notice);
  });

  it('takes questions for headings, including those with "if you" in them', async () => {
    const notice = await sectioned('sections/question-headings.txt');
    expect(rows(notice).map((row) => row[1])).toEqual([
      null,
      "What do we use your child's information for?",
      'What if we rely on your consent?',
      'What can you ask us to do?',
      'What can you do if you are unhappy with how we have used your information?',
    ]);
    expect(notice.sections.slice(-2).map((s) => s.topic)).toEqual(['rights', 'complaints']);
    expectTiling(notice);
  });

  it('reads items worded like headings ("Contact details, …") as items of the list they sit in', async () => {
    const notice = await sectioned('sections/heading-like-items.txt');
    expect(rows(notice)).toEqual([
      ['1', 'Privacy notice for families', 1, 'intro', 'school'],
      ['1.1', 'The information we hold', 2, 'categories', 'school'],
      ['1.2', 'Who we share information with', 2, 'sharing', 'school'],
      ['1.3', 'Your rights', 2, 'rights', 'school'],
    ]);
    expectTiling(notice);
  });

  it('keeps table rows and "Label: value" lines out of the headings', async () => {
    const notice = await sectioned('sections/table-rows.txt');
    expect(rows(notice)).toEqual([
      ['1', 'Privacy notice for pupils', 1, 'intro', 'school'],
      ['1.1', 'Information we hold about pupils', 2, 'categories', 'school'],
      ['1.2', 'Your rights', 2, 'rights', 'school'],
    ]);
  });

  it('ends an appended council notice where the school speaks as "we" again', async () => {
    const notice = await sectioned('sections/school-after-appended.txt');
    expect(rows(notice)).toEqual([
      ['1', 'Privacy notice for pupils', 1, 'intro', 'school'],
      ['1.1', 'Who we share information with', 2, 'sharing', 'school'],
      ['1.2', 'Westvale District Council privacy notice for schools', 2, 'intro', 'third-party'],
      ['1.3', 'Your rights', 2, 'rights', 'school'],
    ]);
  });

  it('takes a long line ending in ":" as a heading when prose, not a list, follows it', () => {
    const text = 'Why we use pupil information\n\nWe use records to teach and to keep pupils safe.\n\nThe lawful basis on which we use this information:\nMost of this is our public task as a school. The census is a legal obligation.\n';
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.map((s) => [s.heading, s.topic])).toEqual([
      ['Why we use pupil information', 'purposes'],
      ['The lawful basis on which we use this information:', 'lawful-basis'],
    ]);
  });

  it('reads "Section 3 – …" headings by the words after the numbering', () => {
    const text = 'SECTION 1 – HOW WE USE IT\n\nRiverside Academy Trust uses records to teach pupils and to keep them safe.\n\nSECTION 2 – RETENTION\n\nFiles pass to the next school when a pupil leaves.\n';
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.map((s) => s.topic)).toEqual(['purposes', 'storage']);
  });

  it('gives a section headed "How <named council or careers provider> uses your data" to that body, but not "How we and the council use it"', () => {
    const text = [
      'How we use pupil information',
      '',
      'We use records to teach pupils and keep them safe.',
      '',
      'HOW WREXFORD CITY COUNCIL USES YOUR DATA',
      '',
      'The council uses admissions records to plan school places.',
      '',
      'How our careers provider uses your data',
      '',
      'The provider keeps notes of guidance interviews for three years.',
      '',
      'How we and the council use attendance data',
      '',
      'We share attendance figures with the council each week.',
      '',
    ].join('\n');
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.slice(1).map((s) => [s.heading, s.owner])).toEqual([
      ['HOW WREXFORD CITY COUNCIL USES YOUR DATA', 'third-party'],
      ['How our careers provider uses your data', 'third-party'],
      ['How we and the council use attendance data', 'school'],
    ]);
  });

  it('reads "Part B – …" and "B6. …" headings by their words, and gives another body’s part its numbered sections', () => {
    const text = [
      'Part A – How Ashgrove Primary School uses pupil information',
      '',
      'We use records to teach pupils and to keep them safe, and we keep them for six years after a pupil leaves.',
      '',
      'PART B – HOW THE COUNCIL USES PUPIL DATA',
      '',
      'The county council uses admissions and transport records to run its own services.',
      '',
      'B1. Admissions',
      '',
      'Applications for school places are handled by the admissions team.',
      '',
      'B6. How long the council keeps the information',
      '',
      'Transport records are kept by the council for six years.',
      '',
    ].join('\n');
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.slice(1).map((s) => [s.heading, s.owner])).toEqual([
      ['PART B – HOW THE COUNCIL USES PUPIL DATA', 'third-party'],
      ['B1. Admissions', 'third-party'],
      ['B6. How long the council keeps the information', 'third-party'],
    ]);
  });

  it('reads question headings written from the family’s side', () => {
    const text = 'What do you collect?\n\nNames, addresses and attendance records for every child at Oakfield Primary School.\n\nCan I see the information?\n\nYes: ask the office and a copy will follow within a month.\n\nNot happy?\n\nTalk to the headteacher, or to the Information Commissioner’s Office.\n';
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.map((s) => [s.heading, s.topic])).toEqual([
      ['What do you collect?', 'categories'],
      ['Can I see the information?', 'rights'],
      ['Not happy?', 'complaints'],
    ]);
  });

  it('takes a question answered by "A." on the next line for a heading, read without its "Q."', () => {
    const text = [
      'Q. How long do you keep the records?',
      'A. Until the pupil leaves Hilltop Infant School, then they pass to the junior school.',
      '',
      'Q3: Where does the information come from?',
      'A3: From parents, and from the nursery a child attended before.',
      '',
      'Our notes on this page:',
      'Q. Is a question without an answer a heading?',
      'We think not, so it stays in the text above.',
      '',
    ].join('\n');
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.map((s) => [s.heading, s.topic])).toEqual([
      ['Q. How long do you keep the records?', 'storage'],
      ['Q3: Where does the information come from?', 'collection'],
    ]);
  });

  it('gives Q&A headings in a parent’s words their topics', () => {
    const questions: [string, string][] = [
      ['Q. Who do you share my child’s details with?', 'sharing'],
      ['Q. Where else does information come from?', 'collection'],
      ['Q. What goes to the DfE, and why?', 'dfe'],
      ['Q. How do I find out what the DfE holds about my child?', 'npd'],
      ['Q. Is the information compulsory?', 'collection'],
    ];
    const text = questions.map(([question]) => `${question}\nA. Ask the office at Ferncombe Primary School.\n`).join('\n');
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.map((s) => [s.heading, s.topic])).toEqual(questions);
  });

  it('marks a general definition as nobody’s processing', async () => {
    const notice = await sectioned('sections/definition.txt');
    expect(rows(notice)).toEqual([
      ['1', 'Privacy notice for pupils', 1, 'intro', 'school'],
      ['1.1', 'What is personal data?', 2, 'categories', 'definition'],
      ['1.2', 'The information we collect about pupils', 2, 'categories', 'school'],
    ]);
  });

  it('calls "How we use pupil information" the introduction as a title and the purposes further down', () => {
    const text = 'How we use pupil information\n\nOakfield Primary School holds records about every pupil.\n\nHow we use pupil information\n\nWe use them to plan lessons and to keep pupils safe.\n';
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.map((s) => s.topic)).toEqual(['intro', 'purposes']);
  });

  it('calls "How we use pupil information" straight under a named title the introduction, after a letterhead too', () => {
    const text = 'Mill Road, Hollinsford HB4 7QT\n\nOur aim: every child learns to love reading.\n\nHollins Brook School Privacy Notice\n\nHow we use pupil information\n\nThis notice explains what we collect and why.\n\nWhy we collect and use pupil information\n\nWe use it to support learning.\n';
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.filter((s) => s.heading !== null).map((s) => [s.heading, s.topic])).toEqual([
      ['Hollins Brook School Privacy Notice', 'intro'],
      ['How we use pupil information', 'intro'],
      ['Why we collect and use pupil information', 'purposes'],
    ]);
  });

  it('reads a web page\'s headings after their icons ("🔍 Why we use pupil data")', () => {
    const text = 'Privacy notice for parents\n\nThis notice explains how we use information about pupils.\n\n🏫 Who We Are\n\nHollins Brook School is the data controller.\n\n🔍 Why We Use Pupil Data\n\nWe use it to support learning and to keep pupils safe.\n';
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.filter((s) => s.heading !== null).map((s) => [s.heading, s.topic])).toEqual([
      ['Privacy notice for parents', 'intro'],
      ['🏫 Who We Are', 'controller'],
      ['🔍 Why We Use Pupil Data', 'purposes'],
    ]);
  });

  it('keeps an address block\'s street line and "Data controller: …" fields out of the headings', () => {
    const text = 'Privacy notice for parents\n\nThe postal address of the trust is:\n\nHollins Learning Trust\n\nCamel Road\n\nData controller: Hollins Learning Trust\n\nData Protection Officer (DPO): Ruth Mensah\n\nWhat we collect\n\nWe collect contact details and attendance records.\n';
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.filter((s) => s.heading !== null).map((s) => s.heading)).toEqual(['Privacy notice for parents', 'What we collect']);
  });

  it('reads a contents list after "This privacy notice sets out the following information:" as a list, not as headings', () => {
    const text = 'This privacy notice sets out the following information:\nThe personal data we collect\nWhy we use this data\nHow Government uses your data\nWe collect names, addresses and attendance records, and we receive records from previous schools and the local authority when a pupil joins us.\nWhy we use this data\nWe use it to support learning.\n';
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.filter((s) => s.heading !== null).map((s) => [s.heading, s.topic, s.owner])).toEqual([['Why we use this data', 'purposes', 'school']]);
  });

  it('takes "Introduction & Who We Are" and "Information We May Collect" for headings, and "Purpose of this policy" for the introduction', () => {
    const text = '1. Introduction & Who We Are\n\nSkylark Day Nursery is the data controller.\n\n2. Purpose of this Policy\n\nThis policy explains what we collect and why.\n\n3. Information We May Collect\n\nWe may collect names, dates of birth and allergies.\n';
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.filter((s) => s.heading !== null).map((s) => [s.heading, s.topic])).toEqual([
      ['1. Introduction & Who We Are', 'intro'],
      ['2. Purpose of this Policy', 'intro'],
      ['3. Information We May Collect', 'categories'],
    ]);
  });

  it('marks "What is “personal information”?" with curly quotes as a definition', () => {
    const text = 'Privacy notice\n\nThis notice explains how we use information.\n\nWhat is “personal information”?\n\nPersonal information is anything that identifies a living person.\n';
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.at(-1)?.owner).toBe('definition');
  });

  it('keeps the heading of a DfE sub-part under a school heading school-owned', () => {
    const text = 'Why we share pupil information\n\nWe share some records with others when the law says we must.\n\nDepartment for Education\n\nWe send the termly census to the Department for Education because the law requires it.\n';
    const notice = sectionNotice(parseNotice(text, 'text', 'x.txt'));
    expect(notice.sections.map((s) => [s.topic, s.owner])).toEqual([['sharing-why', 'school'], ['dfe', 'school']]);
  });
});

describe('Markdown sections', () => {
  it('nests by heading depth and inherits the DfE owner', async () => {
    const notice = await sectioned('load/markdown.md');
    expect(rows(notice)).toEqual([
      ['1', 'Privacy notice (how we use pupil information)', 1, 'intro', 'school'],
      ['1.1', 'Who we share pupil information with', 2, 'sharing', 'school'],
      ['1.2', 'How Government uses your data', 2, 'npd', 'dfe'],
      ['1.2.1', 'Data collection requirements', 3, 'dfe', 'dfe'],
      ['1.2.2', 'Sharing by the Department', 3, 'npd', 'dfe'],
    ]);
    expectTiling(notice);
  });

  it('has a preamble "0" only when there is text before the first heading', () => {
    const withPreamble = sectionNotice(parseNotice('Draft for governors.\n\n# Privacy notice\n\nText here.\n', 'markdown', 'x.md'));
    expect(withPreamble.sections.map((s) => [s.id, s.heading, s.line, s.endLine])).toEqual([['0', null, 1, 1], ['1', 'Privacy notice', 3, 5]]);
    const without = sectionNotice(parseNotice('# Privacy notice\n\nText here.\n', 'markdown', 'x.md'));
    expect(without.sections.map((s) => s.id)).toEqual(['1']);
  });

  it('summarises sections with the public fields only', async () => {
    const summary = summarizeSections(await sectioned('sections/definition.txt'));
    expect(summary[1]).toEqual({ id: '1.1', parentId: '1', heading: 'What is personal data?', level: 2, topic: 'categories', confidence: 0.9, owner: 'definition', line: 5, endLine: 7 });
  });
});

// The sentence splitter every "in the same sentence" test and the reading-ease score rely on,
// and the pattern search every rule builds on.
import { describe, expect, it } from 'vitest';
import { findMatches, quote, sentenceSpans } from '../src/checks/text.js';
import { parseNotice } from '../src/load/index.js';
import { sectionNotice } from '../src/sections/index.js';

const sentences = (text: string) => sentenceSpans(text).map(([start, end]) => text.slice(start, end));

describe('sentenceSpans', () => {
  it('ends a sentence after . ! or ? and the spaces that follow', () => {
    expect(sentences('We keep records. You can ask!  Why?  Write to us.')).toEqual(['We keep records. ', 'You can ask!  ', 'Why?  ', 'Write to us.']);
  });

  it('does not end a sentence at an abbreviation before a lower-case word, a decimal or a web address', () => {
    expect(sentences('We share some data, e.g. the pupil number, with approx. two bodies.')).toHaveLength(1);
    expect(sentences('Version 2.5 is on www.example.com for all parents.')).toHaveLength(1);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(sentences('We call this "consent." It can be withdrawn (at any time.) Ask us.')).toEqual(['We call this "consent." ', 'It can be withdrawn (at any time.) ', 'Ask us.']);
  });

  it('ends a sentence after a full stop inside Markdown emphasis, as in a bold lead-in', () => {
    expect(sentences("**Our data protection officer.** The council's officer advises us.")).toEqual(['**Our data protection officer.** ', "The council's officer advises us."]);
  });

  it('ends a sentence at every line break, so a list item never runs into the next', () => {
    expect(sentences('We use data to:\nsupport learning\nkeep pupils safe')).toEqual(['We use data to:\n', 'support learning\n', 'keep pupils safe']);
  });

  it('covers the whole text with no gaps or overlaps', () => {
    const text = 'One.  Two? Three!\n\nFour e.g. five.';
    const spans = sentenceSpans(text);
    expect(spans[0][0]).toBe(0);
    expect(spans.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBe(spans[i - 1][1]);
  });
});

describe('findMatches in Markdown', () => {
  const notice = (text: string) => sectionNotice(parseNotice(text, 'markdown', 'notice.md'));

  it('reads a phrase across emphasis and code markers and points at it in the source', () => {
    const text = '# Admissions\n\nWhen you apply to Kingfisher Academy you **have to** give a `date of birth`.\n';
    const [match] = findMatches(notice(text), /\bhave to give a date of birth\b/gi);
    expect(match.text).toBe('have to** give a `date of birth');
    expect(text.slice(match.start, match.end)).toBe(match.text);
  });

  it('reads a phrase into the words of a link, keeping its address', () => {
    const text = '# Rights\n\nYou have the [right to object](https://example.com/rights) at any time.\n';
    const found = findMatches(notice(text), /\bhave the right to object\(https:\/\/example\.com/gi);
    expect(found.map((m) => m.text)).toEqual(['have the [right to object](https://example.com']);
  });

  it('keeps the markers out of a match that starts or ends beside them', () => {
    const text = '# Rights\n\nYou may ask us to ***restrict*** how Meadow Lane School uses it.\n';
    const found = findMatches(notice(text), /\brestrict\b/gi);
    expect(found.map((m) => m.text)).toEqual(['restrict']);
  });

  it('leaves literal asterisks and underscores in plain text alone', () => {
    const text = 'Name of pupil: ____ (write **in capitals**)\n';
    const plain = sectionNotice(parseNotice(text, 'text', 'notice.txt'));
    expect(findMatches(plain, /\*\*in capitals\*\*/g).map((m) => m.text)).toEqual(['**in capitals**']);
  });
});

describe('findMatches across line breaks in plain text', () => {
  const notice = (text: string) => sectionNotice(parseNotice(text, 'text', 'notice.txt'));

  it('reads a phrase wrapped onto the next line, but not one running from a table row into the next', () => {
    const wrapped = notice('How long we keep it\nWe keep records in line with our records\nretention schedule.\n');
    expect(findMatches(wrapped, /records retention schedule/).map((m) => m.text)).toEqual(['records\nretention schedule']);
    const table = notice('How long we keep it\nAttendance records\t3 years\nRetention schedule\tSee the policy\n');
    expect(findMatches(table, /3 years Retention/)).toEqual([]);
  });
});

describe('quote', () => {
  it('leaves out the bullet, number or heading mark a quoted line starts with', () => {
    expect(quote('- object to processing that causes damage or distress')).toBe('object to processing that causes damage or distress');
    expect(quote('* Claim compensation for damages')).toBe('Claim compensation for damages');
    expect(quote('3. Keep records for 40 days')).toBe('Keep records for 40 days');
    expect(quote('## Data Protection Act 1998')).toBe('Data Protection Act 1998');
    expect(quote('• a) the school census')).toBe('a) the school census');
  });

  it('keeps words that only look like marks, and shortens long text to one line', () => {
    expect(quote('A parent may ask')).toBe('A parent may ask');
    expect(quote('2018 was the year the GDPR began')).toBe('2018 was the year the GDPR began');
    expect(quote('We keep\n  records   safe', 10)).toBe('We keep r…');
  });

  it('leaves out Markdown bold markers, not a blank to fill in', () => {
    expect(quote('**photographs and video** – taken for records')).toBe('photographs and video – taken for records');
    expect(quote('ask for __consent__ first')).toBe('ask for consent first');
    expect(quote('Signed: ________')).toBe('Signed: ________');
  });
});

// The plain-text structurer: a .txt notice (usually copied from a school website) → the same
// kind of mdast remark gives for Markdown (heading, paragraph, list/listItem, text), with
// positions into the original text. Real notices carry no markup, so headings are found from
// how lines look and sit: short lines standing before body text, numbered "3.2" lines, the
// wording notices use for headings. Address blocks, signatures, table cells and website chrome
// are runs of short lines too; those stay paragraphs. When unsure, a line is not a heading.
import type { Heading, List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';
import type { Point, Position } from 'unist';
import { LEADING_ICON, NUMBERING, QUESTION_LABEL_SOURCE, isKnownHeading, isOtherBodysNotice, normalizeHeading, topicOfHeading } from './vocabulary.js';

interface Line {
  /** 1-based line number. */
  number: number;
  /** Offsets of the first and just past the last non-blank character. */
  contentStart: number;
  contentEnd: number;
  /** Column (1-based, UTF-16) of contentStart. */
  column: number;
  text: string;
  blank: boolean;
  indent: number;
  /** Cells separated by tabs or wide gaps: a table row copied from a web page or document. */
  tableRow: boolean;
}

type Role = 'blank' | 'candidate' | 'heading' | 'item' | 'body' | 'minor' | 'address';

interface Marker {
  kind: 'bullet' | 'ordered';
  /** Length of the marker and the spaces after it. */
  length: number;
  /** For "3." / "3.2": the numbers. */
  numbers?: number[];
}

// \uf0b7 and \uf0a7 are Word's Symbol and Wingdings bullets, as text copied from a PDF keeps them.
const BULLET = /^([•·▪◦●○■□➢►✓✔➤*\uf0b7\uf0a7]|[-–—](?=\s|[A-Za-z(])|o(?=\s))\s*/;
const LETTERED = /^(\([a-z]{1,3}\)|[a-z]{1,3}\)|[a-z]\.(?=\s))\s*/i;
/** Contact details: postcode, e-mail, web address, phone number, "Tel:". (Small patterns: each stays linear.) */
const CONTACT_SIGNALS: readonly RegExp[] = [
  /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/,
  /@|\bwww\.|https?:\/\//,
  /\b(tel|telephone|phone|email|e-mail|fax|website) ?:/i,
  /\b0\d{2,4} \d{3,4} ?\d{3,4}\b/,
  /\b0\d{9,10}\b/,
  // A street line of an address block ("Camel Road", "12 Lode Lane").
  /^(\d{1,4}[a-z]? )?(?!The )([A-Z][a-z'-]+ ){1,3}(Road|Street|Lane|Avenue|Drive|Close|Way|Crescent|Gardens|Terrace|Grove|Place|Square)$/,
];
/** Website navigation copied along with the notice. */
const WEBSITE_CHROME: readonly RegExp[] = [
  /[»›]|>>/,
  / \| /,
  /^(skip|scroll|jump) to (main )?content\b/i,
  /^(log ?in|menu|home( page)?|search|top|back to top|sitemap|school logo|font size|background colou?r|print( this page)?|share this page)$/i,
  /^(view sitemap|return to|↑)/i,
];
/** Words that open a sentence, not a heading (unless the line is a question). */
const SENTENCE_OPENING = /^(we|you|i|it|they|there|he|she|if|please|when|whilst|while|once|although|because|so|this|these|those|such|each|all|any|some|most|many|further to|in order|as|by|following|unless|where)\b/i;
const SENTENCE_VERB = /\s(is|are|was|were|will|must|can|cannot|may|should|shall|has|have|had|would|could|does|do|did|being|been)\s/i;
/** "September 2024", "12 May 2025", "Page 3 of 8": a date or page number on its own line. */
const DATE_OR_PAGE: readonly RegExp[] = [
  /^(\d{1,2}(st|nd|rd|th)? )?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec),? \d{4}$/i,
  /^page \d+( of \d+)?$/i,
];
/** A line ending in one of these was wrapped mid-sentence. */
const HARD_WRAP_ENDING = /\b(and|or|of|to|the|a|an|in|on|by|at|from|that|which|their|our|your|its)$/i;
/** A line ending inside brackets ("…the Education (Information") runs on into the next. */
const endsInsideBrackets = (text: string): boolean => text.lastIndexOf('(') > text.lastIndexOf(')');
/** A line that stops mid-sentence ("…the Education (Information", "…the information of"). */
const endsMidSentence = (text: string): boolean => HARD_WRAP_ENDING.test(text) || endsInsideBrackets(text);
/** "…includes:", "…the following:" introduce a list; they do not head a section. */
const LEAD_IN = /\b(includes|including|following|such as|explaining|below|is|are)\b/i;
/** A line announcing a list of the notice's own sections: "This privacy notice sets out the following information:". */
const CONTENTS_LEAD_IN = /\b(sets out|covers|contains|explains|is split into|is divided into)\b[^:]{0,60}:$|^(table of )?contents:?$/i;
/** A line announcing the list that follows ("We use the data to:", "…include:"). */
const LIST_LEAD_IN = /\b(to|includes?|including|following|as follows|such as|are|were) ?:$/i;
/** A question or "how we…" clause: verbs in it do not make the line a sentence. */
const QUESTION_CLAUSES: readonly RegExp[] = [
  /^(who|what|why|how|where|when|which|whose|whom|do|does|can|is|are)\b/i,
  /(?:[-–:(&]|\band) ?(who|what|why|how|where|when|which)\b/i,
  // A noun and its clause: "Information We May Collect", "Data we will hold about you".
  /^(the )?((personal|pupil|other) )?(information|data|details|records) (that |which )?(we|the school|the nursery) (may|will|might|can|must)\b/i,
];
/** Title lines too generic to head a section when a more specific title follows. */
const GENERIC_TITLES: readonly RegExp[] = [
  /^(privacy( notice| policy| statement)?s?|data protection|(uk )?gdpr|general data protection regulations?( \(gdpr\))?|your data|policies|statutory information|contact us|about us)$/,
  /(school|academy|trust|college|federation|nursery|playgroup|pre-school|preschool)$/,
  /^[^ ]+$/,
];
const matchesAny = (patterns: readonly RegExp[], text: string) => patterns.some((p) => p.test(text));

function isBlankChar(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || code === 0x200b || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 12 || code === 11;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    let contentStart = start;
    while (contentStart < end && isBlankChar(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isBlankChar(text.charCodeAt(contentEnd - 1))) contentEnd--;
    const content = text.slice(contentStart, contentEnd);
    lines.push({
      number,
      contentStart,
      contentEnd,
      column: contentStart - start + 1,
      text: content.replace(/[\s\u00a0]+/g, ' '),
      blank: contentStart === contentEnd,
      indent: contentStart - start,
      // A tab after a number or bullet ("3.\tWhy we use it", "•\tname") is Word's list spacing, not a cell gap.
      tableRow: /\S(\t| {3,})\S/.test(content.slice(markerOf(content)?.length ?? 0)),
    });
    if (end >= text.length) break;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
    number++;
  }
  return lines;
}

function markerOf(text: string): Marker | null {
  const numbered = NUMBERING.exec(text);
  if (numbered && /[.)]/.test(numbered[0]) && numbered[0].length < text.length) {
    return { kind: 'ordered', length: numbered[0].length, numbers: numbered[1].split('.').map(Number) };
  }
  if (numbered && numbered[1].includes('.')) return { kind: 'ordered', length: numbered[0].length, numbers: numbered[1].split('.').map(Number) };
  const bullet = BULLET.exec(text);
  if (bullet && bullet[0].length < text.length) return { kind: 'bullet', length: bullet[0].length };
  const lettered = LETTERED.exec(text);
  if (lettered && lettered[0].length < text.length) return { kind: 'ordered', length: lettered[0].length };
  return null;
}

/** Heading text without numbering, for the look tests. */
function withoutNumbering(text: string): string {
  return text.replace(LEADING_ICON, '').replace(NUMBERING, '');
}

/** "Email: office@…", "Version number: 1.2": a field, not a heading. */
function isFieldLine(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon >= text.length - 1) return false;
  const before = text.slice(0, colon).trim();
  const after = text.slice(colon + 1).trim();
  // "PART 12: YOUR RIGHTS", "Section 3: Sharing" number a heading; they label no field.
  if (DIVISION_NUMBER.test(before)) return false;
  if (/\d|@|www/.test(after)) return true;
  if (FIELD_LABEL.test(before)) return true;
  return before.split(' ').length <= 3 && after.split(' ').length <= 2;
}

const DIVISION_NUMBER = /^(part|section|chapter|appendix|annex|annexe|schedule)\s+([0-9]{1,3}|[ivxlc]{1,6}|[a-z])$/i;

/** Labels of a document's control fields ("Reviewed by: …", "Policy owner: …"). */
const FIELD_LABEL = /^((reviewed|approved|adopted|agreed|ratified|written|prepared|updated) by|author|owner|policy owner|date|version|status|review date|next review|headteacher|head teacher|chair( of governors)?|(data )?controller|data protection (officer|lead)( \(dpo\))?|dpo)$/i;

/**
 * A line ending in ":" that reads as a sentence (over eight words) and is followed by list
 * items introduces them ("Article 6 of the UK GDPR sets out the bases we rely on:"). Followed
 * by prose it heads it ("The lawful basis on which we use this information:"); the DfE
 * template's "The categories of … include:" heads its list by convention.
 */
function isLongLeadIn(content: string, words: number, next: Line | undefined): boolean {
  if (!content.endsWith(':') || words <= 8 || /^(the )?(categories|types|kinds) of\b/i.test(content)) return false;
  return !next || markerOf(next.text) !== null || isShortLine(next.text, 200);
}

/** Does this line, on its own, look like a heading? (context is judged later) */
function looksLikeHeading(line: Line, next?: Line): boolean {
  const content = withoutNumbering(line.text).replace(/^(\.\.\.|…)\s*/, '');
  if (content.length < 2 || content.length > 140) return false;
  if (!/[A-Za-z]{2}/.test(content)) return false;
  const words = content.split(' ').length;
  if (words > 20) return false;
  if (/[.;,!]$/.test(content) && !/\.\.\.$/.test(content)) return false;
  // "[Council wording v3.2, supplied to schools.]": an editor's note in square brackets heads nothing.
  if (/^\[[^\]]+\]$/.test(content) && /[.,;:]/.test(content)) return false;
  // "(Breakfast Club and After-School Club at Oakhanger Primary School)" under a title is its subtitle.
  if (/^\([^()]+\)$/.test(content)) return false;
  if (matchesAny(CONTACT_SIGNALS, content) || matchesAny(WEBSITE_CHROME, content)) return false;
  if (isFieldLine(content)) return false;
  if (/^dear\b|^yours (sincerely|faithfully)\b/i.test(content)) return false;
  if (matchesAny(DATE_OR_PAGE, content)) return false;
  // "If you …" starts a sentence; a question may hold it ("What can you do if you are unhappy?").
  if (/[a-z]{2}\. [A-Z]/.test(content) || /\bplease\b/i.test(content) || (/\bif you\b/i.test(content) && !content.endsWith('?'))) return false;
  if (endsMidSentence(content) && !isKnownHeading(content)) return false;
  const colon = content.indexOf(':');
  // "Email: office@…" is a field; "Sunrise Clubs Ltd: how we use your information" titles a block.
  if (colon > 0 && colon < content.length - 1 && /^\s*[a-z]/.test(content.slice(colon + 1)) && !isKnownHeading(content.slice(colon + 1).trim())) return false;
  const question = content.endsWith('?');
  if (content.endsWith(':') && (!isKnownHeading(content) || LEAD_IN.test(content) || isLongLeadIn(content, words, next))) return false;
  if (!question) {
    // "Where the information comes from" is a heading a notice would have; "Where we can, …" is not.
    if (SENTENCE_OPENING.test(content) && !(/^where\b/i.test(content) && isKnownHeading(content))) return false;
    // An aside in brackets is not the heading's verb: "Your rights (yes, you have them)".
    const core = content.replace(/ ?\([^()]{0,80}\)/g, '');
    if (core.split(' ').length >= 4 && !matchesAny(QUESTION_CLAUSES, core) && SENTENCE_VERB.test(` ${core} `)) return false;
  }
  return true;
}

/** Short enough, and without a closing full stop, to be a list item or a heading. */
function isShortLine(text: string, limit = 100): boolean {
  return text.length <= limit && !/[.!]$/.test(text);
}

function startsLowercase(text: string): boolean {
  return /^[("'‘“]?[a-z]/.test(withoutNumbering(text).replace(/^(\.\.\.|…)\s*/, ''));
}

/** "FURTHER INFORMATION": set in capitals, as headings copied from Word often are. */
function isAllCaps(text: string): boolean {
  const words = wordCount(text);
  return /[A-Z]{2}/.test(text) && !/[a-z]/.test(text) && words >= 2 && words <= 8;
}

/** Words with letters in a line (only its first 600 characters: enough to tell a heading from text). */
function wordCount(text: string): number {
  return text.slice(0, 600).split(' ').filter((w) => /[A-Za-z]/.test(w)).length;
}

interface Analysis {
  lines: Line[];
  roles: Role[];
  markers: (Marker | null)[];
  /** Lines that are items of a list without markers (short lines after "…include:"). */
  unmarked: boolean[];
  /** Whether a line is filled to the text's wrap width, so runs on into the next. */
  runsOn: (line: Line) => boolean;
}

function analyse(text: string): Analysis {
  const lines = splitLines(text);
  const n = lines.length;
  const runsOn = runsOnTest(lines);
  const roles: Role[] = lines.map((l) => (l.blank ? 'blank' : 'body'));
  const markers = lines.map((l) => (l.blank ? null : markerOf(l.text)));
  const unmarked = lines.map(() => false);
  // The headings listed in a contents list, while it lasts (a heading met again starts the notice itself).
  let contents: Set<string> | null = null;
  const prevNonBlank = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (!lines[j].blank) return j;
    return -1;
  };
  const nextNonBlank = (i: number) => {
    for (let j = i + 1; j < n; j++) if (!lines[j].blank) return j;
    return -1;
  };
  const adjacent = (a: number, b: number) => a >= 0 && b >= 0 && Math.abs(a - b) === 1;

  // Numbered lines: a run of consecutive numbers at one depth is a list; a lone number heads a section.
  const isNumberedRunMember = (i: number): boolean => {
    const m = markers[i];
    if (!m?.numbers) return false;
    for (const j of [prevNonBlank(i), nextNonBlank(i)]) {
      const other = j >= 0 ? markers[j] : null;
      if (!other?.numbers || other.numbers.length !== m.numbers.length) continue;
      const a = m.numbers[m.numbers.length - 1];
      const b = other.numbers[other.numbers.length - 1];
      if (Math.abs(a - b) === 1 && m.numbers.slice(0, -1).join('.') === other.numbers.slice(0, -1).join('.')) return true;
    }
    return false;
  };

  for (let i = 0; i < n; i++) {
    const line = lines[i];
    if (line.blank) continue;
    const marker = markers[i];
    if (QUESTION_LINE.test(line.text) && ANSWER_LINE.test(lines[nextNonBlank(i)]?.text ?? '')) {
      roles[i] = 'candidate';
      continue;
    }
    if (marker?.kind === 'bullet' || (marker?.kind === 'ordered' && !marker.numbers)) {
      roles[i] = 'item';
      continue;
    }
    if (marker?.numbers && (isNumberedRunMember(i) || startsLowercase(line.text))) {
      roles[i] = 'item';
      continue;
    }
    const prev = prevNonBlank(i);
    const next = nextNonBlank(i);
    // After "We use the data:" short lines are the items of an unmarked list. A line worded like
    // a heading ("Contact details, …") is still an item when it sits inside such a list.
    const nextText = next >= 0 ? lines[next].text : '';
    const insideList = adjacent(prev, i) && adjacent(i, next) && isShortLine(nextText) && !HARD_WRAP_ENDING.test(nextText) && (unmarked[prev] || line.text.includes(','));
    // A capitalised line straight above a paragraph heads it rather than ending the list.
    const headsParagraph = adjacent(i, next) && nextText.length > 100 && !line.text.includes(',') && !startsLowercase(line.text) && !startsLowercase(nextText) && looksLikeHeading(line, lines[next]);
    // Items run longer than headings; straight under the lead-in or the previous item they may fill a line.
    const itemLength = adjacent(prev, i) ? 200 : 100;
    const afterColon = prev >= 0 && (roles[prev] === 'body' || roles[prev] === 'candidate') && lines[prev].text.endsWith(':');
    if (afterColon && CONTENTS_LEAD_IN.test(lines[prev].text)) contents = new Set();
    else if (!adjacent(prev, i) || !unmarked[prev]) contents = null;
    // In a contents list, lines worded as the headings they list are its items.
    if (contents !== null && adjacent(prev, i) && isShortLine(line.text) && !contents.has(line.text)) contents.add(line.text);
    else contents = null;
    const listedHeading = contents !== null;
    if (prev >= 0 && (afterColon || unmarked[prev]) && isShortLine(line.text, itemLength) && (!isKnownHeading(line.text) || insideList || listedHeading)) {
      const leadIn = lines[prev].text;
      // "The categories … include:" heads its section and opens its list (a candidate: lower-case items only).
      const opensList = afterColon && (startsLowercase(line.text) || (roles[prev] === 'body' && (/[;,]$/.test(line.text) || LIST_LEAD_IN.test(leadIn) || wordCount(leadIn) >= 4)));
      if ((!headsParagraph || listedHeading) && (opensList || (unmarked[prev] && startsLowercase(line.text) === startsLowercase(lines[prev].text)))) {
        unmarked[i] = true;
        roles[i] = 'item';
        continue;
      }
    }
    // The rest of a sentence hard-wrapped in a narrow column ("…and the Education (Information" /
    // "About Individual Pupils)"); a long web paragraph ending "… at" does not wrap.
    const wrapped = adjacent(prev, i) && roles[prev] !== 'item' && lines[prev].text.length <= 100;
    const continuesPrevious = (wrapped && endsMidSentence(lines[prev].text)) || (adjacent(prev, i) && runsOn(lines[prev]));
    // A line filled to the wrap width runs on into the next: the start of a paragraph, not its
    // heading (unless it is worded as notices word their headings).
    const runsIntoNext = adjacent(i, next) && runsOn(line) && !marker?.numbers && !isKnownHeading(line.text);
    if (line.tableRow || continuesPrevious || runsIntoNext || !looksLikeHeading(line, next >= 0 ? lines[next] : undefined)) {
      roles[i] = matchesAny(WEBSITE_CHROME, line.text) || wordCount(line.text) < 3 ? 'minor' : 'body';
      continue;
    }
    if (startsLowercase(line.text) && !marker) {
      const isolated = !adjacent(prev, i) && !adjacent(i, next);
      const continuesTitle = adjacent(prev, i) && roles[prev] === 'candidate';
      if (!isolated && !continuesTitle) continue;
    }
    roles[i] = 'candidate';
  }

  // A heading is never followed by the rest of its sentence ("The Headteacher – Ms Smith" / "or our DPO…").
  for (let i = 0; i + 1 < n; i++) {
    if (roles[i] === 'candidate' && roles[i + 1] === 'body' && startsLowercase(lines[i + 1].text)) roles[i] = 'body';
  }
  markRunningHeaders(text, lines, roles);
  markAddressBlocks(lines, roles, unmarked);
  markSignatureRuns(lines, roles);
  chooseHeadings(lines, roles, markers);
  return { lines, roles, markers, unmarked, runsOn };
}

/**
 * A notice written as questions and answers: "Q. Who is responsible for my child's
 * information?" answered by "A. …" heads its answer, though "Q." reads like a lettered item.
 */
const QUESTION_LINE = new RegExp(String.raw`^${QUESTION_LABEL_SOURCE}\s.{2,200}\?$`);
const ANSWER_LINE = /^(?:A\d{0,2}[.:)]|Answer(?: \d{1,2})?[.:])\s/;

/** "Page 3 of 11" on its own or closing a footer line ("Pupil Privacy Notice v4.1    Page 3 of 10"). */
const PAGE_NUMBER = /^page \d{1,4}(?: of \d{1,4})?$|\bpage \d{1,4} of \d{1,4}$/i;
/** How near a page break a running header or footer sits, in lines. */
const PAGE_EDGE = 3;

/**
 * Text copied from a PDF repeats its running header and footer ("Pupil Privacy Notice v3.2",
 * the school's name) at every page break (a form feed, or a "Page 3 of 11" line). Those lines
 * are no headings: read as headings they would cut a section in two at each page. A line is
 * running text when it appears three times or more and twice near a page break.
 */
function markRunningHeaders(text: string, lines: Line[], roles: Role[]): void {
  const pageBreaks: number[] = [];
  lines.forEach((line, i) => {
    // A form feed is a blank character, so it sits in the line's indent.
    const formFeed = line.indent > 0 && text.slice(line.contentStart - line.indent, line.contentStart).includes('\f');
    if (formFeed || (!line.blank && PAGE_NUMBER.test(line.text))) pageBreaks.push(i);
  });
  if (pageBreaks.length < 2) return;
  const nearBreak = (i: number) => pageBreaks.some((b) => Math.abs(b - i) <= PAGE_EDGE);
  const occurrences = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.blank || line.text.length > 100) return;
    const at = occurrences.get(line.text);
    if (at) at.push(i);
    else occurrences.set(line.text, [i]);
  });
  for (const at of occurrences.values()) {
    const edges = at.filter(nearBreak);
    if (at.length < 3 || edges.length < 2) continue;
    for (const i of edges) if (roles[i] === 'candidate') roles[i] = 'minor';
  }
}

/** "Email: office@…", "Data Protection Officer: Mr B Shah": a label, a colon, then its value. */
const LABEL_AND_VALUE = /^[A-Za-z][A-Za-z' ]{1,40}:[ \t]+\S/;

/** Runs of short adjacent lines holding a postcode, phone or e-mail are an address block. */
function markAddressBlocks(lines: Line[], roles: Role[], unmarked: boolean[]): void {
  const short = (i: number) => !lines[i].blank && (roles[i] !== 'item' || unmarked[i]) && lines[i].text.length <= 70 && !/[.;]$/.test(lines[i].text);
  // A known heading at either end of the run heads the text next to it ("Contact" above an
  // address), unless it is the first "Label: value" line of such lines ("Data Protection
  // Officer: Ms A Khan" above "Email: …").
  const labelled = (i: number) => i < lines.length && LABEL_AND_VALUE.test(lines[i].text);
  const headsText = (i: number) => roles[i] === 'candidate' && isKnownHeading(lines[i].text) && !(labelled(i) && labelled(i + 1));
  for (let runStart = 0; runStart < lines.length; ) {
    if (!short(runStart)) {
      runStart++;
      continue;
    }
    let last = runStart;
    while (last + 1 < lines.length && short(last + 1)) last++;
    const after = last + 1;
    let first = runStart;
    runStart = last + 1;
    if (last > first && roles[last] === 'candidate' && after < lines.length && roles[after] === 'body') last--;
    if (headsText(first) && last - first >= 2) first++;
    let hasContact = false;
    for (let k = first; k <= last; k++) if (matchesAny(CONTACT_SIGNALS, lines[k].text)) hasContact = true;
    if (hasContact && last > first) for (let k = first; k <= last; k++) roles[k] = 'address';
  }
}

/** Three or more adjacent heading-like lines not followed by text: a signature or a name block. */
function markSignatureRuns(lines: Line[], roles: Role[]): void {
  for (let i = 0; i < lines.length; ) {
    if (roles[i] !== 'candidate') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && roles[j + 1] === 'candidate') j++;
    const after = j + 1 < lines.length ? roles[j + 1] : 'blank';
    if (j - i >= 2 && after !== 'body' && after !== 'item') for (let k = i; k <= j; k++) roles[k] = 'minor';
    i = j + 1;
  }
}

/**
 * Candidates between two stretches of body text form a chain. The last one heads the text
 * that follows; earlier ones stay headings only when their wording or numbering says so (and,
 * before the notice's first text, when they are more than a generic page title).
 */
function chooseHeadings(lines: Line[], roles: Role[], markers: (Marker | null)[]): void {
  let chain: number[] = [];
  let leading = true;
  const decide = (followedBy: 'body' | 'address' | 'end') => {
    chain.forEach((idx, k) => {
      const text = lines[idx].text;
      const known = isKnownHeading(text) || Boolean(markers[idx]?.numbers) || isAllCaps(text);
      const last = k === chain.length - 1;
      let keep: boolean;
      if (last) keep = followedBy === 'body' || (followedBy === 'address' && known);
      else {
        const nextIdx = chain[k + 1];
        const continued = nextIdx === idx + 1 && startsLowercase(lines[nextIdx].text);
        const generic = leading && (matchesAny(GENERIC_TITLES, normalizeHeading(text)) || matchesAny(WEBSITE_CHROME, text));
        keep = continued || (!generic && known);
      }
      roles[idx] = keep ? 'heading' : 'minor';
    });
    chain = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const role = roles[i];
    if (role === 'candidate') chain.push(i);
    else if (role === 'body' || role === 'item') {
      // Before the first real text, short items are navigation links, not a section's content.
      const words = wordCount(lines[i].text);
      if (leading && role === 'item' && words < 4) continue;
      if (chain.length) decide('body');
      if (words >= 6 || role === 'item') leading = false;
    } else if (role === 'address') {
      if (chain.length) decide('address');
    }
  }
  if (chain.length) decide('end');
}

// ---- mdast ------------------------------------------------------------------------------

function point(line: Line, offset: number): Point {
  return { line: line.number, column: line.column + (offset - line.contentStart), offset };
}

function span(first: Line, last: Line, startOffset = first.contentStart): Position {
  return { start: point(first, startOffset), end: point(last, last.contentEnd) };
}

function textNode(source: string, first: Line, last: Line, startOffset: number): Text {
  return { type: 'text', value: source.slice(startOffset, last.contentEnd), position: span(first, last, startOffset) };
}

function paragraph(source: string, first: Line, last: Line, startOffset = first.contentStart): Paragraph {
  return { type: 'paragraph', children: [textNode(source, first, last, startOffset)], position: span(first, last, startOffset) };
}

/** Does the text under heading `index` (up to the next heading) speak as "we"? */
function speaksAsWe(a: Analysis, index: number): boolean {
  for (let i = index + 1; i < a.lines.length && a.roles[i] !== 'heading'; i++) {
    if (a.roles[i] !== 'blank' && /\b(we|our|us)\b/i.test(a.lines[i].text)) return true;
  }
  return false;
}

/**
 * Heading depth: numbered "3.2" → 3; the notice's title lines → 1; otherwise 2, and 3 under
 * an appendix or under a heading that had no text of its own ("What we collect" → "For pupils").
 */
function isLastUpdatedHeading(normalized: string): boolean {
  const byWording = topicOfHeading(normalized, false);
  return byWording?.topic === 'last-updated' && byWording.strength === 'strong';
}

function headingDepths(a: Analysis): Map<number, number> {
  const depths = new Map<number, number>();
  let seenBody = false;
  let inAppendix = false;
  /** Under another organisation's notice (not the school's own appendix): ends where "we" speak again. */
  let inOtherBodysNotice = false;
  let underEmptyParent = false;
  let previousHeading = -1;
  for (let i = 0; i < a.lines.length; i++) {
    const role = a.roles[i];
    if (role === 'body' || role === 'item' || role === 'address') {
      if (role !== 'body' || wordCount(a.lines[i].text) >= 4) seenBody = true;
      previousHeading = -1;
      continue;
    }
    if (role !== 'heading') continue;
    const text = a.lines[i].text;
    const numbers = a.markers[i]?.numbers ?? NUMBERING.exec(text)?.[1].split('.').map(Number);
    const normalized = normalizeHeading(text);
    let depth: number;
    if (inOtherBodysNotice && speaksAsWe(a, i)) inAppendix = inOtherBodysNotice = false;
    if (numbers) {
      depth = Math.min(6, numbers.length + 1);
      inAppendix = false;
      underEmptyParent = false;
    } else if (/^(appendix|annexe?|schedule)\b/.test(normalized) || (seenBody && isOtherBodysNotice(normalized))) {
      // An appendix, or another organisation's notice appended in full: what follows belongs to it.
      depth = 2;
      inAppendix = true;
      inOtherBodysNotice = !/^(appendix|annexe?|schedule)\b/.test(normalized);
      underEmptyParent = false;
    } else if (!seenBody && (topicOfHeading(normalized, true)?.topic ?? 'intro') === 'intro') depth = 1;
    else if (inAppendix && !inOtherBodysNotice && isLastUpdatedHeading(normalized)) {
      // "Document control" after the school's last appendix dates the whole notice, not the appendix.
      depth = 2;
      inAppendix = false;
    } else if (inAppendix) depth = 3;
    else if (previousHeading >= 0 && depths.get(previousHeading) === 2 && !isKnownHeading(text)) {
      depth = 3;
      underEmptyParent = true;
    } else if (underEmptyParent && !isKnownHeading(text)) depth = 3;
    else {
      depth = 2;
      underEmptyParent = false;
    }
    depths.set(i, depth);
    previousHeading = i;
  }
  return depths;
}

/**
 * The width a text was hard-wrapped at (copied from a PDF or a fixed-width export), or null
 * when its lines are not wrapped: most long lines then end within a few characters of one
 * width. Web text, one paragraph per line, has no such width.
 */
function hardWrapWidth(lines: readonly Line[]): number | null {
  const long = lines.filter((l) => l.text.length >= 50).map((l) => l.text.length).sort((x, y) => x - y);
  if (long.length < 10) return null;
  const width = long[Math.floor(long.length * 0.9)];
  const nearWidth = long.filter((length) => length >= width - 20).length;
  return width <= 120 && nearWidth >= long.length * 0.5 ? width : null;
}

/** Whether a line is filled to the text's wrap width without closing punctuation, so runs on into the next. */
function runsOnTest(lines: readonly Line[]): (line: Line) => boolean {
  const width = hardWrapWidth(lines);
  return (line) => width !== null && line.text.length >= width - 20 && !/[.!?:;]$/.test(line.text);
}

/** Parse a plain-text notice into mdast with positions pointing into `source`. */
export function parsePlainText(source: string): Root {
  const a = analyse(source);
  const { lines, roles, markers, runsOn } = a;
  const depths = headingDepths(a);
  const children: RootContent[] = [];
  let list: List | null = null;
  let item: ListItem | null = null;
  let para: { first: Line; last: Line } | null = null;

  const closeParagraph = () => {
    if (para) children.push(paragraph(source, para.first, para.last));
    para = null;
  };
  const closeList = () => {
    if (list) {
      const first = list.children[0].position!;
      const last = list.children[list.children.length - 1].position!;
      list.position = { start: first.start, end: last.end };
      children.push(list);
    }
    list = null;
    item = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const role = roles[i];
    if (role === 'blank') {
      closeParagraph();
      item = null;
      continue;
    }
    if (role === 'heading') {
      closeParagraph();
      closeList();
      const heading: Heading = {
        type: 'heading',
        depth: (depths.get(i) ?? 2) as Heading['depth'],
        children: [textNode(source, line, line, line.contentStart)],
        position: span(line, line),
      };
      children.push(heading);
      continue;
    }
    if (role === 'item') {
      closeParagraph();
      const marker = markers[i];
      const ordered = marker?.kind === 'ordered';
      const current = list as List | null;
      if (!current || Boolean(current.ordered) !== ordered) {
        closeList();
        list = { type: 'list', ordered, spread: false, children: [] };
      }
      const bodyStart = line.contentStart + (a.unmarked[i] ? 0 : (marker?.length ?? 0));
      const newItem: ListItem = {
        type: 'listItem',
        spread: false,
        children: [paragraph(source, line, line, Math.min(bodyStart, line.contentEnd))],
        position: span(line, line),
      };
      list!.children.push(newItem);
      item = newItem;
      continue;
    }
    // A lower-case line straight after a list item continues it, as does any line after an
    // item line filled to the wrap width ("…and Public Health" / "England, who…").
    const openItem = item as ListItem | null;
    if (openItem && i > 0 && !lines[i - 1].blank && (startsLowercase(line.text) || line.indent > lines[i - 1].indent || runsOn(lines[i - 1]))) {
      const p = openItem.children[0] as Paragraph;
      const firstLine = lines[p.position!.start.line - 1];
      const rebuilt = paragraph(source, firstLine, line, p.position!.start.offset!);
      openItem.children[0] = rebuilt;
      openItem.position = { start: openItem.position!.start, end: rebuilt.position!.end };
      continue;
    }
    closeList();
    if (para && lines[i - 1] === para.last) para.last = line;
    else {
      closeParagraph();
      para = { first: line, last: line };
    }
  }
  closeParagraph();
  closeList();

  const end = lines[lines.length - 1];
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: end.number, column: source.length - (end.contentStart - end.indent) + 1, offset: source.length } },
  };
}

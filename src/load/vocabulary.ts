// Reading heading wording against the section vocabulary (rules/data/topics.ts). Shared by the
// plain-text structurer (is this short line a heading a notice would have?) and the
// section classifier (which topic is it?).
import { OTHER_BODY_NAME, PRIVACY_NOTICE_NAME, TITLE_ONLY_HEADINGS, TOPIC_VOCABULARY } from '../../rules/data/topics.js';
import { boundedMemo } from '../memo.js';
import type { Topic } from '../types.js';

/** An icon before a web page's heading ("🔍 Why we use pupil data", "📌 What we collect"). */
export const LEADING_ICON = /^[\p{Extended_Pictographic}\uFE0F\u200D]+\s*/u;
/** Leading section numbering: "3.2", "1.", "2)", "12 ". */
export const NUMBERING = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:[.)]|(?=\s))\s*/;

/** "Section 3 – ", "Part 2: ", "Part B – ": numbering spelt out in words. */
const SECTION_NUMBERING = /^(section|part) (\d{1,2}(\.\d{1,2})?|[a-h]\b) ?[-:.]? ?/;

/** "B6. ", "A2) ": a part letter before the number, as in a notice's Part B. */
const LETTERED_NUMBERING = /^[a-h]\d{1,2}(\.\d{1,2})?[.)] ?/;

/** "Q.", "Q3:", "Question 2.": a question-and-answer notice's question label (the plain-text
 * structurer reads it case-sensitively, headings are read folded). */
export const QUESTION_LABEL_SOURCE = String.raw`(?:Q\d{0,2}[.:)]|Question(?: \d{1,2})?[.:])`;
const QUESTION_LABEL = new RegExp(`^${QUESTION_LABEL_SOURCE} ?`, 'i');

/** "Part B – …" opens part b; "B6. …" (or "B6 …") is a section of it. */
const PART_OPENING = /^part ([a-h])\b/;
const PART_SECTION = /^([a-h])\d{1,2}\b/;

/** The part letter a heading opens or belongs to, if it has one. */
export function partOfHeading(heading: string): { letter: string; opensPart: boolean } | null {
  const folded = foldWording(heading).trim();
  const opening = PART_OPENING.exec(folded);
  if (opening) return { letter: opening[1], opensPart: true };
  const section = PART_SECTION.exec(folded);
  return section ? { letter: section[1], opensPart: false } : null;
}

/** Lower case, straight single quotes, '-' for dashes, runs of space as one: the form both
 * heading and body wording are matched in. */
export function foldWording(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ');
}

/**
 * Heading text as the vocabulary expects it: lower case, straight quotes, '-' for dashes,
 * one space, no numbering, brackets' content kept, trailing punctuation removed.
 */
export function normalizeHeading(heading: string): string {
  const words = foldWording(heading)
    .replace(/[\u201c\u201d]/g, '"')
    .trim()
    .replace(LEADING_ICON, '')
    .replace(NUMBERING, '')
    .replace(SECTION_NUMBERING, '')
    .replace(LETTERED_NUMBERING, '')
    .replace(QUESTION_LABEL, '')
    .replace(/^(\.\.\.|…) ?/, '');
  return words.slice(0, endOfWords(words)).trim();
}

const TRAILING_PUNCTUATION = new Set(' :.,;?!|*_-'.split(''));

/** Length of `text` without trailing punctuation (a loop, not a regex: linear on any input). */
function endOfWords(text: string): number {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(text[end - 1])) end--;
  return end;
}

export interface HeadingTopic {
  topic: Topic;
  /** 'strong': wording seen as such a heading; 'weak': a hint only. */
  strength: 'strong' | 'weak';
}

/**
 * The topic a heading's wording names, or null. `isTitle`: the heading is one of the
 * notice's title lines (before any body text), where "How we use pupil information" is the
 * introduction rather than the purposes.
 */
export function topicOfHeading(normalized: string, isTitle: boolean): Readonly<HeadingTopic> | null {
  return headingTopics(`${isTitle ? 't' : 'b'}${normalized}`);
}

// Notices share most of their headings (the DfE template's above all), and each reading tries
// a few hundred patterns, so readings are remembered by title flag and wording.
const headingTopics = boundedMemo<Readonly<HeadingTopic> | null>(10_000, (key) => readTopicOfHeading(key.slice(1), key[0] === 't'));

function readTopicOfHeading(normalized: string, isTitle: boolean): HeadingTopic | null {
  if (isTitle && TITLE_ONLY_HEADINGS.some((p) => p.test(normalized))) return { topic: 'intro', strength: 'strong' };
  for (const entry of TOPIC_VOCABULARY) {
    if (entry.headings.some((p) => p.test(normalized))) return { topic: entry.topic, strength: 'strong' };
  }
  for (const entry of TOPIC_VOCABULARY) {
    if (entry.weakHeadings?.some((p) => p.test(normalized))) return { topic: entry.topic, strength: 'weak' };
  }
  // A childminder or sole trader writes "Who I share information with", "How I keep it safe".
  return FIRST_PERSON_SINGULAR.test(normalized) ? readTopicOfHeading(asPlural(normalized), isTitle) : null;
}

const FIRST_PERSON_SINGULAR = /\b(i|i'm|me|my)\b/;
function asPlural(normalized: string): string {
  return normalized.replace(/\bi am\b/g, 'we are').replace(/\bi'm\b/g, "we're").replace(/\bi\b/g, 'we').replace(/\bme\b/g, 'us').replace(/\bmy\b/g, 'our');
}

/** True when the wording is a heading real notices use (any topic, strong match). */
export function isKnownHeading(heading: string): boolean {
  const normalized = normalizeHeading(heading);
  return topicOfHeading(normalized, true)?.strength === 'strong';
}

/** A (normalized) heading naming another organisation's privacy notice ("The DfE's privacy notice"). */
export function isOtherBodysNotice(normalized: string): boolean {
  return OTHER_BODY_NAME.test(normalized) && PRIVACY_NOTICE_NAME.test(normalized);
}

// Reading ease of a section (Flesch, via `flesch` + `syllable`), counted per block of the
// section's mdast so that list items and table cells are sentences of their own and markup,
// links and email addresses do not count as words.
import { flesch } from 'flesch';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { syllable } from 'syllable';
import { boundedMemo } from '../memo.js';
import type { Section, SectionedNotice } from '../types.js';
import { forEachOutermost, matchableText, sentenceSpans } from './text.js';

export interface ReadingEase {
  score: number;
  words: number;
  sentences: number;
}

/**
 * A word is a letter and up to 40 more letters, apostrophes or hyphens: /[A-Za-z][A-Za-z'-]{0,40}/
 * read with character codes, because a regex match per word was a tenth of this rule's time.
 */
const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const MAX_WORD = 41;
function nextWord(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isLetter(text.charCodeAt(at))) at++;
  return at;
}
function wordEnd(text: string, start: number): number {
  let end = start + 1;
  for (; end < text.length && end - start < MAX_WORD; end++) {
    const code = text.charCodeAt(end);
    if (!isLetter(code) && code !== 39 && code !== 45) break;
  }
  return end;
}
/** Web and email addresses read as one short word, not as many. */
const isLink = (token: string): boolean => token.includes('@') || /^(?:https?:|www\.)/i.test(token);
const MAY_HOLD_LINK = /@|https?:|www\./i;
const withoutLinks = (block: string): string => (MAY_HOLD_LINK.test(block) ? block.replace(/\S+/g, (token) => (isLink(token) ? 'link' : token)) : block);

/**
 * Syllable counts by word as written. Notices share most of their words, and counting (with
 * its plural/singular rules) is the costliest step of the score.
 */
const syllablesIn = boundedMemo(50_000, (word) => syllable(word.toLowerCase()));
const LEAF_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);

/** The text of each paragraph, list item paragraph and table cell of the section's body. */
function blocks(section: Section): string[] {
  const found: string[] = [];
  for (const node of section.nodes) forEachOutermost(node as Nodes, LEAF_BLOCKS, (block) => found.push(toString(block)));
  return found;
}

interface BlockCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/** Words, sentences and syllables of one block of text. */
function countBlock(block: string): BlockCounts {
  const plain = withoutLinks(block);
  const counts = { words: 0, sentences: 0, syllables: 0 };
  // One pass over the words; a sentence counts when a word starts inside it.
  const spans = sentenceSpans(plain);
  let span = 0;
  let counted = -1;
  for (let at = nextWord(plain, 0); at < plain.length; at = nextWord(plain, at)) {
    const end = wordEnd(plain, at);
    while (at >= spans[span][1]) span++;
    if (counted !== span) {
      counts.sentences++;
      counted = span;
    }
    counts.words++;
    counts.syllables += syllablesIn(plain.slice(at, end));
    at = end;
  }
  return counts;
}

/**
 * Counts by block text. Notices built on the DfE model or a vendor's share whole paragraphs,
 * and looking a paragraph up once costs far less than counting its words one by one.
 */
const blockCounts = boundedMemo(5_000, countBlock);

export function readingEase(section: Section): ReadingEase {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks(section)) {
    const counts = blockCounts(block);
    words += counts.words;
    sentences += counts.sentences;
    syllables += counts.syllables;
  }
  return { score: words === 0 ? 100 : flesch({ sentence: sentences, word: words, syllable: syllables }), words, sentences };
}

/** Wording addressed to a pupil ("your parents or carers", "your teachers"). */
const TO_A_PUPIL = /\byour (?:parents?|carers?|teachers?|classmates|lessons|class teacher|form tutor)\b/i;

export function childFacingWording(notice: SectionedNotice): boolean {
  return TO_A_PUPIL.test(matchableText(notice));
}

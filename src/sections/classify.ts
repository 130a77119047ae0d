// Topic and owner of one section, from its heading wording first and its body wording second
// (vocabulary in rules/data/topics.ts).
import {
  APPENDED_NOTICE_TITLES,
  APPENDIX_LABEL,
  DEFINES_PERSONAL_DATA,
  DEFINITION_HEADINGS,
  DFE_BODY_OPENINGS,
  DFE_OWNED_HEADINGS,
  OTHER_BODY_NAME,
  OTHER_BODY_NAME_LINE,
  OWN_NOTICES_BELOW,
  PERSONAL_DATA_HEADING,
  PRIVACY_NOTICE_NAME,
  RECIPIENT_HEADINGS,
  THIRD_PARTY_BODY_OPENINGS,
  THIRD_PARTY_HEADINGS,
  TOPIC_VOCABULARY,
} from '../../rules/data/topics.js';
import { foldWording, isOtherBodysNotice, topicOfHeading } from '../load/vocabulary.js';
import type { Owner, Topic } from '../types.js';

export interface Classification {
  topic: Topic;
  confidence: number;
}

export interface SectionFacts {
  /** Heading as a reader sees it; null for the preamble. */
  heading: string | null;
  /** The heading as the vocabulary reads it (`normalizeHeading`). */
  normalizedHeading: string | null;
  /** One of the notice's title lines (before any body text, or a top-level heading). */
  isTitle: boolean;
  /** Some body text comes before the heading. */
  afterBody: boolean;
  /** The section's own body text. */
  body: string;
  parent: { topic: Topic; confidence: number; owner: Owner; isTitle: boolean } | null;
}

/** The topic whose body cues match most (at least two distinct cues), or null. */
function topicOfBody(body: string): Classification | null {
  const text = foldWording(body);
  let best: Classification | null = null;
  let bestHits = 0;
  for (const entry of TOPIC_VOCABULARY) {
    const hits = entry.body?.filter((p) => p.test(text)).length ?? 0;
    if (hits > bestHits) {
      bestHits = hits;
      best = { topic: entry.topic, confidence: Math.min(0.7, 0.3 + 0.1 * hits) };
    }
  }
  return bestHits >= 2 ? best : null;
}

export function classifyTopic(facts: SectionFacts): Classification {
  const normalized = facts.normalizedHeading;
  if (normalized === null) return { topic: 'intro', confidence: 0.6 };
  // Everything under an appendix heading is part of that appendix.
  if (facts.parent?.topic === 'appendix' && !facts.parent.isTitle) return { topic: 'appendix', confidence: 0.8 };
  // "Westvale Borough Council: how we use your information" is the title of the council's own
  // notice, so it heads that notice's introduction, whatever its first lines go on to say.
  if (isAppendedNoticeTitle(normalized)) return { topic: 'intro', confidence: 0.8 };
  const byHeading = topicOfHeading(normalized, facts.isTitle);
  if (byHeading?.strength === 'strong') return { topic: byHeading.topic, confidence: 0.9 };
  const byBody = topicOfBody(facts.body);
  // A loose heading ("Developmental records") holds unless the body says otherwise; with no
  // body of its own ("Further information" straight above another heading) it says nothing.
  if (byHeading) {
    if (byBody && byBody.topic !== byHeading.topic) return byBody;
    if (facts.body.split(/\s+/).filter(Boolean).length >= 5) return { topic: byHeading.topic, confidence: 0.5 };
  }
  const namesRecipient = RECIPIENT_HEADINGS.some((p) => p.test(normalized));
  // A top-level "Local authorities" after the notice's text (a flat PDF or Word file) is no title.
  if (facts.isTitle && facts.afterBody && namesRecipient) return { topic: 'sharing', confidence: 0.5 };
  if (facts.isTitle) return { topic: 'intro', confidence: 0.6 };
  if (facts.parent && !facts.parent.isTitle && facts.parent.topic !== 'intro' && facts.parent.topic !== 'other') {
    return { topic: facts.parent.topic, confidence: Math.min(0.6, facts.parent.confidence * 0.7) };
  }
  if (byBody) return byBody;
  if (namesRecipient) return { topic: 'sharing', confidence: 0.5 };
  return { topic: 'other', confidence: 0.2 };
}

const FIRST_PERSON = /\b(we|our|us)\b/i;

/** The title of another organisation's own notice, speaking as "we" ("Sunrise Clubs Ltd: how we use your information"). */
export function isAppendedNoticeTitle(normalizedHeading: string): boolean {
  return APPENDED_NOTICE_TITLES.some((p) => p.test(normalizedHeading));
}

/**
 * Whether a heading opens another organisation's notice pasted in below the school's own,
 * whose title may not name it: a notice title after a line naming the body ("Aldermoor
 * Council" above "Privacy notice: Education services"), the body's name over such a title, or
 * either after "… has its own notice, copied below". `before` is the body just above the heading.
 */
export function opensPastedNotice(normalizedHeading: string, before: string, body: string): boolean {
  const isTitle = PRIVACY_NOTICE_NAME.test(normalizedHeading);
  const isName = OTHER_BODY_NAME_LINE.test(normalizedHeading);
  if (!isTitle && !isName) return false;
  const above = foldWording(before);
  if (OWN_NOTICES_BELOW.test(above)) return true;
  if (isTitle) return OTHER_BODY_NAME_LINE.test(lastLine(above));
  const under = firstLine(foldWording(body));
  return under.length <= MAX_TITLE_LENGTH && PRIVACY_NOTICE_NAME.test(under);
}

/** A title line under a body's name, not a paragraph that mentions a privacy notice. */
const MAX_TITLE_LENGTH = 80;

/** Lines with words (not a "-----" rule), trimmed of a closing full stop or colon. */
function wordLines(text: string): string[] {
  return text.split('\n').map((l) => l.trim().replace(/[.:]$/, '')).filter((l) => /[a-z]/.test(l) && !/^[-_=*\s]+$/.test(l));
}
const lastLine = (text: string): string => wordLines(text).at(-1) ?? '';
const firstLine = (text: string): string => wordLines(text)[0] ?? '';

/** The body opens with the heading's name, then (within a sentence) says what it does with data. */
const USES_DATA = /^[^.]{0,200}?\b(uses?|collects?|holds?|receives?|process(es)?)\b/;
function opensWithItsUser(normalizedHeading: string, bodyOpening: string): boolean {
  return normalizedHeading.length >= 3 && bodyOpening.startsWith(normalizedHeading) && USES_DATA.test(bodyOpening.slice(normalizedHeading.length));
}

function opening(body: string): string {
  return foldWording(body).trim().slice(0, 200);
}

export function classifyOwner(facts: SectionFacts, topic: Topic): Owner {
  const normalized = facts.normalizedHeading;
  if (normalized !== null) {
    if (DEFINITION_HEADINGS.some((p) => p.test(normalized))) return 'definition';
    if (PERSONAL_DATA_HEADING.test(normalized) && DEFINES_PERSONAL_DATA.test(opening(facts.body))) return 'definition';
    // "Appendix B - How Westshire Council uses pupil information" is the council's, as its title says.
    const title = normalized.replace(APPENDIX_LABEL, '');
    if (THIRD_PARTY_HEADINGS.some((p) => p.test(title)) || isOtherBodysNotice(normalized) || isAppendedNoticeTitle(title)) return 'third-party';
    if (topic === 'npd' || DFE_OWNED_HEADINGS.some((p) => p.test(title))) return 'dfe';
    // A body in the first person is the school's whatever its opening says (folding the
    // opening of a long body is costly, so it is done only when it can matter).
    if (!FIRST_PERSON.test(facts.body)) {
      const start = opening(facts.body);
      if (DFE_BODY_OPENINGS.some((p) => p.test(start))) return 'dfe';
      if (THIRD_PARTY_BODY_OPENINGS.some((p) => p.test(start))) return 'third-party';
    }
    // An appendix entry named after another organisation is that organisation's description,
    // as is one whose body opens by naming its heading as the one using the data
    // ("Northgate Schools Partnership (NSP) uses information about pupils …").
    if (facts.parent?.topic === 'appendix' && OTHER_BODY_NAME.test(normalized) && normalized.split(' ').length <= 6) return 'third-party';
    if (facts.parent?.topic === 'appendix' && !FIRST_PERSON.test(facts.body) && opensWithItsUser(normalized, opening(facts.body))) return 'third-party';
  }
  if (facts.parent && !facts.parent.isTitle && facts.parent.owner !== 'school') return facts.parent.owner;
  return 'school';
}

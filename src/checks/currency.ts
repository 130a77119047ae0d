// Shared pieces of the currency rules: dated tables evaluated against the run's date,
// option reading, and telling a pre-2018 notice from a current one.
import { outdatedBodies, type OutdatedEntry } from '../../rules/data/outdated-bodies.js';
import type { RuleContext, Section, SectionedNotice } from '../types.js';
import { changeLogEntry, changeLogHeading, SAID_GONE_NEXT } from '../../rules/data/currency-phrases.js';
import { formatLongDate, latestIssueDate } from './dates.js';
import { forbid, NEXT_SENTENCE_REACH } from './kinds.js';
import { matchableText, quote, sentenceAround } from './text.js';

/** Whether `section` is an entry of the notice's change log or sits in one: its mentions are history. */
export function inChangeLog(notice: SectionedNotice, section: Section | null): boolean {
  if (section?.heading && changeLogEntry.test(section.heading)) return true;
  for (let s = section; s; s = s.parentId === null ? null : (notice.sections.find((p) => p.id === s!.parentId) ?? null)) {
    if (s.heading !== null && changeLogHeading.test(s.heading)) return true;
  }
  return false;
}

/** The day the DPA 1998 was repealed and the GDPR applied. */
export const GDPR_DAY = '2018-05-25';

/** A number option, falling back to `fallback` when unset or not a number. */
export function numberOption(context: RuleContext, name: string, fallback: number): number {
  const value = context.options[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function booleanOption(context: RuleContext, name: string, fallback: boolean): boolean {
  const value = context.options[name];
  return typeof value === 'boolean' ? value : fallback;
}

/** Said of a mention just before it: it is what something replaced ("formerly NHS Digital", "the former ESFA", "which took over NHS Digital's functions"), or a past duty ("we had to tell", "we no longer send"). */
const NAMED_AS_PAST = /\b(?:formerly|previously|replac\w*|supersed\w*|predecessors?|succeeded|took over (?:[a-z]+ ){0,3}from|in place of|instead of|used to|was called|had to|went to|no longer|stopped|ceased)\b|\b(?:until|before) (?:\d{1,2} )?(?:[a-z]+ )?(?:19|20)\d\d\b|\b(?:former|then|now[- ](?:closed|defunct|abolished)|took over) $/i;
/** Earlier in the sentence, what old documents said ("Older guidance describes the LRS as run by the ESFA", "older letters that mention the ESFA"). */
const OLD_DOCUMENTS_SAY = /\b(?:old|older|earlier|previous) (?:guidance|versions?|documents?|notices?|wording|letters?|forms?|paperwork)\b[^.;]{0,120}$/i;
/** Said just after a mention: it is gone ("Public Health England, which closed in 2021"). */
const SAID_GONE = /\b(?:was|were|has been|have been|is now|are now|closed|abolished|replaced|merged|became|renamed|no longer|moved|transferred|passed|used to)\b|^,? until (?:\d{1,2} )?(?:[a-z]+ )?(?:19|20)\d\d\b/i;

/**
 * Said just after a mention, past an aside: its work went elsewhere ("Public Health England, whose
 * health protection work passed to UKHSA"), or it ended ("The Privacy Shield, which some suppliers
 * once relied on, was struck down in 2020").
 */
const GONE_PAST_AN_ASIDE =
  /^,? (?:whose (?:[a-z-]+ ){0,3}(?:work|functions?|roles?|duties|responsibilities) (?:has |have |was |were )?(?:passed|moved|transferred|went)\b|(?:which|who)\b[^,.;\n]{0,60}, (?:was|were|has been|have been) (?:struck down|abolished|closed|replaced|invalidated|declared invalid|withdrawn|dissolved|merged)\b)/i;

/** The clause just before and just after [start, end): up to `reach` characters, not past . ; or a line end. */
function clausesAround(text: string, start: number, end: number, reach: number): { before: string; after: string } {
  const before = text.slice(Math.max(0, start - reach), start);
  const after = text.slice(end, end + reach);
  return { before: before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1), after: after.split(/[.;\n]/)[0].slice(0, 30) };
}

/** A document named after the old body, quoted or dated ("the 'ESFA funding agreement'", "the 2017 NHS Digital survey"): the document, not the body. */
const DOCUMENT_TITLE_AFTER = /^ (?:funding )?(?:agreement|guidance|handbook|survey|report|manual|return|form|template)s?\b/i;
const DOCUMENT_TITLE_BEFORE = /["']$|\b(?:19|20)\d\d $/;

/** Said of the name given again: it closed ("… to PHE; Public Health England closed in 2021", "… when CCGs were abolished"). */
const SAID_CLOSED = /^\W{0,3}(?:has |have |was |were )?(?:since )?(?:closed|abolished|replaced|merged|renamed|ceased|dissolved|no longer)\b/i;

const globalCopies = new WeakMap<RegExp, RegExp>();
const openingCopies = new WeakMap<RegExp, RegExp>();
/**
 * The name given again as gone: later in the same sentence ("… with Public Health England's
 * team; Public Health England closed in 2021"), or opening the next one ("… of Public Health
 * England. Public Health England closed in 2021.").
 */
function namedAsGoneLater(text: string, pattern: RegExp, matchEnd: number, sentenceEnd: number): boolean {
  let again = globalCopies.get(pattern);
  if (again === undefined) globalCopies.set(pattern, (again = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  const rest = text.slice(matchEnd, sentenceEnd);
  for (const repeat of rest.matchAll(again)) {
    if (SAID_CLOSED.test(rest.slice(repeat.index + repeat[0].length))) return true;
  }
  let opening = openingCopies.get(pattern);
  if (opening === undefined) openingCopies.set(pattern, (opening = new RegExp(`^ *(?:${pattern.source})`, pattern.flags.replace('g', ''))));
  const next = text.slice(sentenceEnd, sentenceEnd + NEXT_SENTENCE_REACH);
  const named = opening.exec(next);
  return named !== null && SAID_GONE.test(clausesAround(next, 0, named[0].length, 60).after);
}

/** A sentence set in a year before the change: "Until July 2022 the … clinical commissioning group", "In 2020, … we passed … to Public Health England". */
const DATED_OPENING = /^[\s"'(]*(?:until|before|in|during|between) (?:\d{1,2}(?:st|nd|rd|th)? )?(?:[a-z]+ )?((?:19|20)\d\d)\b/i;
function setBeforeTheChange(lead: string, since: string): boolean {
  const opening = lead.includes(';') ? null : DATED_OPENING.exec(lead);
  return opening !== null && Number(opening[1]) <= Number(since.slice(0, 4));
}

/**
 * Reports each mention of a table row whose date has passed (`since` ≤ today) as
 * `messageId`, with data {text, name, change, since, successor}. Mentions named as history
 * ("NHS England (formerly NHS Digital)", "PHE was replaced by …") are skipped.
 */
export function reportOutdated(context: RuleContext, table: readonly OutdatedEntry[], messageId: string): void {
  const text = matchableText(context.notice);
  for (const entry of table) {
    if (entry.since > context.today) continue;
    forbid(context, {
      pattern: entry.pattern,
      messageId,
      unlessSection: (section) => inChangeLog(context.notice, section),
      unlessNextSentence: SAID_GONE_NEXT,
      describe: (match) => {
        const { before, after } = clausesAround(text, match.start, match.end, 60);
        if (NAMED_AS_PAST.test(before) || SAID_GONE.test(after) || GONE_PAST_AN_ASIDE.test(text.slice(match.end, match.end + 120))) return null;
        if (DOCUMENT_TITLE_AFTER.test(text.slice(match.end, match.end + 30)) && DOCUMENT_TITLE_BEFORE.test(before)) return null;
        const sentence = sentenceAround(context.notice, match.start);
        const lead = text.slice(sentence.start, match.start);
        if (OLD_DOCUMENTS_SAY.test(lead) || setBeforeTheChange(lead, entry.since) || namedAsGoneLater(text, entry.pattern, match.end, sentence.end)) return null;
        if (entry.sentence && !entry.sentence.test(sentence.text)) return null;
        return { data: { text: quote(match.text), name: entry.name, change: entry.change, since: formatLongDate(entry.since), successor: entry.successor } };
      },
    });
  }
}

const GDPR_ERA = /\bGDPR\b|\bGeneral Data Protection Regulation|\bData Protection Act,? 2018\b|\bDPA 2018\b|\bUK data protection law/i;
const DPA_1998 = /\b(?:Data Protection Act|DPA) ?(?:of )?\(?1998\)?/i;

/**
 * A notice written under the DPA 1998: it never mentions the GDPR or the 2018 Act, and shows
 * a sign of its age (an explicit 1998 citation, a body closed before 2018, or its own date).
 */
export function isPre2018Notice(notice: SectionedNotice): boolean {
  const text = notice.text;
  if (GDPR_ERA.test(text)) return false;
  if (DPA_1998.test(text)) return true;
  const closedBefore2018 = outdatedBodies.filter((b) => b.since < GDPR_DAY);
  if (closedBefore2018.some((b) => new RegExp(b.pattern.source).test(text))) return true;
  const dated = latestIssueDate(notice);
  return dated !== null && dated < GDPR_DAY;
}

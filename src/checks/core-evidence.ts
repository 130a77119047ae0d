// Evidence helpers the core completeness rules share on top of kinds.ts: "several distinct
// items close together" (a list of purposes or categories), "a way to reach this person
// nearby" (the DPO) and the school's own contact details.
import type { RuleContext, SectionedNotice } from '../types.js';
import { ruledOut, type EvidenceSpec } from './kinds.js';
import { findMatches, matchableText, ownedBy, sentenceAround, type TextMatch } from './text.js';
import { ADDRESS_ROUTE, CONTACT_FORM, EMAIL, FOREIGN_CONTACT, OFFICE_ROUTE, PHONE, POSTAL_ADDRESS_GIVEN, POSTCODE, WEB_ADDRESS } from '../../rules/data/completeness-core.js';
import { perNotice } from '../memo.js';

/**
 * The text from `before` characters ahead of [start, end) to `after` characters beyond it,
 * within the same owner's text: it starts no earlier than the match's section and stops at
 * the first following section of another owner ("Contact details:" may be its own section).
 */
export function windowInSection(notice: SectionedNotice, match: TextMatch, before: number, after: number): { from: number; text: string } {
  const section = match.section;
  const lo = Math.max(section ? section.start : 0, match.start - before);
  let hi = Math.min(notice.text.length, match.end + after);
  const otherOwner = notice.sections.find((s) => s.start > match.start && s.start < hi && s.owner !== (section?.owner ?? 'school'));
  if (otherOwner) hi = otherOwner.start;
  return { from: lo, text: matchableText(notice).slice(lo, hi) };
}

/** Contact details proper: email, phone, postcode, web address, contact form. */
const CONTACT_DETAILS: readonly RegExp[] = [EMAIL, PHONE, POSTCODE, POSTAL_ADDRESS_GIVEN, WEB_ADDRESS, CONTACT_FORM];
/** Ways to reach a person at the school: its details, "at the address above", or "via the
 * school office" (no way to reach the school itself). */
const PERSON_CHANNELS: readonly RegExp[] = [...CONTACT_DETAILS, ADDRESS_ROUTE, OFFICE_ROUTE];

/** A way to reach a person (the DPO) in the window that is not someone else's (ICO, gov.uk, NHS). */
export function ownContactIn(notice: SectionedNotice, window: { from: number; text: string }): { start: number; end: number; text: string } | null {
  for (const p of PERSON_CHANNELS) {
    const re = new RegExp(p.source, p.flags.replace('g', '') + 'g');
    for (let m = re.exec(window.text); m !== null; m = re.exec(window.text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const start = window.from + m.index;
      if (!isOwnContact(p, m[0], sentenceAround(notice, start).text)) continue;
      if (p === OFFICE_ROUTE && schoolContacts(notice).length === 0) continue;
      return { start, end: start + m[0].length, text: m[0] };
    }
  }
  return null;
}

const OTHER_BODY_CONTACT = /\b(information commissioner|ICO|department for education|DfE|local authority|council|NHS|police)\b/i;
/** The school's own channel, whoever provides it (the DPO is the school's, even when the council provides the service). */
const OWN_CHANNEL = /\b(data protection officer|DPO|school office|the school|the academy|the trust)\b/i;
/** The school speaking or named. */
const OWN_MARKER = new RegExp(String.raw`\b(we|us|our)\b|${OWN_CHANNEL.source}`, 'i');

/** A web or email address as one token. */
const ADDRESS_TOKEN = /\S*(?:https?:\/\/|www\.|@)\S*/gi;

/** Whether `words` name another body and not the school. Words inside addresses do not count
 * ("hhes@northmere-council.example.org" may be the school's; "gov.uk/…-how-we-collect-…" says no "we"). */
function namesOnlyAnotherBody(words: string): boolean {
  const plain = words.replace(ADDRESS_TOKEN, ' ');
  return OTHER_BODY_CONTACT.test(plain) && !OWN_MARKER.test(plain);
}

/** A web address is a contact channel only where the sentence offers it as one. */
const CONTACT_OFFER = /\b(contact|form|get in touch|enquir(y|ies)|write to|email|find us)\b/i;

/** A channel found by `pattern` that is the school's: not the ICO's, the government's or
 * another body's (a sentence naming only that body), and a web address offered for contact. */
function isOwnContact(pattern: RegExp, found: string, sentence: string): boolean {
  if (FOREIGN_CONTACT.test(found)) return false;
  if (pattern === OFFICE_ROUTE || pattern === ADDRESS_ROUTE) return true;
  if (namesOnlyAnotherBody(sentence)) return false;
  return pattern !== WEB_ADDRESS || CONTACT_OFFER.test(sentence);
}

/** Every contact detail of the school itself (school-owned sections only), found once per
 * notice: controller-contact and every DPO office route ask. */
export const schoolContacts = perNotice((notice: SectionedNotice): readonly TextMatch[] => {
  const found: TextMatch[] = [];
  for (const p of CONTACT_DETAILS) {
    for (const m of findMatches(notice, p, ownedBy('school'))) {
      if (isOwnContact(p, m.text, sentenceAround(notice, m.start).text) && !underOthersName(notice, m)) found.push(m);
    }
  }
  return found.sort((a, b) => a.start - b.start);
});

/**
 * Whether the words just before a contact detail, back to the clause that introduces it, name
 * another body and not the school: "…contact the LA as follows:" / "Blackpool Council Customer
 * First Centre, …" / "customer.first@…" is the council's. A clause ends at a sentence end or
 * at a colon after a lower-case word ("as follows:"), not at a field label ("Email:").
 */
const CLAUSE_END = /[.!?](?=\s|$)|\b[a-z]+:(?=\s)/g;
function underOthersName(notice: SectionedNotice, match: TextMatch): boolean {
  const from = Math.max(match.section?.start ?? 0, match.start - 300);
  const before = notice.text.slice(from, match.start);
  let introStart = 0;
  let clauseStart = 0;
  for (const end of before.matchAll(CLAUSE_END)) [introStart, clauseStart] = [clauseStart, end.index + end[0].length];
  if (!namesOnlyAnotherBody(before.slice(clauseStart))) return false;
  // "Our data protection officer is provided by the council:" introduces the school's own
  // channel; "We share some with the council, which you can contact directly:" does not.
  const intro = before.slice(introStart, clauseStart).replace(ADDRESS_TOKEN, ' ');
  return !(OWN_CHANNEL.test(intro) || (OWN_MARKER.test(intro) && !OTHER_BODY_CONTACT.test(intro)));
}

/**
 * Evidence that `minDistinct` different patterns match within `span` characters of each
 * other in the same section (a list of purposes or of data categories, rather than words
 * scattered through the notice), where `acceptCluster` agrees (given the cluster's first
 * match). Only the spec's patterns, owners, rejectIfSentence and rejectIfClause apply. Returns that first match.
 */
export function clusteredEvidence(
  context: RuleContext,
  spec: Pick<EvidenceSpec, 'patterns' | 'owners' | 'rejectIfSentence' | 'rejectIfClause'>,
  minDistinct: number,
  span: number,
  acceptCluster: (first: TextMatch) => boolean = () => true,
): TextMatch | null {
  const { notice } = context;
  const allowed = ownedBy(...(spec.owners ?? ['school']));
  const hits: { match: TextMatch; kind: number }[] = [];
  spec.patterns.forEach((pattern, kind) => {
    for (const match of findMatches(notice, pattern, allowed)) {
      if (spec.rejectIfSentence || spec.rejectIfClause) {
        const sentence = sentenceAround(notice, match.start);
        if (ruledOut(spec, sentence.text, match.start - sentence.start)) continue;
      }
      hits.push({ match, kind });
    }
  });
  hits.sort((a, b) => a.match.start - b.match.start);
  for (let i = 0; i < hits.length; i++) {
    const kinds = new Set<number>();
    for (let j = i; j < hits.length && hits[j].match.start - hits[i].match.start <= span; j++) {
      if (hits[j].match.section !== hits[i].match.section) break;
      kinds.add(hits[j].kind);
    }
    if (kinds.size >= minDistinct && acceptCluster(hits[i].match)) return hits[i].match;
  }
  return null;
}

/**
 * Whether a school-owned match of `patterns` has `cue` in its section, from up to `reach`
 * characters before its sentence to the sentence's end ("We use this data to:" above a single purpose;
 * "Our lawful basis" above "we need to comply with the law"). `skip` drops a match outright;
 * `accept` takes one without a cue.
 */
export function hasCuedMatch(
  notice: SectionedNotice,
  patterns: readonly RegExp[],
  cue: RegExp,
  reach: number,
  { skip, accept }: { skip?: (sentence: string) => boolean; accept?: (match: TextMatch) => boolean } = {},
): boolean {
  const text = matchableText(notice);
  return patterns.some((pattern) =>
    findMatches(notice, pattern, ownedBy('school')).some((m) => {
      const sentence = sentenceAround(notice, m.start);
      if (skip?.(sentence.text)) return false;
      return accept?.(m) === true || cue.test(text.slice(Math.max(m.section?.start ?? 0, sentence.start - reach), sentence.end));
    }),
  );
}

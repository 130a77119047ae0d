// Art 13(1)(b), Art 37(1)(a): the Data Protection Officer and how to reach them. The contact
// must stand near the mention (or in the contact section it points to) and be the school's.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { reportMissing } from '../src/checks/kinds.js';
import { findMatches, matchableText, ownedBy, sentenceAround, type TextMatch } from '../src/checks/text.js';
import { ownContactIn, windowInSection } from '../src/checks/core-evidence.js';
import { DATA_PROTECTION_LEAD, DPO_MENTION, FOREIGN_DPO } from './data/completeness-core.js';

export const meta: RuleMeta = {
  id: 'dpo-contact',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 13(1)(b), Art 37(1)(a), Art 37(7)',
  description: 'The notice names or refers to the Data Protection Officer and says how to reach them.',
  rationale: 'State schools must appoint a DPO and publish how to contact them; the DPO is the person parents turn to when something goes wrong with their data.',
  messages: {
    'not-named':
      'The notice never mentions a Data Protection Officer: UK GDPR Art 13(1)(b) requires the DPO\'s contact details (state schools must appoint one, Art 37(1)(a)). Add "Our Data Protection Officer is <name or service> and can be contacted at <email or phone>."',
    'no-contact':
      'The notice mentions "{mention}" but gives no way to reach them: UK GDPR Art 13(1)(b) requires the DPO\'s contact details. Add an email address, phone number or postal address next to it.',
  },
};

const POINTS_TO_CONTACT_SECTION = /\b(contact (us|details)|further information)\b[^.\n]{0,40}\b(below|above|section)\b|\b(see|below|above)\b[^.\n]{0,20}\bcontact\b/i;

export function check(context: RuleContext): void {
  const { notice, setting } = context;
  const patterns = setting === 'independent' || setting === 'early-years' ? [DPO_MENTION, DATA_PROTECTION_LEAD] : [DPO_MENTION];
  const mentions: TextMatch[] = patterns
    .flatMap((p) => findMatches(notice, p, ownedBy('school')))
    .filter((m) => !FOREIGN_DPO.test(sentenceAround(notice, m.start).text))
    .sort((a, b) => a.start - b.start);
  if (mentions.length === 0) {
    reportMissing(context, ['contact', 'controller'], 'not-named');
    return;
  }
  if (mentions.some((m) => reachable(context, m))) return;
  const first = mentions[0];
  context.report({ messageId: 'no-contact', data: { mention: first.text }, start: first.start, end: first.end });
}

/** A contact channel beside the mention, or in the contact section the mention points to. */
function reachable(context: RuleContext, mention: TextMatch): boolean {
  const { notice } = context;
  // From the start of the mention's sentence to the end of its paragraph (or of the next one,
  // after a lead-in such as "Data Protection Officer:"): the school's address in another
  // paragraph is the controller's, not a way to reach the DPO.
  const before = mention.start - sentenceAround(notice, mention.start).start;
  const window = windowInSection(notice, mention, before, paragraphReach(notice.text, mention.end));
  if (ownContactIn(notice, window)) return true;
  const contactBetween = (from: number, to: number) => ownContactIn(notice, { from, text: matchableText(notice).slice(from, to) }) !== null;
  if (POINTS_TO_CONTACT_SECTION.test(window.text)) return notice.sections.some((s) => s.owner === 'school' && s.topic === 'contact' && contactBetween(s.start, s.end));
  // In a contact section of its own, further down it: the office's details above the mention
  // are for the office, and another section's details are the school's, not the DPO's.
  return mention.section?.topic === 'contact' && contactBetween(mention.start - before, mention.section.end);
}

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;
const LEAD_IN = /(:|\bofficer|\bDPO)$/i;
/** A block of name and address lines ("Alvin Scott / DPO / 1 High St") rather than prose. */
const CONTACT_LABEL = /^\s*(e-?mail|tel|telephone|phone|address|contact( details)?|web(site)?)\b/i;
/** A paragraph that says how to reach the people just named ("You can contact either of them at …"). */
const CONTACT_INSTRUCTION = /^\s*((you can )?(contact|reach|email|write to|ring|call) (him|her|them|either of them|both of them|either|both|the DPO|our DPO)|(he|she|they|both|either of them) can be (contacted|reached|emailed))\b/i;
const isContactBlock = (paragraph: string) => CONTACT_LABEL.test(paragraph) || CONTACT_INSTRUCTION.test(paragraph) || (paragraph.length <= 200 && !/[.!?]$/.test(paragraph));
/** How far a DPO's contact block may run on from the mention. */
const MAX_REACH = 400;

/** Characters from `offset` to the end of its paragraph, and on through the paragraphs
 * after it while they are contact blocks, or follow a lead-in ("…Officer:"). */
function paragraphReach(text: string, offset: number): number {
  PARAGRAPH_BREAK.lastIndex = offset;
  let end = PARAGRAPH_BREAK.exec(text)?.index ?? text.length;
  let leadIn = LEAD_IN.test(text.slice(offset, end).trimEnd());
  while (end < text.length && end - offset < MAX_REACH) {
    const next = PARAGRAPH_BREAK.exec(text);
    const nextEnd = next?.index ?? text.length;
    const paragraph = text.slice(end, nextEnd).trim();
    if (paragraph && !leadIn && !isContactBlock(paragraph)) break;
    if (paragraph) leadIn = false;
    end = nextEnd;
  }
  return Math.min(end - offset, MAX_REACH);
}

export default { meta, check } satisfies Rule;

// The Data Protection Act 1998 cited as the law that applies. It was repealed on 25 May 2018;
// history ("the GDPR replaced the Data Protection Act 1998") and other 1998 Acts are fine.
import { forbid } from '../src/checks/kinds.js';
import { inChangeLog, isPre2018Notice } from '../src/checks/currency.js';
import { findMatches, matchableText, quote, type TextMatch } from '../src/checks/text.js';
import type { Rule, RuleContext, RuleMeta, RuleReport, Section } from '../src/types.js';
import { appliesLeads, historicalMention, SAID_GONE_NEXT } from './data/currency-phrases.js';

const CURRENT_LAW = 'UK GDPR and the Data Protection Act 2018';
/** "Data Protection Act 1998", "DPA 1998", "Data Protection Act (1998)", "Data Protection Act (DPA) 1998". */
const ACT_1998 = /(?:Data Protection Act(?: \(DPA\))?|\bDPA) ?(?:of )?\(?1998\)?/gi;
/** "the Data Protection Act" with no year, which in a pre-2018 notice means the 1998 Act. */
const ACT_NO_YEAR = /\bData Protection Act\b(?! ?\(?(?:of )?(?:19|20)\d\d)/gi;
/** "the 1998 Act" after the notice has named the Data Protection Act 1998… */
const SHORT_1998_ACT = /\bthe 1998 Act\b/gi;
/** …and no other Act of 1998 it could mean ("School Standards and Framework Act 1998"). */
const ANY_ACT_1998 = /\b(?:[A-Z][a-z]+ (?:and |of |the )?){1,6}Act (?:of )?\(?1998\)?/g;
/** Already paired with the GDPR: rewriting the name alone would read badly. */
const PAIRED_WITH_GDPR = /^,? (?:and|&) (?:the )?(?:new |EU )?(?:GDPR|General Data)/i;

export const meta: RuleMeta = {
  id: 'dpa-1998',
  severity: 'error',
  category: 'currency',
  source: 'Data Protection Act 2018, Sch 19 para 44 (repeal of the DPA 1998, 25 May 2018)',
  description: 'The Data Protection Act 1998 is cited as the law that applies',
  rationale: 'The 1998 Act was repealed on 25 May 2018. A notice that still relies on it tells parents the wrong rights and shows it has not been reviewed since.',
  fixable: true,
  messages: {
    cited: '"{text}" names the Data Protection Act 1998 as the law that applies, but it was repealed on 25 May 2018. Refer to the UK GDPR and the Data Protection Act 2018 instead.',
    impliedAct: '"{text}" here means the Data Protection Act 1998 (this notice never mentions the GDPR or the 2018 Act), which was repealed on 25 May 2018. Rewrite the notice for the UK GDPR and the Data Protection Act 2018.',
  },
};

/** A safe fix where the Act is cited as the law followed; otherwise only an editor suggestion. */
function fixFor(context: RuleContext, match: TextMatch): Omit<RuleReport, 'messageId' | 'start' | 'end'> {
  const text = matchableText(context.notice);
  const lead = text.slice(Math.max(0, match.start - 40), match.start).toLowerCase().replace(/(?: the)? $/, '');
  const edit = { range: [match.start, match.end] as [number, number], text: CURRENT_LAW };
  const data = { text: quote(match.text) };
  // "Data Protection Act **1998**": replacing the words would leave the markers unbalanced.
  if (match.crossesMarkup) return { data };
  if (appliesLeads.some((words) => lead.endsWith(` ${words}`)) && !PAIRED_WITH_GDPR.test(text.slice(match.end, match.end + 30))) return { data, fix: edit };
  return { data, suggestions: [{ desc: `Replace with "${CURRENT_LAW}"`, fix: edit }] };
}

export function check(context: RuleContext): void {
  const history = { unlessSentence: historicalMention, unlessNextSentence: SAID_GONE_NEXT, unlessSection: (section: Section | null) => inChangeLog(context.notice, section) };
  const cited = forbid(context, { pattern: ACT_1998, messageId: 'cited', ...history, describe: (m) => fixFor(context, m) });
  const named = cited.length > 0 || findMatches(context.notice, ACT_1998).length > 0;
  const otherActs = findMatches(context.notice, ANY_ACT_1998).filter((m) => !/^Data Protection\b/i.test(m.text) && !/\bData Protection Act/i.test(m.text));
  if (named && otherActs.length === 0) forbid(context, { pattern: SHORT_1998_ACT, messageId: 'cited', ...history, describe: (m) => ({ data: { text: quote(m.text) } }) });
  if (!isPre2018Notice(context.notice)) return;
  forbid(context, { pattern: ACT_NO_YEAR, messageId: 'impliedAct', ...history, describe: (m) => ({ data: { text: quote(m.text) } }) });
}

export default { meta, check } satisfies Rule;

// A subject access request presented as costing a fee (the old £10) or taking 40 days: since
// 25 May 2018 it is free in most cases and answered within one month. Lawful charges are not
// reported: copies of the educational record, manifestly unfounded or excessive requests,
// further copies (judgement notes).
import { inChangeLog } from '../src/checks/currency.js';
import { findMatches, quote, sentenceAround, type TextMatch } from '../src/checks/text.js';
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { accessRulesOfThePast, feeCue, feeIsLawful, fortyDaysCue, subjectAccessCues } from './data/currency-phrases.js';

export const meta: RuleMeta = {
  id: 'sar-fee',
  severity: 'error',
  category: 'currency',
  source: 'UK GDPR Art 12(3), 12(5), 15(3); DPA 1998 s.7 and SI 2000/191 (repealed 25 May 2018)',
  description: 'A subject access request is said to cost a fee or take 40 days',
  rationale: 'Telling parents they must pay, or wait 40 days, for their own data puts them off a right that has been free and one-month since May 2018.',
  messages: {
    fee: '"{text}" presents a fee as the normal price of a subject access request; the £10 fee ended on 25 May 2018. Say that requests are free (a reasonable fee only for manifestly unfounded or excessive requests or further copies).',
    fortyDays: '"{text}" is the Data Protection Act 1998 deadline for a subject access request; since 25 May 2018 it is one month (UK GDPR Art 12(3)). Write "we will respond within one month".',
  },
};

/** How far back in its paragraph a "subject access request" may stand before the fee or the 40 days. */
const PARAGRAPH_REACH = 600;

/**
 * The sentence holding `match`, when it is about a subject access request: the sentence itself,
 * its paragraph up to it ("Ask for a copy of your data. Write to us. We reply within 40 days.")
 * or the heading says so.
 */
function accessSentence(context: RuleContext, match: TextMatch): { start: number; text: string } | null {
  const text = context.notice.text;
  const sentence = sentenceAround(context.notice, match.start);
  const paragraphStart = Math.max(text.lastIndexOf('\n\n', sentence.start) + 2, sentence.start - PARAGRAPH_REACH, match.section?.start ?? 0);
  const paragraph = text.slice(paragraphStart, sentence.end);
  const heading = match.section?.heading ?? '';
  return [paragraph, heading].some((t) => subjectAccessCues.some((cue) => cue.test(t))) ? sentence : null;
}

export function check(context: RuleContext): void {
  const reported = new Set<string>();
  for (const [pattern, messageId] of [[feeCue, 'fee'], [fortyDaysCue, 'fortyDays']] as const) {
    for (const match of findMatches(context.notice, pattern)) {
      if (inChangeLog(context.notice, match.section)) continue;
      const sentence = accessSentence(context, match);
      if (!sentence || reported.has(`${messageId}@${sentence.start}`) || accessRulesOfThePast.test(sentence.text)) continue;
      if (messageId === 'fee' && feeIsLawful.some((lawful) => lawful.test(sentence.text))) continue;
      reported.add(`${messageId}@${sentence.start}`);
      context.report({ messageId, data: { text: quote(match.text) }, start: match.start, end: match.end });
    }
  }
}

export default { meta, check } satisfies Rule;

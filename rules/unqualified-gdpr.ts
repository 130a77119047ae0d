// "GDPR" without "UK": since 1 January 2021 the law that applies in the UK is the UK GDPR.
// One message, at the first mention, and only when the notice never says "UK GDPR" in its own
// (non-third-party) text. "EU GDPR" is a GDPR mention like any other: it does not excuse it.
import { findMatches, quote } from '../src/checks/text.js';
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';

// ("General Data Processing Regulations" is a common misnaming of it.)
const GDPR_MENTION = /GDPR\b|\bGeneral Data Pro(?:tection|cessing) Regulat(?:ions?|ory)\b/gi;
const UK_GDPR = /\bUK[ -]?GDPR\b|\bUK General Data Protection Regulation|\bUnited Kingdom General Data Protection Regulation/gi;

export const meta: RuleMeta = {
  id: 'unqualified-gdpr',
  severity: 'warning',
  category: 'currency',
  source: 'European Union (Withdrawal) Act 2018 s.3; DPPEC Regulations 2019 (UK GDPR from 1 January 2021)',
  description: 'The notice calls the law "GDPR" and never "UK GDPR"',
  rationale: 'Since 1 January 2021 the EU GDPR no longer applies to schools in England; the UK GDPR does. Naming the wrong law suggests the notice has not been reviewed since Brexit.',
  messages: {
    unqualified: '"{text}" names the EU regulation, but since 1 January 2021 the law that applies in the UK is the UK GDPR (with the Data Protection Act 2018). Write "UK GDPR" (or "UK General Data Protection Regulation").',
  },
};

export function check(context: RuleContext): void {
  const { notice } = context;
  if (findMatches(notice, UK_GDPR, (s) => s.owner !== 'third-party').length > 0) return;
  const first = findMatches(notice, GDPR_MENTION).find((m) => m.text !== 'gdpr');
  if (first) context.report({ messageId: 'unqualified', data: { text: quote(first.text) }, start: first.start, end: first.end });
}

export default { meta, check } satisfies Rule;

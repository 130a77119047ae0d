// Rights worded as under the Data Protection Act 1998 (ss.10, 13, 14), as copied from the
// 2017–18 DfE text. The rights still exist, but under UK GDPR Articles 16–21 and 82.
import { forbid } from '../src/checks/kinds.js';
import { quote, sentenceAround } from '../src/checks/text.js';
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { outdatedRightsWording } from './data/currency-phrases.js';

export const meta: RuleMeta = {
  id: 'outdated-rights-wording',
  severity: 'warning',
  category: 'currency',
  source: 'DPA 1998 ss.10, 13, 14 (repealed 25 May 2018); UK GDPR Arts 16–18, 21, 82',
  description: 'Rights are worded as under the Data Protection Act 1998',
  rationale: 'The 1998 wording describes rights that changed in 2018; parents reading it get a narrower or wrong picture of what they can ask for.',
  messages: {
    damageOrDistress: '"{text}" is the Data Protection Act 1998 test (s.10), repealed on 25 May 2018. Under UK GDPR Article 21 people can object to processing based on public task or legitimate interests whatever its effect: write "object to the processing of your personal data".',
    blocked: '"{text}" uses the Data Protection Act 1998 wording (s.14, "blocked"), repealed on 25 May 2018. Name the UK GDPR rights instead: "have inaccurate data corrected (rectification), have data deleted (erasure) and restrict its processing".',
    compensation: '"{text}" refers to the Data Protection Act 1998 era "regulations". Since 25 May 2018 the right is in UK GDPR Article 82: write "claim compensation for damage caused by a breach of data protection law".',
  },
};

export function check(context: RuleContext): void {
  for (const { messageId, pattern, sentence } of outdatedRightsWording) {
    forbid(context, {
      pattern,
      messageId,
      describe: (m) => {
        const around = sentenceAround(context.notice, m.start);
        return sentence.test(around.text) ? { data: { text: quoteNear(around, m.start) } } : null;
      },
    });
  }
}

/** How much of the sentence before the outdated words a quote keeps. */
const LEAD = 30;

/** The sentence from a little before `at`, so a long sentence's quote shows the outdated words. */
function quoteNear(sentence: { start: number; text: string }, at: number): string {
  const offset = at - sentence.start;
  if (offset <= LEAD) return quote(sentence.text);
  return `…${quote(sentence.text.slice(sentence.text.indexOf(' ', offset - LEAD) + 1))}`;
}

export default { meta, check } satisfies Rule;

// Unfilled template text: "[insert …]", "[name of …]", "<insert …>", "XXXX", and DfE guidance
// notes left in ("[Setting to insert …]", "[For institutions with …]"). Patterns are data
// (rules/data/placeholders.ts); ordinary bracketed text is not matched.
import { findMatches, quote } from '../src/checks/text.js';
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { placeholderPatterns } from './data/placeholders.js';

export const meta: RuleMeta = {
  id: 'placeholder',
  severity: 'error',
  category: 'hygiene',
  source: 'UK GDPR Art 12(1) (information must be concise, intelligible and complete); DfE model notice guidance',
  description: 'Template text was left unfilled',
  rationale: 'A notice that still says "[insert name of school]" does not tell parents who holds their data or how to reach them, and shows it was published without being checked.',
  messages: {
    unfilled: '"{text}" is template text that was never filled in, so readers do not get the fact it stands for. Replace it with the school\'s own details, or delete it if it is a guidance note.',
  },
};

const QUOTE = /["'\u2018\u2019\u201c\u201d]/;

/** Longest note reported; an unclosed one is reported to the end of its line, up to this. */
const MAX_NOTE = 300;

export function check(context: RuleContext): void {
  const text = context.notice.text;
  for (const { pattern, closer } of placeholderPatterns) {
    for (const match of findMatches(context.notice, pattern)) {
      // A quoted marker ('questions marked "[optional]"') names a label; it is not a gap.
      if (QUOTE.test(text.charAt(match.start - 1))) continue;
      let end = match.end;
      // "[name]", "[link]": the start already holds its closing bracket.
      if (closer && !match.text.endsWith(closer)) {
        const lineEnd = text.indexOf('\n', match.end) < 0 ? text.length : text.indexOf('\n', match.end);
        const limit = Math.min(lineEnd, match.start + MAX_NOTE);
        const close = text.indexOf(closer, match.end);
        end = close >= 0 && close < limit ? close + 1 : limit;
      }
      context.report({ messageId: 'unfilled', data: { text: quote(text.slice(match.start, end)) }, start: match.start, end });
    }
  }
}

export default { meta, check } satisfies Rule;

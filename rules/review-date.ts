// The notice's own date of issue, last update or review: missing altogether, or more than
// `months` months before today. Dates are found by src/checks/dates.ts (British reading;
// a planned next review is not a date of issue).
import { formatLongDate, latestNoticeDate, monthsBefore } from '../src/checks/dates.js';
import { numberOption } from '../src/checks/currency.js';
import { whereContentBelongs } from '../src/checks/text.js';
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';

export const meta: RuleMeta = {
  id: 'review-date',
  severity: 'warning',
  category: 'currency',
  source: 'UK GDPR Art 12(1), 13(3); ICO guidance "Right to be informed" (keep privacy information under regular review)',
  description: 'The notice shows no date of issue or review, or its latest one is more than 12 months old',
  rationale: 'Parents cannot tell whether an undated notice is current, and a notice not reviewed for over a year probably misses changes in law, recipients or systems.',
  options: {
    months: { type: 'number', default: 12, description: 'How many months old the latest date of issue or review may be.' },
  },
  messages: {
    missing: 'This notice does not say when it was issued, last updated or reviewed, so readers cannot tell whether it is current. Add a line such as "Last updated: {example}" and review the notice at least every {months} months.',
    stale: 'The latest date of issue or review is "{text}" ({date}), more than {months} months before today ({today}). Review the notice against current law and practice, then update the date.',
  },
};

export function check(context: RuleContext): void {
  const months = numberOption(context, 'months', 12);
  const latest = latestNoticeDate(context.notice);
  if (!latest) {
    const at = whereContentBelongs(context.notice, ['last-updated']);
    const example = formatLongDate(context.today).replace(/^\d+ /, '');
    context.report({ messageId: 'missing', data: { example, months }, start: at.start, end: at.end });
  } else if (latest.date < monthsBefore(context.today, months)) {
    const data = { text: latest.text, date: formatLongDate(latest.date), months, today: formatLongDate(context.today) };
    context.report({ messageId: 'stale', data, start: latest.start, end: latest.end });
  }
}

export default { meta, check } satisfies Rule;

// Art 13(2)(a): how long the school keeps data, its criteria, or its retention schedule.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireMention } from '../src/checks/kinds.js';
import { KEPT_BY_OTHER_BODY, OTHER_BODY_AS_SUBJECT, OTHER_BODY_SENTENCE, RETENTION, WEBSITE_DATA_SENTENCE } from './data/completeness-core.js';

export const meta: RuleMeta = {
  id: 'retention',
  severity: 'error',
  category: 'completeness',
  source: 'UK GDPR Art 13(2)(a), Art 14(2)(a)',
  description: 'The notice says how long the school keeps data, the criteria it uses, or points to its retention schedule or policy.',
  rationale: '"Only as long as necessary" tells a parent nothing; a period or a published schedule lets them check that old records are deleted. The DfE\'s retention of the National Pupil Database is not the school\'s.',
  messages: {
    missing:
      'The notice does not say how long the school keeps personal data: UK GDPR Art 13(2)(a) requires the period or the criteria ("only as long as necessary" and the DfE\'s own retention do not count). Add the periods, or "We keep records in line with our retention schedule" with a link to it.',
  },
};

export function check(context: RuleContext): void {
  // Neither the DfE's, the council's nor the website's retention ("form submissions are kept for 12 months") is the school's for pupil records.
  requireMention(context, {
    patterns: RETENTION,
    rejectIfSentence: [...OTHER_BODY_SENTENCE, WEBSITE_DATA_SENTENCE, KEPT_BY_OTHER_BODY],
    rejectIfClause: [OTHER_BODY_AS_SUBJECT],
    topics: ['storage'],
  });
}

export default { meta, check } satisfies Rule;

// DPA 2018 s.164A (DUAA 2025, from 19 June 2026): the school's own data protection complaints route.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireAnyMention } from '../src/checks/kinds.js';
import { COMPLAINT_LOOK_AHEAD, COMPLAINT_WORD, CONTENTS_ENTRY, OTHER_BODYS_COMPLAINTS, OTHER_MATTERS_COMPLAINT, RESTRICTION_RIGHT, SAFEGUARDING_CONCERN, SCHOOL_COMPLAINT_ROUTE } from './data/rights.js';

export const meta: RuleMeta = {
  id: 'complaints-process',
  severity: 'warning',
  category: 'completeness',
  source: 'DPA 2018 s.164A (inserted by Data (Use and Access) Act 2025 s.103, in force 19 June 2026)',
  description: 'The notice tells people they can complain to the school itself about its use of their data, and how.',
  rationale: 'Since 19 June 2026 controllers must make it easy to complain to them about data protection and must acknowledge complaints within 30 days. Telling parents the route first saves everyone an ICO case.',
  messages: {
    missing:
      'The notice does not say how to complain to the school itself about the way it uses personal data (DPA 2018 s.164A, in force since 19 June 2026). Add "If you are unhappy with how we use your data, please tell us first:" followed by the DPO\'s email address or a link to your complaints form.',
  },
  activeFrom: '2026-06-19',
};

export function check(context: RuleContext): void {
  requireAnyMention(
    context,
    [{ patterns: [COMPLAINT_WORD], rejectIfSentence: [CONTENTS_ENTRY, SAFEGUARDING_CONCERN, RESTRICTION_RIGHT, OTHER_MATTERS_COMPLAINT, OTHER_BODYS_COMPLAINTS], context: SCHOOL_COMPLAINT_ROUTE, lookAhead: COMPLAINT_LOOK_AHEAD }],
    ['complaints', 'rights', 'contact'],
  );
}

export default { meta, check } satisfies Rule;

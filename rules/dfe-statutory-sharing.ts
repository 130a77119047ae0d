// The school says it shares pupil data with DfE because the law requires it, and names the law.
import type { Rule, RuleContext, RuleMeta, Topic } from '../src/types.js';
import { findEvidence, reportMissing } from '../src/checks/kinds.js';
import { quote, sentenceAround } from '../src/checks/text.js';
import { CENSUS, CENSUS_LOOK_BEHIND, DFE_COLLECTION, DFE_LEGAL_BASIS, DUTY_STATED, PASSES_DATA, REQUIRED_BY_LAW } from './data/dfe.js';

export const meta: RuleMeta = {
  id: 'dfe-statutory-sharing',
  severity: 'error',
  category: 'dfe',
  source: 'Education (Information About Individual Pupils) (England) Regulations 2013 reg 3; Education Act 1996 s.537A; Childcare Act 2006 s.99; UK GDPR Art 13(1)(c),(e)',
  description: 'The notice says pupil data is shared with the DfE because the law requires it, and names that law.',
  rationale: 'The school census is the largest routine disclosure a school makes. Parents should be told it is compulsory and under which law, so they know it is not something they can opt out of.',
  messages: {
    missing:
      'The notice does not say that the school must share pupil data with the Department for Education by law (the school census). Add "The law requires us to pass information about our pupils to the Department for Education (DfE), under regulation 3 of the Education (Information About Individual Pupils) (England) Regulations 2013 and section 537A of the Education Act 1996."',
    'no-legal-basis':
      'The notice says pupil data goes to the DfE ("{quote}") but never names the law that requires it. Add "under the Education (Information About Individual Pupils) (England) Regulations 2013 and section 537A of the Education Act 1996" (for early-years settings, section 99 of the Childcare Act 2006).',
  },
  settings: ['state-school'],
};

const DFE_TOPICS: readonly Topic[] = ['dfe', 'sharing-why', 'sharing'];

export function check(context: RuleContext): void {
  const owners = ['school', 'dfe'] as const;
  // Naming the census law counts as naming the DfE: "We have to provide this by law, under section 537A …".
  const statement =
    findEvidence(context, { patterns: [...DFE_COLLECTION, ...DFE_LEGAL_BASIS], owners, sentenceAlso: [PASSES_DATA, REQUIRED_BY_LAW] }) ??
    // A short notice's "By law: school census, under section 537A …" names the duty and its law together…
    findEvidence(context, { patterns: DFE_LEGAL_BASIS, owners, sentenceAlso: [CENSUS] }) ??
    // …or the census comes just before: "We take part in the school census. The law requires this under …".
    findEvidence(context, { patterns: DFE_LEGAL_BASIS, owners, sentenceAlso: [REQUIRED_BY_LAW], context: CENSUS, lookBehind: CENSUS_LOOK_BEHIND }) ??
    // …or, in the DfE section, the duty comes just before: "The law says we must send them some information. The law is called …".
    findEvidence(context, { patterns: DFE_LEGAL_BASIS, owners, onlyTopics: DFE_TOPICS, context: DUTY_STATED, lookBehind: CENSUS_LOOK_BEHIND });
  if (!statement) return reportMissing(context, DFE_TOPICS, 'missing');
  if (findEvidence(context, { patterns: DFE_LEGAL_BASIS, owners })) return;
  const sentence = sentenceAround(context.notice, statement.start).text;
  context.report({ messageId: 'no-legal-basis', data: { quote: quote(sentence) }, start: statement.start, end: statement.end });
}

export default { meta, check } satisfies Rule;

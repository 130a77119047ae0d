// Art 14(2)(f): where data comes from when it is not from the parent or pupil.
import type { Rule, RuleContext, RuleMeta } from '../src/types.js';
import { requireMention } from '../src/checks/kinds.js';
import { DATA_SOURCES } from './data/completeness-core.js';

export const meta: RuleMeta = {
  id: 'data-sources',
  severity: 'warning',
  category: 'completeness',
  source: 'UK GDPR Art 14(2)(f)',
  description: 'The notice says where data comes from other than the family (previous school, local authority, DfE, other agencies).',
  rationale: 'Much of a pupil\'s record arrives from elsewhere (the Common Transfer File, the local authority, health and social care); parents have a right to know its source.',
  messages: {
    missing:
      'The notice does not say where the school gets data other than from the family: UK GDPR Art 14(2)(f) requires the source. Add, for example, "We also receive information from your child\'s previous school, the local authority and the Department for Education."',
  },
};

export function check(context: RuleContext): void {
  requireMention(context, { patterns: DATA_SOURCES, topics: ['collection', 'categories'] });
}

export default { meta, check } satisfies Rule;

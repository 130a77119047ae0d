// STUB(D2): replace with the real rule. Kept only so the registry compiles while it is written.
import type { Rule, RuleMeta } from '../src/types.js';

export const meta: RuleMeta = {
  id: 'withdraw-consent',
  severity: 'error',
  category: 'completeness',
  source: 'TODO',
  description: 'TODO',
  rationale: 'TODO',
  messages: {},
};

export function check(): void {}

export default { meta, check } satisfies Rule;

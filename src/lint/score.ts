// The notice-level score (rules.md "Notice-level score"): the severity-weighted share of the
// applicable enabled rules that pass. Monotonic by construction: a finding can only move its
// rule from passing to failing, never the other way.
import type { LintMessage, Severity } from '../types.js';

export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { error: 3, warning: 1, info: 0 };

export interface ScoredRule {
  id: string;
  /** The configured severity (not the rule's default). */
  severity: Severity;
}

/** round(100 × weight of passing rules ÷ weight of all applicable rules); 100 when nothing weighs. */
export function computeScore(applicable: readonly ScoredRule[], messages: readonly LintMessage[]): number {
  const failing = new Set(messages.map((m) => m.ruleId));
  let total = 0;
  let passing = 0;
  for (const rule of applicable) {
    const weight = SEVERITY_WEIGHT[rule.severity];
    total += weight;
    if (!failing.has(rule.id)) passing += weight;
  }
  return total === 0 ? 100 : Math.round((100 * passing) / total);
}

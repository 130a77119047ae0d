// Figures the report and the CSV share: per-notice rule outcomes and the audit-wide summary.
import type { FileResult, RuleCategory } from '../types.js';
import type { AuditEntry } from './inspect.js';

export type RuleOutcome = 'pass' | 'fail';

export interface RuleInfo {
  id: string;
  category: RuleCategory | null;
  description: string;
}

export const CATEGORY_LABELS: Record<RuleCategory, string> = {
  completeness: 'Missing required information',
  dfe: 'Department for Education content',
  currency: 'Out-of-date law or bodies',
  hygiene: 'Placeholders, links and readability',
};

export interface AuditSummary {
  total: number;
  scored: number;
  unreadable: number;
  medianScore: number | null;
  /** Rule columns: the registry's rules plus any other rule id that reported (e.g. unused-directive). */
  rules: RuleInfo[];
  /** Notices failing each rule, by rule id. */
  failing: Map<string, number>;
  /** Notices with at least one error or warning in each category. */
  byCategory: { category: RuleCategory; label: string; notices: number }[];
}

/** A rule fails a notice when it has an error or warning there; info notes do not fail (as in the score). */
export function ruleOutcomes(result: FileResult): Map<string, RuleOutcome> | null {
  if (result.fatal) return null;
  const outcomes = new Map<string, RuleOutcome>();
  for (const message of result.messages) {
    if (message.ruleId !== null && message.severity !== 'info') outcomes.set(message.ruleId, 'fail');
  }
  return outcomes;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

export function summarize(entries: readonly AuditEntry[], registry: readonly RuleInfo[]): AuditSummary {
  const rules = [...registry];
  const known = new Set(registry.map((r) => r.id));
  const categoryOf = new Map(registry.map((r) => [r.id, r.category]));
  const failing = new Map<string, number>(registry.map((r) => [r.id, 0]));
  const categoryNotices = new Map<RuleCategory, number>();
  const scores: number[] = [];
  for (const { result } of entries) {
    if (result.score !== null) scores.push(result.score);
    const outcomes = ruleOutcomes(result);
    if (!outcomes) continue;
    const categories = new Set<RuleCategory>();
    for (const ruleId of outcomes.keys()) {
      if (!known.has(ruleId)) {
        known.add(ruleId);
        rules.push({ id: ruleId, category: null, description: '' });
      }
      failing.set(ruleId, (failing.get(ruleId) ?? 0) + 1);
      const category = categoryOf.get(ruleId);
      if (category) categories.add(category);
    }
    for (const category of categories) categoryNotices.set(category, (categoryNotices.get(category) ?? 0) + 1);
  }
  const unreadable = entries.filter((e) => e.result.fatal).length;
  return {
    total: entries.length,
    scored: entries.length - unreadable,
    unreadable,
    medianScore: median(scores),
    rules,
    failing,
    byCategory: (Object.keys(CATEGORY_LABELS) as RuleCategory[]).map((category) => ({
      category, label: CATEGORY_LABELS[category], notices: categoryNotices.get(category) ?? 0,
    })),
  };
}

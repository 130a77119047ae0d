// The notice score: round(100 × passing weight ÷ applicable weight), error 3 / warning 1 / info 0.
import { describe, expect, it } from 'vitest';
import { computeScore, type ScoredRule } from '../src/lint/score.js';
import type { LintMessage, Severity } from '../src/types.js';

const finding = (ruleId: string): LintMessage => ({ ruleId, severity: 'error', message: 'm', line: 1, column: 1 });

describe('computeScore', () => {
  const applicable: ScoredRule[] = [
    { id: 'a', severity: 'error' },
    { id: 'b', severity: 'warning' },
    { id: 'c', severity: 'info' },
  ];

  it('weighs a failing error rule 3 and a failing warning rule 1', () => {
    expect(computeScore(applicable, [finding('a')])).toBe(25);
    expect(computeScore(applicable, [finding('b')])).toBe(75);
    expect(computeScore(applicable, [finding('a'), finding('b')])).toBe(0);
  });

  it('counts a rule once however many findings it has, and ignores info rules', () => {
    expect(computeScore(applicable, [finding('a'), finding('a')])).toBe(25);
    expect(computeScore(applicable, [finding('c')])).toBe(100);
  });

  it('ignores findings of rules that are not scored (directives, inapplicable rules)', () => {
    expect(computeScore(applicable, [finding('unused-directive'), finding('zzz')])).toBe(100);
  });

  it('is 100 when nothing weighs', () => {
    expect(computeScore([], [finding('a')])).toBe(100);
    expect(computeScore([{ id: 'c', severity: 'info' }], [finding('c')])).toBe(100);
  });

  it('never drops when a finding is removed (monotonic)', () => {
    // A deterministic pseudo-random walk over many rule sets and finding sets.
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const severities: Severity[] = ['error', 'warning', 'info'];
    for (let round = 0; round < 300; round++) {
      const rules = Array.from({ length: 1 + next(12) }, (_, i) => ({ id: `r${i}`, severity: severities[next(3)] }));
      const messages = Array.from({ length: next(15) }, () => finding(`r${next(rules.length + 2)}`));
      const score = computeScore(rules, messages);
      for (let i = 0; i < messages.length; i++) {
        expect(computeScore(rules, messages.filter((_, j) => j !== i))).toBeGreaterThanOrEqual(score);
      }
    }
  });
});

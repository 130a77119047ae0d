// The package entry point exposes the pipeline the CLI uses.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, parseNotice, rules, sectionNotice, summarizeSections } from '../src/index.js';

describe('library entry point', () => {
  it('lints text in memory with the registered rules', () => {
    const text = '# Elmstead Primary School privacy notice\n\nWe follow the Data Protection Act 1998.\n';
    const result = lintText(text, join('notices', 'elmstead.md'), { date: '2026-11-24', cwd: process.cwd(), noConfig: true });
    expect(result.messages.some((m) => m.ruleId === 'dpa-1998' && m.line === 3)).toBe(true);
    expect(rules.map((r) => r.meta.id)).toContain('dpa-1998');
  });

  it('sections a parsed notice', () => {
    const notice = sectionNotice(parseNotice('# Title\n\n## Your rights\n\nYou can ask for a copy.\n', 'markdown', 'a.md'));
    expect(summarizeSections(notice).map((s) => [s.heading, s.topic])).toContainEqual(['Your rights', 'rights']);
  });
});

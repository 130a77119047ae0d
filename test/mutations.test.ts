// Mutation suite: complete notices (fixtures/complete/) give no message at all with every
// rule on; each variant (test/variants/) makes exactly its expected rules fire and never
// scores higher than the complete notice.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, type LintOptions } from '../src/lint/index.js';
import { variants as insertions } from './variants/insertions.js';
import { variants as removalsCore } from './variants/removals-core.js';
import { variants as removalsRights } from './variants/removals-rights.js';
import type { NoticeVariant } from './variants/types.js';

const COMPLETE = join(import.meta.dirname, '..', 'fixtures', 'complete');
const options: LintOptions = { date: '2026-11-24', cwd: COMPLETE, noConfig: true };
const notices = existsSync(COMPLETE) ? readdirSync(COMPLETE).filter((f) => /\.(md|txt)$/.test(f)).sort() : [];
const all: NoticeVariant[] = [...insertions, ...removalsCore, ...removalsRights];

describe.skipIf(notices.length === 0)('complete notices', () => {
  for (const name of notices) {
    const text = readFileSync(join(COMPLETE, name), 'utf8');
    const complete = lintText(text, join(COMPLETE, name), options);

    it(`${name} gives no messages`, () => {
      expect(complete.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);
    });

    for (const variant of all.filter((v) => v.notice === '*' || v.notice === name)) {
      it(`${name}: ${variant.name}`, () => {
        const changed = variant.apply(text);
        expect(changed, 'the variant must change the text').not.toBe(text);
        // Same extension, so the same loader and format.
        const result = lintText(changed, join(COMPLETE, `variant-${name}`), options);
        expect([...new Set(result.messages.map((m) => m.ruleId))].sort()).toEqual([...new Set(variant.expect)].sort());
        expect(complete.score ?? 0).toBeGreaterThanOrEqual(result.score ?? 0);
      });
    }
  }
});

it('every variant names a complete notice that exists', () => {
  const unknown = all.filter((v) => v.notice !== '*' && !notices.includes(v.notice)).map((v) => `${v.name} → ${v.notice}`);
  expect(unknown).toEqual([]);
});

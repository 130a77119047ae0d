import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSectioned } from '../src/diff/index.js';
import { diffNotices } from '../src/diff/text.js';
import { buildNotice } from './diff-notice.js';

const fixture = (name: string): string => join(import.meta.dirname, '..', 'fixtures', 'diff', name);
const single = (body: string) => buildNotice([{ heading: null, body }]);

describe('text diff', () => {
  it('scores Dice over word tokens: 2 × kept ÷ tokens of both', () => {
    const diff = diffNotices(single('one two three four'), single('one two five four'));
    expect(diff.similarity).toBe(0.75);
    expect(diff.changes.map((c) => [c.type, c.text])).toEqual([['removed', 'three'], ['added', 'five']]);
  });

  it('ignores case, punctuation and spacing by default and keeps them with strict', () => {
    const base = single('Parents may ask for a copy.');
    const notice = single('parents  may ask, for a COPY');
    expect(diffNotices(base, notice).similarity).toBe(1);
    expect(diffNotices(base, notice).changes).toEqual([]);
    const strict = diffNotices(base, notice, { strict: true });
    expect(strict.similarity).toBeLessThan(1);
    expect(strict.changes.some((c) => c.type === 'added' && c.text.includes('COPY'))).toBe(true);
  });

  it('shows a paragraph moved to another section as moved, not removed and added', async () => {
    const before = await loadSectioned(fixture('oakfield-2024.md'));
    const after = await loadSectioned(fixture('oakfield-2025.md'));
    const diff = diffNotices(before, after);
    const moved = diff.changes.filter((c) => c.type === 'moved');
    expect(moved).toHaveLength(1);
    expect(moved[0].text).toMatch(/^Photographs of class trips.*admission form$/);
    expect(moved[0].from?.line).toBe(14);
    expect(moved[0].to?.line).toBe(18);
    expect(moved[0].section).toBe('Who sees it');
    expect(diff.changes.some((c) => c.type !== 'moved' && c.text.includes('Photographs'))).toBe(false);
  });

  it('shows changed names and phone numbers as word-level changes in the right section', async () => {
    const diff = diffNotices(await loadSectioned(fixture('oakfield-2024.md')), await loadSectioned(fixture('oakfield-2025.md')));
    const removed = diff.changes.filter((c) => c.type === 'removed').map((c) => c.text);
    const added = diff.changes.filter((c) => c.type === 'added').map((c) => c.text);
    // "manager" is in both, so it is kept.
    expect(removed).toContain('Mrs Ada Pennington, office');
    expect(added).toContain('Mr Tobias Greenhalgh, business');
    expect(removed).toContain('960111');
    expect(added).toContain('960222');
    expect(diff.changes.find((c) => c.text === '960222')?.section).toBe('Questions');
    // Only a handful of words differ; the moved paragraph still counts as matched.
    expect(diff.similarity).toBeGreaterThan(0.95);
    expect(diff.sections.every((s) => s.status === 'present')).toBe(true);
  });

  it('reports a section only the --against file has as missing and the notice\'s own as extra', () => {
    const base = buildNotice([{ heading: 'Storing records', body: 'Records are kept for six years.' }, { heading: 'Clubs', body: 'After-school clubs keep registers.' }]);
    const notice = buildNotice([{ heading: 'Storing records', body: 'Records are kept for six years.' }, { heading: 'Trips', body: 'Trip forms list medical needs.' }]);
    const statuses = diffNotices(base, notice).sections.map((s) => [s.status, s.noticeHeading ?? s.againstHeading]);
    expect(statuses).toEqual([['present', 'Storing records'], ['missing', 'Clubs'], ['extra', 'Trips']]);
  });
});

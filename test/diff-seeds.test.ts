// Lineage and text diff on the real seed notices in ../shared (skipped in a plain clone).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLineage } from '../src/diff/lineage.js';
import { diffWithNotice, loadSectioned } from '../src/diff/index.js';

const seeds = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const seed = (number: string): string => join(seeds, readdirSync(seeds).find((f) => f.startsWith(`${number}_`)) ?? `${number}.txt`);

describe.skipIf(!existsSync(seeds))('diff on the seed notices', () => {
  it.each(['000', '001', '003'])('seed %s (DPA 1998 era) descends from dfe-2016, with evidence', async (number) => {
    const lineage = detectLineage(await loadSectioned(seed(number)));
    expect(lineage.model).toBe('dfe-2016');
    expect(lineage.confidence).toBeGreaterThanOrEqual(0.8);
    expect(lineage.evidence.some((e) => e.includes('Data Protection Act 1998: How we use pupil information'))).toBe(true);
  });

  it.each(['002', '004'])('seed %s (sectioned, 2018 style) descends from dfe-2018 or later', async (number) => {
    const lineage = detectLineage(await loadSectioned(seed(number)));
    expect(['dfe-2018', 'dfe-2021', 'dfe-2025']).toContain(lineage.model);
    expect(lineage.evidence.some((e) => e.includes('"Collecting pupil information"'))).toBe(true);
  });

  it('finds two DPA 1998-era seeds at least 85% similar, with the school details as word changes', async () => {
    const diff = diffWithNotice(await loadSectioned(seed('000')), await loadSectioned(seed('001')));
    expect(diff.result.similarity).toBeGreaterThanOrEqual(0.85);
    const changed = diff.result.changes.filter((c) => c.type !== 'moved').map((c) => c.text);
    // 001 names its contact; 000 a business manager and a Luton link.
    expect(changed.some((t) => t.includes('Joanne Goodwin'))).toBe(true);
    expect(changed.some((t) => t.includes('luton.gov.uk'))).toBe(true);
    expect(changed.some((t) => t.includes('Kinross Crescent'))).toBe(true);
    // Each change is a few words, not whole paragraphs.
    expect(diff.result.changes.filter((c) => c.text.includes('Kinross Crescent'))[0].text.length).toBeLessThan(120);
  });
});

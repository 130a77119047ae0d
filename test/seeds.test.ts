// The five seed notices in ../shared/seeds (real notices, for measuring only): the headings a
// reader sees in each and what each is about. Skipped in a plain clone without ../shared.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotice } from '../src/load/index.js';
import { sectionNotice } from '../src/sections/index.js';
import type { Owner, Topic } from '../src/types.js';

const seeds = new URL('../../shared/seeds/', import.meta.url).pathname;

const DFE_TEMPLATE_2018: [string, Topic][] = [
  ['Why we collect and use this information', 'purposes'],
  ['Collecting pupil information', 'collection'],
  ['Storing pupil data', 'storage'],
  ['Who we share pupil information with', 'sharing'],
  ['Why we share pupil information', 'sharing-why'],
  ['Data collection requirements:', 'dfe'],
  ['The National Pupil Database (NPD)', 'npd'],
  ['Requesting access to your personal data', 'rights'],
  ['Contact', 'contact'],
];

/** Seed file prefix → the headings, in order, with their topics. */
const expected: Record<string, [string, Topic][]> = {
  '000': [['Data Protection Act 1998: How we use pupil information', 'intro']],
  '001': [
    ['Privacy Notices: Information about pupils in schools, alternative provision, …', 'intro'],
    ['Data Protection Act 1998: How we use pupil information', 'intro'],
  ],
  '002': [
    ['Privacy Notice (How we use pupil information)', 'intro'],
    ['The categories of pupil information that we collect, hold and share …', 'categories'],
    DFE_TEMPLATE_2018[0],
    ['The lawful basis on which we use this information', 'lawful-basis'],
    ...DFE_TEMPLATE_2018.slice(1),
  ],
  '003': [
    ['Data Protection Act 1998: How we use pupil information', 'intro'],
    ['FURTHER INFORMATION', 'other'],
    ['Teachers2Parents', 'other'],
  ],
  '004': [
    ['How we use pupil information', 'intro'],
    ['What data do we use', 'categories'],
    DFE_TEMPLATE_2018[0],
    ['What allows us to use this information', 'lawful-basis'],
    ...DFE_TEMPLATE_2018.slice(1),
    ['Appendix A –', 'appendix'],
    ['lawful basis to share details with the local authority', 'appendix'],
    ['On/Off Roll Details', 'appendix'],
    ['Key Stage Data Collections', 'appendix'],
    ['Other statutory data for providing services', 'appendix'],
    ['Appendix B –', 'appendix'],
    ['Who we share our data with', 'appendix'],
    ['Local authority', 'appendix'],
    ['NHS', 'appendix'],
    ['NHS Digital', 'appendix'],
    ['Education and Skills Funding Agency', 'appendix'],
    ['Leicester Education Strategic Partnership', 'appendix'],
    ['Leicestershire Police', 'appendix'],
  ],
};

/** Sections that are not the school's own content. */
const owners: Record<string, [string, Owner][]> = {
  '002': [['Data collection requirements:', 'dfe'], ['The National Pupil Database (NPD)', 'dfe'], ['Storing pupil data', 'school']],
  '004': [['The National Pupil Database (NPD)', 'dfe'], ['Local authority', 'third-party'], ['Leicestershire Police', 'third-party'], ['Storing pupil data', 'school']],
};

describe.skipIf(!existsSync(seeds))('seed notices', () => {
  const files = existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith('.txt')) : [];
  for (const [prefix, headings] of Object.entries(expected)) {
    const file = files.find((f) => f.startsWith(prefix));
    it(`seed ${prefix}: headings and topics`, async () => {
      expect(file).toBeDefined();
      const notice = sectionNotice(await loadNotice(join(seeds, file!)));
      // Long headings are written as a prefix ending in '…': the test quotes no more of a seed than it needs.
      const found = notice.sections.filter((s) => s.heading !== null).map((s, i) => {
        const want = headings[i]?.[0] ?? '';
        const shown = want.endsWith('…') && s.heading!.startsWith(want.slice(0, -1)) ? want : s.heading;
        return [shown, s.topic];
      });
      expect(found).toEqual(headings);
      for (const [heading, owner] of owners[prefix] ?? []) {
        expect([heading, notice.sections.find((s) => s.heading === heading)?.owner]).toEqual([heading, owner]);
      }
    });
  }
});

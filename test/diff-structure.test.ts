import { describe, expect, it } from 'vitest';
import { getModel } from '../rules/templates/index.js';
import { diffWithModel, failures, parseFailOn } from '../src/diff/index.js';
import { diffAgainstModel } from '../src/diff/structure.js';
import type { SectionDiff } from '../src/diff/types.js';
import { buildNotice, type SectionSpec } from './diff-notice.js';

const CATEGORIES: SectionSpec = {
  heading: 'The categories of pupil information that we process include', topic: 'categories',
  body: 'Names, unique pupil numbers and addresses; ethnic background and free school meal eligibility; attendance; assessment results.',
};
const PURPOSES: SectionSpec = {
  heading: 'Why we collect and use pupil information', topic: 'purposes',
  body: 'To support pupil learning and provide pastoral care. Our lawful basis is public task, Article 6(1)(e).',
};
const STORAGE: SectionSpec = {
  heading: 'How we store pupil data', topic: 'storage',
  body: 'Records are held securely for the periods in our retention schedule, published on our website.',
};
const SHARING: SectionSpec = {
  heading: 'Who we share pupil information with', topic: 'sharing',
  body: 'The local authority, the Department for Education and the next school a pupil attends.',
};

const byModel = (sections: SectionDiff[], key: string): SectionDiff | undefined => sections.find((s) => s.model === key);
const model2021 = getModel('dfe-2021');

describe('structural diff against a DfE model', () => {
  it('reports a section with the DfE heading as present, with its elements', () => {
    const { sections } = diffAgainstModel(buildNotice([CATEGORIES, PURPOSES, STORAGE]), model2021);
    const storage = byModel(sections, 'storage');
    expect(storage?.status).toBe('present');
    expect(storage?.noticeHeading).toBe('How we store pupil data');
    expect(storage?.elements?.find((e) => e.id === 'retention-period')?.present).toBe(true);
    expect(storage?.elements?.find((e) => e.id === 'security')?.present).toBe(true);
  });

  it('lists the required elements a present section lacks', () => {
    const bare = { ...STORAGE, body: 'We look after records carefully.' };
    const storage = byModel(diffAgainstModel(buildNotice([CATEGORIES, bare]), model2021).sections, 'storage');
    expect(storage?.status).toBe('present');
    expect(storage?.elements?.filter((e) => !e.present).map((e) => e.id)).toEqual(['retention-period', 'retention-schedule-link', 'security']);
  });

  it('reports a section under another heading as renamed', () => {
    const renamed = { ...STORAGE, heading: 'Keeping records safe' };
    const storage = byModel(diffAgainstModel(buildNotice([CATEGORIES, PURPOSES, renamed]), model2021).sections, 'storage');
    expect(storage?.status).toBe('renamed');
    expect(storage?.noticeHeading).toBe('Keeping records safe');
  });

  it('reports a model section the notice lacks as missing, and the notice\'s own section as extra', () => {
    const cctv: SectionSpec = { heading: 'CCTV', body: 'Cameras cover the gates; footage is overwritten after a month.' };
    const { sections } = diffAgainstModel(buildNotice([CATEGORIES, PURPOSES, cctv]), model2021);
    expect(byModel(sections, 'storage')?.status).toBe('missing');
    expect(sections.find((s) => s.status === 'extra')).toMatchObject({ noticeHeading: 'CCTV', line: 9 });
  });

  it('reports a section out of the model order as moved, the rest in order as present', () => {
    const { sections } = diffAgainstModel(buildNotice([CATEGORIES, PURPOSES, SHARING, STORAGE]), model2021);
    expect(byModel(sections, 'storage')?.status).toBe('moved');
    expect(byModel(sections, 'sharing')?.status).toBe('present');
    expect(byModel(sections, 'categories')?.status).toBe('present');
  });

  it('reports one notice section covering two model sections as merged', () => {
    const both: SectionSpec = {
      heading: 'Who we share pupil information with and why', topic: 'sharing',
      body: 'The local authority, the Department for Education and the next school. We share with the DfE on a statutory basis under regulation 3 of the Education (Information About Individual Pupils) (England) Regulations 2013; we do not share without consent unless the law allows.',
    };
    const { sections } = diffAgainstModel(buildNotice([CATEGORIES, PURPOSES, both]), model2021);
    const merged = sections.filter((s) => s.status === 'merged').map((s) => s.model).sort();
    expect(merged).toEqual(['sharing', 'sharing-why']);
    expect(byModel(sections, 'sharing')?.mergedWith).toEqual(['sharing-why']);
  });

  it('reports one model section spread over two notice sections as split', () => {
    const lawful: SectionSpec = {
      heading: 'The legal grounds we rely on', topic: 'lawful-basis',
      body: 'Public task under Article 6(1)(e); legal obligation for the census under section 537A of the Education Act 1996; Article 9 conditions for health data.',
    };
    const purposes = { ...PURPOSES, body: 'To support pupil learning, provide pastoral care and assess the quality of our services.' };
    const entry = byModel(diffAgainstModel(buildNotice([CATEGORIES, purposes, lawful]), model2021).sections, 'purposes');
    expect(entry?.status).toBe('split');
    expect(entry?.noticeSections?.map((s) => s.heading)).toEqual(['Why we collect and use pupil information', 'The legal grounds we rely on']);
  });

  it('keeps the DfE block\'s own sub-headings together instead of calling them split', () => {
    const block: SectionSpec[] = [
      { heading: 'How Government uses your data', topic: 'npd', body: 'The Department uses census data for funding, accountability and research.' },
      { heading: 'The National Pupil Database (NPD)', topic: 'npd', body: 'The NPD holds pupil records collected from schools.' },
      { heading: 'Sharing by the Department', topic: 'npd', body: 'The Department may share NPD extracts with third parties under an approval process.' },
    ];
    const entry = byModel(diffAgainstModel(buildNotice([CATEGORIES, PURPOSES, ...block]), model2021).sections, 'how-government-uses');
    expect(entry?.status).toBe('present');
    expect(entry?.elements?.find((e) => e.id === 'dfe-third-parties')?.present).toBe(true);
  });
});

describe('--fail-on', () => {
  it('fails missing-section for a missing verified section but not for a recalled one', () => {
    const report = diffWithModel(buildNotice([CATEGORIES, PURPOSES, STORAGE, SHARING]), 'dfe-2021');
    const missing = report.result.sections.filter((s) => s.status === 'missing');
    expect(missing.map((s) => s.model)).toContain('last-updated');
    expect(missing.find((s) => s.model === 'last-updated')?.recalled).toBe(true);
    const reasons = failures(report.result, parseFailOn(['missing-section']));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('Youth support services');
    expect(reasons[0]).not.toContain('Last updated');
  });

  it('fails lineage-older-than only for an older DfE model, never for none', () => {
    const dpa = buildNotice([{ heading: 'Data Protection Act 1998: How we use pupil information', body: 'We keep pupil records.' }]);
    const own = buildNotice([{ heading: 'Our approach to records', body: 'We keep pupil records.' }]);
    const older = parseFailOn(['lineage-older-than:dfe-2021']);
    expect(failures(diffWithModel(dpa).result, older)).toEqual(['built on dfe-2016, older than dfe-2021']);
    expect(failures(diffWithModel(own).result, older)).toEqual([]);
  });

  it('rejects an unknown condition with a usage error naming the choices', () => {
    expect(() => parseFailOn(['lineage-older-than:dfe-2019'])).toThrow(/missing-section or lineage-older-than/);
  });
});

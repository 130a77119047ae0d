import { describe, expect, it } from 'vitest';
import { detectLineage } from '../src/diff/lineage.js';
import { buildNotice, type SectionSpec } from './diff-notice.js';

const section = (heading: string | null, body = 'Short text written for this test.'): SectionSpec => ({ heading, body });

describe('detectLineage', () => {
  it('dates a notice under the single DPA 1998 heading to the 2016 model, with evidence and later changes', () => {
    const lineage = detectLineage(buildNotice([
      section('Data Protection Act 1998: How we use pupil information', 'Maple Street Infants keeps records about its pupils.'),
    ]));
    expect(lineage.model).toBe('dfe-2016');
    expect(lineage.evidence[0]).toMatch(/Data Protection Act 1998: How we use pupil information.*line 1.*2016/);
    expect(lineage.changedSince.some((c) => c.startsWith('dfe-2018:'))).toBe(true);
    expect(lineage.changedSince.some((c) => c.startsWith('dfe-2025:'))).toBe(true);
  });

  it('dates the sectioned layout with 2018 headings to dfe-2018', () => {
    const lineage = detectLineage(buildNotice([
      section('Privacy Notice (How we use pupil information)'),
      section('The categories of pupil information that we collect, hold and share'),
      section('Collecting pupil information'),
      section('Storing pupil data'),
    ]));
    expect(lineage.model).toBe('dfe-2018');
    expect(lineage.evidence.some((e) => e.includes('"Storing pupil data"'))).toBe(true);
  });

  it('dates the renamed 2019–21 headings and the withdrawal section to dfe-2021', () => {
    const lineage = detectLineage(buildNotice([
      section('The categories of pupil information that we process include'),
      section('How we collect pupil information'),
      section('How we store pupil data'),
      section('Withdrawal of consent and the right to lodge a complaint'),
    ]));
    expect(lineage.model).toBe('dfe-2021');
    expect(lineage.changedSince.every((c) => c.startsWith('dfe-2025:'))).toBe(true);
  });

  it('says none for a notice on its own structure even when it copies the DfE block', () => {
    const lineage = detectLineage(buildNotice([
      section('Who we are'),
      section('The personal data we hold'),
      section('Why we use this data'),
      section('How Government uses your data', 'The Department uses census returns for funding and research.'),
      section('Sharing by the Department', 'The Department may pass extracts to approved researchers.'),
    ]));
    expect(lineage.model).toBe('none');
    expect(lineage.changedSince).toEqual([]);
    expect(lineage.evidence.join(' ')).toMatch(/DfE block/);
  });

  it('says none with evidence for a notice with no trace of a DfE model', () => {
    const lineage = detectLineage(buildNotice([section('Our nursery and your family'), section('Keeping records')]));
    expect(lineage.model).toBe('none');
    expect(lineage.evidence[0]).toMatch(/no heading or wording/);
  });

  it('finds heading lines in plain text even when the sectioner did not split them', () => {
    const notice = buildNotice([section(null, 'Willow Primary\n\nData Protection Act 1998: How we use pupil information\n\nWe keep records.')]);
    expect(detectLineage(notice).model).toBe('dfe-2016');
  });
});

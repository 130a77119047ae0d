// The notice-date reader behind `review-date` (and the audit's review column): which dates
// count as the notice's own, and how partial dates are read.
import { describe, expect, it } from 'vitest';
import { findNoticeDates, formatLongDate, latestIssueDate, monthsBefore, parseDates } from '../src/checks/dates.js';
import { parseNotice } from '../src/load/index.js';
import { sectionNotice } from '../src/sections/index.js';
import type { NoticeFormat } from '../src/types.js';

const notice = (text: string, format: NoticeFormat = 'markdown') => sectionNotice(parseNotice(text, format, `notice.${format === 'text' ? 'txt' : 'md'}`));
const latest = (text: string, format?: NoticeFormat) => latestIssueDate(notice(text, format));
const BODY = '# How we use pupil information\n\nOakfield Primary School uses pupil data to teach and care for pupils.\n\n';

describe('parseDates', () => {
  it('reads day-first numeric dates the British way', () => {
    expect(parseDates('3/4/2024')[0].date).toBe('2024-04-03');
    expect(parseDates('01.09.2026')[0].date).toBe('2026-09-01');
  });

  it('reads a month alone as its last day', () => {
    expect(parseDates('May 2018')[0].date).toBe('2018-05-31');
    expect(parseDates('February 2024')[0].date).toBe('2024-02-29');
  });

  it('reads an academic year as 31 August of its second year', () => {
    expect(parseDates('2025/26')[0].date).toBe('2026-08-31');
    expect(parseDates('2025-2026')[0].date).toBe('2026-08-31');
    expect(parseDates('1999/00')[0].date).toBe('2000-08-31');
  });

  it('reads a year alone as 31 December only when asked to', () => {
    expect(parseDates('2025', true)[0].date).toBe('2025-12-31');
    expect(parseDates('2025')).toEqual([]);
  });

  it('ignores dates without a year and year ranges that are not academic years', () => {
    expect(parseDates('Thursday 19 October')).toEqual([]);
    expect(parseDates('2016/18')).toEqual([]);
  });
  it('reads a weekday-led date and a year-first month, but nothing relative', () => {
    expect(parseDates('Monday 3 March 2025')[0].date).toBe('2025-03-03');
    expect(parseDates('2024 September')[0].date).toBe('2024-09-30');
    expect(parseDates('updated two weeks ago, reviewed last month, due next year')).toEqual([]);
  });
});

describe('findNoticeDates', () => {
  it('finds a date after an update or issue word', () => {
    expect(latest(BODY + 'Last updated: September 2026\n')).toBe('2026-09-30');
    expect(latest(BODY + 'Date of issue: 12 December 2019\n')).toBe('2019-12-12');
    expect(latest(BODY + 'Version 3 – 1st March 2026\n')).toBe('2026-03-01');
    expect(latest(BODY + 'Updated: 2025 RS\n')).toBe('2025-12-31');
  });

  it('takes the latest of several dates, and gives its position', () => {
    const text = BODY + 'Issued: May 2018\n\nReviewed: 3/4/2025\n';
    const dates = findNoticeDates(notice(text));
    expect(dates.map((d) => d.date)).toEqual(['2018-05-31', '2025-04-03']);
    expect(text.slice(dates[1].start, dates[1].end)).toBe('3/4/2025');
    expect(latest(text)).toBe('2025-04-03');
  });

  it('finds a date in a title line', () => {
    expect(latest('PRIVACY NOTICE FOR PARENTS - March 2026\n\nRiverside Academy Trust uses pupil data.\n', 'text')).toBe('2026-03-31');
    expect(latest('# Privacy notice 2024/25\n\nRiverside Academy Trust uses pupil data.\n')).toBe('2025-08-31');
  });

  it('reads every row of a document control table, and an approval by a named board', () => {
    const rows = ['1.0\t24/05/2018\tSchool Business Manager\tFirst version', '1.1\t03/02/2021\tSchool Business Manager\tUK GDPR wording', '2.0\t15/09/2023\tData Protection Lead\tFull review with new sections on CCTV and biometric data', '2.1\t11/09/2026\tData Protection Lead\tAnnual review; retention table updated'];
    expect(latest('Document control\nVersion\tDate\tAuthor\tChanges\n' + rows.join('\n') + '\n\nOakfield School uses pupil data.\n', 'text')).toBe('2026-09-11');
    expect(latest(BODY + 'Approved by the Full Governing Board: 29/09/2026\n')).toBe('2026-09-29');
  });

  it('does not count a planned next review', () => {
    expect(latest(BODY + 'Next review due: September 2027\n')).toBeNull();
    expect(latest(BODY + 'Date of issue: May 2018\n\nDate to be revised: May 2027\n')).toBe('2018-05-31');
    // A bare "Review" after the approval date on a footer line is the next review; "Last review" is not.
    expect(latest(BODY + 'Approved: 3 July 2025    Review: July 2026\n')).toBe('2025-07-03');
    expect(latest(BODY + 'Issued: 3 July 2025    Last review: 9 March 2026\n')).toBe('2026-03-09');
  });

  it("does not count dates that are not the notice's own", () => {
    expect(latest(BODY + 'The GDPR has applied since 25 May 2018.\n')).toBeNull();
    expect(latest(BODY + 'We hold each date of birth, for example 3/4/2015.\n')).toBeNull();
    expect(latest(BODY + 'We follow an amended version of the Data Protection Act 2018.\n')).toBeNull();
    expect(latest('# General Data Protection Regulation 2018: how we use pupil data\n\nHillcrest Primary School uses pupil data.\n')).toBeNull();
    expect(latest('Term dates 2026/27\n\nPrivacy notice\n\nHillcrest Primary School uses pupil data.\n', 'text')).toBeNull();
  });
});

describe('date arithmetic', () => {
  it('formats dates in words', () => {
    expect(formatLongDate('2025-03-31')).toBe('31 March 2025');
  });

  it('goes back whole months, clamped to the end of a shorter month', () => {
    expect(monthsBefore('2026-11-24', 12)).toBe('2025-11-24');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 24)).toBe('2024-01-15');
  });
});

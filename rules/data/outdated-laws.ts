// Superseded legislation and guidance other than the DPA 1998 (rules.md "Outdated legislation
// and guidance", dfe-template.md §3.4, §4.1). Same shape and date logic as the bodies table.
import type { OutdatedEntry } from './outdated-bodies.js';

export const outdatedLaws: readonly OutdatedEntry[] = [
  {
    // Also the 2016 amendment (the 2024 Regulations are "School Attendance (Pupil Registration)").
    pattern: /\bEducation ?\( ?[Pp]upil [Rr]egistration\) \(England\)(?: \(Amendment\))? [Rr]egulations(?: 20(?:06|10|13|16))?/g,
    name: 'the Education (Pupil Registration) (England) Regulations 2006',
    change: 'were revoked and replaced on',
    since: '2024-08-19',
    successor: 'the School Attendance (Pupil Registration) (England) Regulations 2024',
    source: 'https://www.legislation.gov.uk/uksi/2024/208/contents',
  },
  {
    pattern: /\bChildren [Mm]issing [Ee]ducation\b/g,
    sentence: /\b(?:September|Sept\.?) 2016\b/,
    name: 'the September 2016 "Children missing education" statutory guidance',
    change: 'was replaced by new guidance on',
    since: '2024-08-19',
    successor: 'the August 2024 "Children missing education" statutory guidance',
    source: 'https://www.gov.uk/government/publications/children-missing-education',
  },
  {
    pattern: /\b(?:EU )?Data Protection Directive\b(?: \(?95\/46\/EC\)?)?|\bDirective 95\/46(?:\/EC)?/gi,
    name: 'the EU Data Protection Directive 95/46/EC',
    change: 'was replaced by the GDPR on',
    since: '2018-05-25',
    successor: 'the UK GDPR and the Data Protection Act 2018',
    source: 'https://www.legislation.gov.uk/eur/2016/679/contents',
  },
  {
    pattern: /\bData Protection (?:Act 2017|Bill)\b/gi,
    name: 'the Data Protection Bill (there never was a "Data Protection Act 2017")',
    change: 'became the Data Protection Act 2018 on',
    since: '2018-05-23',
    successor: 'the Data Protection Act 2018',
    source: 'https://www.legislation.gov.uk/ukpga/2018/12/contents',
  },
];

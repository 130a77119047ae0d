// The 2019–2021 updates of the DfE pupil notice: consent wording for youth support,
// "Withdrawal of consent…" and "Last updated" sections, and "How Government uses your
// data" (dfe-template.md §1.2 rows 0–12, §1.4).
import { ELEMENTS as E } from './elements.js';
import {
  categories2018, collection2018, contact2018, intro2018, purposes2018, rights2018, sharing2018, sharingWhy2018,
  storage2018, youthSupport2018,
} from './dfe-2018.js';
import { revise, type ModelSection, type TemplateModel } from './model.js';

const CENSUS_DUTY = ['Education Act 1996 s.537A', 'Education (Information About Individual Pupils) (England) Regulations 2013 reg 3'];

export const sections2021: readonly ModelSection[] = [
  intro2018,
  revise(categories2018, {
    heading: 'The categories of pupil information that we process include',
    variants: ['The categories of pupil information that we collect, hold and share', 'The categories of pupil information that we process'],
  }),
  revise(purposes2018, {
    variants: ['Why we collect and use this information', 'Why we use this data'],
    elements: [...purposes2018.elements, E.lawfulBasis, E.section537a, E.article9],
    statutory: ['UK GDPR Art 13(1)(c), Art 6(1)(c), 6(1)(e), Art 9', ...CENSUS_DUTY],
  }),
  revise(collection2018, { heading: 'How we collect pupil information', variants: ['Collecting pupil information', 'Collecting this information'] }),
  revise(storage2018, { heading: 'How we store pupil data', variants: ['Storing pupil data', 'Storing this data', 'How we store this data'] }),
  sharing2018,
  revise(sharingWhy2018, {
    heading: 'Why we regularly share pupil information',
    variants: ['Why we share pupil information', 'Department for Education', 'Local authorities', 'Why we share this information'],
  }),
  youthSupport2018,
  revise(rights2018, {
    urls: ['https://ico.org.uk/make-a-complaint/'],
  }),
  {
    key: 'withdraw-consent-complaint', topics: ['rights', 'complaints'],
    heading: 'Withdrawal of consent and the right to lodge a complaint', label: 'Withdrawing consent and complaining',
    variants: ['Withdrawal of consent', 'Complaints', 'How to complain'],
    elements: [E.withdrawConsent, E.complaintRoute], statutory: ['UK GDPR Art 7(3), 13(2)(c), 13(2)(d)'], urls: [], recalled: true,
  },
  {
    key: 'last-updated', topics: ['last-updated'], heading: 'Last updated', label: 'When the notice was last updated',
    variants: ['Changes to this notice', 'Review date', 'Version control'],
    elements: [E.lastUpdatedDate], statutory: [], urls: [], recalled: true,
  },
  contact2018,
  {
    key: 'how-government-uses', topics: ['npd', 'dfe'], heading: 'How Government uses your data',
    label: 'How the Department for Education uses the data (NPD, sharing by the Department, requests)',
    variants: ['Data collection requirements', 'The National Pupil Database (NPD)', 'Sharing by the Department',
      'How to find out what personal information DfE hold about you', 'How the government uses your data'],
    elements: [E.dfeUses, E.dataCollectionLink, E.npd, E.dfeThirdParties, E.findOutFromDfe],
    statutory: ['Education (Information About Individual Pupils) (England) Regulations 2013'],
    urls: ['https://www.gov.uk/education/data-collection-and-censuses-for-schools',
      'https://www.gov.uk/guidance/data-protection-how-we-collect-and-share-research-data',
      'https://www.gov.uk/government/publications/dfe-external-data-shares',
      'https://www.gov.uk/government/organisations/department-for-education/about/personal-information-charter',
      'https://www.gov.uk/contact-dfe'],
  },
];

export const dfe2021: TemplateModel = {
  id: 'dfe-2021',
  title: 'Privacy Notice (How we use pupil information)',
  period: '2019–2021 updates (explanation v1.1–v1.3)',
  changes: [
    '2019: sharing more than name, address and date of birth with youth support services depends on the parent\'s (from 16 the pupil\'s) say',
    'Adds "Withdrawal of consent and the right to lodge a complaint"',
    'Adds "Last updated" with a date',
    'Lists the rights in UK GDPR terms instead of Data Protection Act 1998 wording',
    'Replaces the NPD block with "How Government uses your data", including "Sharing by the Department" and "How to find out what personal information DfE hold about you"',
    'Renames headings: "How we collect…", "How we store…", "Why we regularly share…"; categories "that we process"',
    'Replaces the "NPD requests received" list with "DfE external data shares"',
  ],
  sections: sections2021,
};

// The May 2018 GDPR DfE pupil notice (refreshed Oct 2018 for the DPA 2018): the sectioned
// layout, sections 0–8 and 11–12 of dfe-template.md §1.2.
import { ELEMENTS as E } from './elements.js';
import type { ModelSection, TemplateModel } from './model.js';

const GOV_UK_PUBLICATIONS = 'https://www.gov.uk/government/publications';
const CENSUS_DUTY = ['Education Act 1996 s.537A', 'Education (Information About Individual Pupils) (England) Regulations 2013 reg 3'];

export const intro2018: ModelSection = {
  key: 'intro', topics: ['intro', 'controller'], heading: 'Privacy Notice (How we use pupil information)',
  label: 'Title, who the notice is for and who the controller is',
  variants: ['How we use pupil information', 'Privacy notice for pupils', 'Pupil privacy notice'],
  elements: [E.dataSources], statutory: [], urls: [],
};

export const categories2018: ModelSection = {
  key: 'categories', topics: ['categories'], heading: 'The categories of pupil information that we collect, hold and share',
  label: 'Categories of pupil information',
  variants: ['The categories of pupil information that we process include'],
  elements: [E.identifiers, E.characteristics, E.safeguarding, E.send, E.medical, E.attendance, E.assessment, E.behaviour],
  statutory: ['UK GDPR Art 14(1)(d)'], urls: [],
};

export const purposes2018: ModelSection = {
  key: 'purposes', topics: ['purposes', 'lawful-basis'], heading: 'Why we collect and use pupil information',
  label: 'Purposes',
  variants: ['Why we collect and use this information', 'Why we use this data'],
  elements: [E.supportLearning, E.pastoralCare, E.serviceQuality, E.statutoryReturns],
  statutory: ['UK GDPR Art 13(1)(c)'], urls: [],
};

const lawfulBasis2018: ModelSection = {
  key: 'lawful-basis', topics: ['lawful-basis'], heading: 'The lawful basis on which we use this information',
  label: 'Lawful bases',
  variants: ['Our lawful basis for using this data', 'The lawful basis on which we process this information'],
  elements: [E.lawfulBasis, E.section537a, E.article9],
  statutory: ['UK GDPR Art 6(1)(c), 6(1)(e), Art 9', ...CENSUS_DUTY], urls: [],
};

export const collection2018: ModelSection = {
  key: 'collection', topics: ['collection'], heading: 'Collecting pupil information',
  label: 'How pupil information is collected',
  variants: ['How we collect pupil information', 'Collecting this information'],
  elements: [E.collectionRoutes, E.mandatoryOrVoluntary],
  statutory: ['UK GDPR Art 13(2)(e)'], urls: [],
};

export const storage2018: ModelSection = {
  key: 'storage', topics: ['storage'], heading: 'Storing pupil data',
  label: 'How pupil data is stored and for how long',
  variants: ['How we store pupil data', 'Storing this data', 'How we store this data'],
  elements: [E.retentionPeriod, E.retentionLink, E.security],
  statutory: ['UK GDPR Art 13(2)(a)'], urls: [],
};

export const sharing2018: ModelSection = {
  key: 'sharing', topics: ['sharing'], heading: 'Who we share pupil information with',
  label: 'Recipients',
  variants: ['Who we share pupil information with', 'Who we share data with'],
  elements: [E.nextSchool, E.localAuthority, E.youthSupportRecipient, E.dfeRecipient],
  statutory: ['UK GDPR Art 13(1)(e)'], urls: [],
};

export const sharingWhy2018: ModelSection = {
  key: 'sharing-why', topics: ['sharing-why', 'dfe'], heading: 'Why we share pupil information',
  label: 'Why pupil information is shared (Department for Education)',
  variants: ['Why we regularly share pupil information', 'Department for Education', 'Why we share this information'],
  elements: [E.noSharingWithoutConsent, E.statutoryBasis, E.regulation3],
  statutory: CENSUS_DUTY, urls: [],
};

export const youthSupport2018: ModelSection = {
  key: 'youth-support', topics: ['youth-support'], heading: 'Youth support services',
  label: 'Youth support services (pupils aged 13+ and 16+)',
  variants: ['Pupils aged 13+', 'Pupils aged 16+', 'Youth support services and careers advisers'],
  elements: [E.section507b, E.basicSet, E.parentSay],
  statutory: ['Education Act 1996 s.507B'], urls: [],
};

export const rights2018: ModelSection = {
  key: 'rights', topics: ['rights', 'complaints'], heading: 'Requesting access to your personal data',
  label: 'Right of access, other rights and concerns',
  variants: ['Your rights', 'Your data protection rights', 'Subject access requests'],
  elements: [E.rightOfAccess, E.educationalRecord, E.requestContact, E.otherRights, E.icoComplaint],
  statutory: ['UK GDPR Art 13(2)(b), 13(2)(d), Art 15', 'Education (Pupil Information) (England) Regulations 2005'],
  urls: ['https://ico.org.uk/concerns/'],
};

export const contact2018: ModelSection = {
  key: 'contact', topics: ['contact'], heading: 'Contact',
  label: 'Who to contact about the notice',
  variants: ['Contact us', 'Further information', 'The Data Protection Officer'],
  elements: [E.contactDetails, E.dpo],
  statutory: ['UK GDPR Art 13(1)(a), 13(1)(b)'], urls: [],
};

const npd2018: ModelSection = {
  key: 'npd', topics: ['npd', 'dfe'], heading: 'The National Pupil Database (NPD)',
  label: 'Data collection requirements and the National Pupil Database',
  variants: ['Data collection requirements', 'National Pupil Database'],
  elements: [E.dataCollectionLink, E.npd, E.dfeThirdParties, E.dataSharesLink],
  statutory: ['Education (Information About Individual Pupils) (England) Regulations 2013'],
  urls: ['https://www.gov.uk/education/data-collection-and-censuses-for-schools',
    `${GOV_UK_PUBLICATIONS}/national-pupil-database-user-guide-and-supporting-information`,
    'https://www.gov.uk/government/publications/national-pupil-database-requests-received',
    'https://www.gov.uk/contact-dfe'],
};

export const dfe2018: TemplateModel = {
  id: 'dfe-2018',
  title: 'Privacy Notice (How we use pupil information)',
  period: 'May 2018 GDPR text, refreshed 3 Oct 2018 for the DPA 2018',
  changes: [
    'Sectioned layout with headings replaces the single "Data Protection Act 1998" heading',
    'Lists categories of pupil information instead of one sentence',
    'States the lawful bases (Article 6, Article 9 for special category data) beside the purposes',
    'Adds "Collecting pupil information" (whether providing data is mandatory) and "Storing pupil data" (retention schedule)',
    'Adds the National Pupil Database block with the data collection requirements link',
    'Points to the ICO for concerns (ico.org.uk/concerns)',
    'Drops the "apply for a data extract" link',
  ],
  sections: [intro2018, categories2018, purposes2018, lawfulBasis2018, collection2018, storage2018, sharing2018,
    sharingWhy2018, youthSupport2018, rights2018, contact2018, npd2018],
};

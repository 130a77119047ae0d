// The DPA 1998-era DfE pupil notice (any DCSF/DfE text 2007–2017, up to the 2016–17
// version): one heading, then paragraphs. Facts: dfe-template.md §1.1, §1.4.
import { ELEMENTS as E } from './elements.js';
import type { TemplateModel } from './model.js';

const GOV_UK = 'https://www.gov.uk';
const DATA_SHARING_PAGE = `${GOV_UK}/data-protection-how-we-collect-and-share-research-data`;

export const dfe2016: TemplateModel = {
  id: 'dfe-2016',
  title: 'Data Protection Act 1998: How we use pupil information',
  period: '2007–2017 (DPA 1998 era, last text 2016–17)',
  changes: [],
  sections: [
    {
      key: 'intro', topics: ['intro', 'controller'], heading: 'Data Protection Act 1998: How we use pupil information',
      label: 'Title and who collects the data',
      variants: ['Privacy notices: information about pupils in schools, alternative provision and pupil referral units', 'How we use pupil information'],
      elements: [E.dataSources], statutory: ['Data Protection Act 1998'], urls: [],
    },
    {
      key: 'purposes', topics: ['purposes', 'intro'], heading: null, label: 'Paragraph: what the school uses the data for',
      variants: [], elements: [E.supportLearning, E.pastoralCare, E.serviceQuality], statutory: [], urls: [],
    },
    {
      key: 'categories', topics: ['categories', 'intro', 'purposes'], heading: null, label: 'Paragraph: what the information includes',
      variants: [], elements: [E.identifiers, E.assessment, E.attendance, E.behaviour, E.characteristics, E.send, E.medical],
      statutory: [], urls: [],
    },
    {
      key: 'learner-number', topics: ['collection', 'categories', 'sharing'], heading: null,
      label: 'Paragraph: Learning Records Service and unique learner number (post-14)',
      variants: [], elements: [E.learnerNumber], statutory: [], urls: [],
    },
    {
      key: 'sharing-consent', topics: ['sharing', 'sharing-why'], heading: null,
      label: 'Paragraph: no sharing without consent unless the law allows',
      variants: [], elements: [E.noSharingWithoutConsent], statutory: [], urls: [],
    },
    {
      key: 'statutory-sharing', topics: ['dfe', 'sharing', 'sharing-why'], heading: null,
      label: 'Paragraph: the law requires sharing with the local authority and DfE',
      variants: [], elements: [E.statutoryBasis, E.localAuthority, E.dfeRecipient], statutory: [], urls: [],
    },
    {
      key: 'youth-support', topics: ['youth-support', 'sharing'], heading: null,
      label: 'Paragraph: pupils aged 13+ and youth support services',
      variants: ['Pupils aged 13+', 'Youth support services'],
      elements: [E.age13, E.youthSupportRecipient, E.basicSet, E.parentSay], statutory: ['Education Act 1996 s.507B'], urls: [],
    },
    {
      key: 'dfe-third-parties', topics: ['npd', 'dfe'], heading: null,
      label: 'Paragraphs: DfE sharing with third parties and its approval process',
      variants: [], elements: [E.dfeThirdParties, E.dataSharesLink],
      statutory: [],
      urls: [`${GOV_UK}/guidance/national-pupil-database-apply-for-a-data-extract`,
        'https://www.gov.uk/government/publications/national-pupil-database-requests-received'],
    },
    {
      key: 'more-information', topics: ['contact', 'npd', 'dfe', 'other'], heading: null,
      label: 'Paragraph: where to read more (local authority and DfE pages)',
      variants: [], elements: [E.moreInformationLinks], statutory: [], urls: [DATA_SHARING_PAGE],
    },
    {
      key: 'access-request', topics: ['rights', 'contact'], heading: null,
      label: 'Paragraph: who to contact for a copy of the pupil\'s information',
      variants: [], elements: [E.rightOfAccess, E.requestContact], statutory: ['Data Protection Act 1998 s.7'], urls: [],
    },
  ],
};

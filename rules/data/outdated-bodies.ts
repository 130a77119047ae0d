// Bodies and schemes that no longer exist (rules.md "Outdated bodies and schemes",
// dfe-template.md §4.1). A row applies only once `since` has passed (evaluated against the
// run's date). Patterns are case-sensitive where an acronym could be an ordinary word.
// Never listed (still current): the ICO, NHS England, the Learning Records Service itself,
// Connexions, "fair processing notice", "registered with the ICO".

export interface OutdatedEntry {
  /** Matches one mention (a full name may carry its acronym in brackets). Linear patterns only. */
  pattern: RegExp;
  /** When set, the mention counts only in a sentence that also says this (e.g. the old date). */
  sentence?: RegExp;
  /** What the mention refers to, for the message. */
  name: string;
  /** What happened, in a few words, completed by the date ("closed on …"). */
  change: string;
  /** YYYY-MM-DD: the day the mention stopped being right. */
  since: string;
  /** What to write instead. */
  successor: string;
  source: string;
}

const ESFA_CLOSED = 'https://www.gov.uk/government/organisations/education-and-skills-funding-agency';

export const outdatedBodies: readonly OutdatedEntry[] = [
  {
    pattern: /\bEducation,? (?:and |& )?Skills Funding Agency(?: \(ESFA\))?|\bESFA\b/g,
    name: 'the Education and Skills Funding Agency',
    change: 'closed on',
    since: '2025-03-31',
    successor: 'the Department for Education (which now also runs the Learning Records Service)',
    source: ESFA_CLOSED,
  },
  {
    pattern: /\bEducation Funding Agency(?: \(EFA\))?|\bEFA\b/g,
    name: 'the Education Funding Agency',
    change: 'merged into the ESFA (itself closed in 2025) on',
    since: '2017-04-01',
    successor: 'the Department for Education',
    source: 'https://www.gov.uk/government/news/education-and-skills-funding-agency-launches',
  },
  {
    pattern: /(?<!Education,? (?:and |& )?)\bSkills Funding Agency(?: \(SFA\))?/g,
    name: 'the Skills Funding Agency',
    change: 'merged into the ESFA (itself closed in 2025) on',
    since: '2017-04-01',
    successor: 'the Department for Education',
    source: 'https://www.gov.uk/government/news/education-and-skills-funding-agency-launches',
  },
  {
    pattern: /\bYoung People'?s Learning Agency(?: \(YPLA\))?|\bYPLA\b/g,
    name: "the Young People's Learning Agency",
    change: 'was replaced by the Education Funding Agency on',
    since: '2012-04-01',
    successor: 'the Department for Education',
    source: 'https://www.legislation.gov.uk/ukpga/2011/21/part/6',
  },
  {
    pattern: /\bNHS Digital\b/g,
    name: 'NHS Digital',
    change: 'merged into NHS England on',
    since: '2023-02-01',
    successor: 'NHS England',
    source: 'https://www.england.nhs.uk/2023/02/nhs-england-and-nhs-digital-merge/',
  },
  {
    pattern: /\bHealth (?:and|&) Social Care Information Centre(?: \(HSCIC\))?|\bHSCIC\b/g,
    name: 'the Health and Social Care Information Centre (later NHS Digital)',
    change: 'merged into NHS England on',
    since: '2023-02-01',
    successor: 'NHS England',
    source: 'https://www.england.nhs.uk/2023/02/nhs-england-and-nhs-digital-merge/',
  },
  {
    pattern: /\b[Pp]rimary [Cc]are [Tt]rusts?(?: \(PCTs?\))?|\bPCTs?\b/g,
    name: 'primary care trusts',
    change: 'were abolished on',
    since: '2013-03-31',
    successor: 'your integrated care board (ICB)',
    source: 'https://www.legislation.gov.uk/ukpga/2012/7/section/34',
  },
  {
    pattern: /\b[Cc]linical [Cc]ommissioning [Gg]roups?(?: \(CCGs?\))?|\bCCGs?\b/g,
    name: 'clinical commissioning groups',
    change: 'were replaced by integrated care boards on',
    since: '2022-07-01',
    successor: 'your integrated care board (ICB)',
    source: 'https://www.legislation.gov.uk/ukpga/2022/31/section/14',
  },
  {
    pattern: /\bPublic Health England(?: \(PHE\))?|\bPHE\b/g,
    name: 'Public Health England',
    change: 'closed on',
    since: '2021-09-30',
    successor: 'the UK Health Security Agency or the Office for Health Improvement and Disparities',
    source: 'https://www.gov.uk/government/organisations/public-health-england',
  },
  {
    pattern: /\bDepartment for Children,? Schools and Families(?: \(DCSF\))?|\bDCSF\b/g,
    name: 'the Department for Children, Schools and Families',
    change: 'was renamed the Department for Education on',
    since: '2010-05-12',
    successor: 'the Department for Education (DfE)',
    source: 'https://discovery.nationalarchives.gov.uk/details/r/C16526',
  },
  {
    pattern: /\bDepartment for Education and Skills(?! Funding)(?: \(DfES\))?|\bDf[Ee]S\b/g,
    name: 'the Department for Education and Skills',
    change: 'was replaced (through the DCSF) on',
    since: '2007-06-28',
    successor: 'the Department for Education (DfE)',
    source: 'https://discovery.nationalarchives.gov.uk/details/r/C16526',
  },
  {
    pattern: /\bQualifications and Curriculum (?:Development )?(?:Authority|Agency)(?: \((?:QCA|QCDA)\))?|\bQCD?A\b/g,
    name: 'the Qualifications and Curriculum Authority / Development Agency',
    change: 'had closed by',
    since: '2012-04-01',
    successor: 'the Standards and Testing Agency (tests and assessments) or Ofqual (qualifications)',
    source: 'https://www.legislation.gov.uk/ukpga/2011/21/part/4',
  },
  {
    pattern: /\bLearning and Skills Council(?: \(LSC\))?/g,
    name: 'the Learning and Skills Council',
    change: 'closed on',
    since: '2010-04-01',
    successor: 'the Department for Education',
    source: 'https://www.legislation.gov.uk/ukpga/2009/22/part/4',
  },
  {
    pattern: /\b(?:EU[- ]US |EU-U\.S\. )?Privacy Shield\b/g,
    name: 'the EU-US Privacy Shield',
    change: 'was declared invalid (Schrems II) on',
    since: '2020-07-16',
    successor: 'the UK Extension to the EU-US Data Privacy Framework, or the UK International Data Transfer Agreement',
    source: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/international-transfers/',
  },
  {
    pattern: /\bSafe Harbou?r\b/g,
    name: 'the Safe Harbor scheme',
    change: 'was declared invalid (Schrems I) on',
    since: '2015-10-06',
    successor: 'the UK Extension to the EU-US Data Privacy Framework, or the UK International Data Transfer Agreement',
    source: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/international-transfers/',
  },
  {
    pattern: /\b[Dd]ata [Pp]rotection [Rr]egister\b|\bregistered under the Data Protection Act(?: 1998)?|\bnotified the Information Commissioner\b/g,
    name: 'registration (notification) under the Data Protection Act 1998',
    change: 'ended on',
    since: '2018-05-25',
    successor: '"we pay the data protection fee and are on the ICO register of fee payers" (or "registered with the ICO")',
    source: 'https://ico.org.uk/for-organisations/data-protection-fee/',
  },
];

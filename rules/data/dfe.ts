// Phrase lists for the Department for Education rules (rules.md "Department for Education
// content"; dfe-template.md §1.5). Case-insensitive unless said; linear windows only.

/** The department by name (not "the department" alone: too common in other senses). */
export const DFE_NAME: readonly RegExp[] = [/\bDfE\b/i, /\bDepartment (for|of) Education\b/i];
/** The DfE's own statutory collections stand for it: "submission of the school census returns". */
export const CENSUS = /\b(school|early years|alternative provision) census\b/i;
/** How far before a named census law the census itself may be named (the sentence before). */
export const CENSUS_LOOK_BEHIND = 200;
export const DFE_COLLECTION: readonly RegExp[] = [...DFE_NAME, CENSUS];
/** A sentence that passes data on (or completes the census, or says the DfE collects it from schools)… */
export const PASSES_DATA = /\b(shar\w{0,4}|pass\w{0,4}|provid\w{0,4}|sen[dt]|sending|suppl\w{0,4}|submit\w{0,4}|submission|transfer\w{0,4}|returns?|giv\w{0,3}|give|complet\w{0,3})\b|\bcollect\w{0,3}\b[^.\n]{0,60}\bfrom (?:all )?(?:schools|academies|us|the school)\b/i;
/** …because it has to. */
/** The duty itself, in so many words (REQUIRED_BY_LAW also takes "census" as naming one). */
export const DUTY_STATED = /\b(the law (says|requires|makes)|by law|must|have to|has to|required|requires|legal (duty|obligation)|statutory duty)\b/i;
// "… collects pupil data from schools under the Education (Information About Individual Pupils) …
// Regulations": the census law named as the authority for it states the duty.
export const REQUIRED_BY_LAW = /\b(requir\w{0,4}|by law|the law|legal\w{0,4}|statutor\w{0,3}|dut(y|ies)|oblig\w{0,6}|must|census|mandatory)\b|\bunder (the )?(Education \(Information About Individual Pupils\)|section 537A|s\.? ?537A|regulation 3 of)/i;

/** The legal basis for the DfE collections: the 2013 Regulations / s.537A; early years s.99 Childcare Act 2006. */
export const DFE_LEGAL_BASIS: readonly RegExp[] = [
  /\bInformation About Individual Pupils\b/i,
  /537\s?A\b/i,
  /\b(s\.?|section)\s?99\b[^.\n]{0,40}\bChildcare Act\b/i,
  /\bInformation About Children in (Early Years|Alternative) Provision\b/i,
  /\bProvision of Information About Young Children\b/i,
];

/** The National Pupil Database by name ("NPD" in capitals, so a lower-case URL never counts). */
export const NPD: readonly RegExp[] = [/\bNational Pupil Database\b/i, /\bNPD\b/];

const SHARES = '(shares?|shared|sharing|disclos\\w{1,4}|releas(e|es|ed|ing)|lend(s|ing)?|lent|pass\\w{0,3} on|makes? [^.\\n]{0,30}available)';
/** The DfE shares data from the NPD: "the DfE may share …", "Sharing by the Department", "used by researchers". */
export const DFE_SHARES_NPD_DATA: readonly RegExp[] = [
  new RegExp(`\\b(DfE|Department (for|of) Education|the department|NPD|National Pupil Database)\\b[^.\\n]{0,100}\\b${SHARES}\\b`, 'i'),
  /\bsharing by (the )?(DfE|Department)\b/i,
  /\b(researchers|third parties|other organisations)\b[^.\n]{0,60}\b(NPD|National Pupil Database)\b|\b(NPD|National Pupil Database)\b[^.\n]{0,100}\b(researchers|third parties|other organisations)\b/i,
  // Children's wording: "Sometimes the DfE lets other people use facts from it."
  /\b(DfE|department|NPD|National Pupil Database|government)\b[^.\n]{0,60}\b(lets|allows|permits)\b[^.\n]{0,20}\b(other people|others|researchers|other organisations)\b[^.\n]{0,10}\b(use|see|look at|have)\b/i,
];

/** In a DfE or NPD section, "it" is the DfE: "It can also release data from it to researchers". */
export const IT_SHARES: readonly RegExp[] = [
  new RegExp(`\\b(it|they) (can |may |will |also |then |sometimes |does |do ){0,3}${SHARES}\\b`, 'i'),
  // A short answer with no subject: "Shares some, under strict checks, with approved researchers."
  /(?:^|[.!?][ \t]+)(?:also |sometimes )?(shares|releases|lends|discloses)\b/im,
  // "It uses the database for research, and may share information from it with …".
  new RegExp(`\\band (can |may |will |also ){1,2}${SHARES}\\b`, 'i'),
];

/** How to find out what DfE holds, or how to contact it. */
export const DFE_CONTACT: readonly RegExp[] = [
  /\bgov\.uk\/contact-dfe\b/i,
  /\bcontact (the )?(DfE|Department for Education)\b/i,
  /\bpersonal[ -]information[ -]charter\b/i,
  // "… by making a subject access request to the Department for Education".
  /\brequest\w{0,2} to (the )?(DfE|Department for Education)\b/i,
  /\brequesting-your-personal-information\b/i,
  /\b(information|data) (the )?(DfE|Department for Education|department) (hold|holds)\b/i,
  /\b(ask|asking|request\w{0,3}) (the )?(DfE|Department for Education|department)\b/i,
  /\b(DfE|Department for Education)\b[^.\n]{0,60}\bhold\w{0,3}\b[^.\n]{0,30}\babout (you|your child|them)\b/i,
  /\bheld about (you|your child|them) by (the )?(DfE|Department for Education|department)\b/i,
  // The DfE's address in pre-2018 notices.
  /\bPublic Communications Unit\b|\bSanctuary Buildings\b|\beducation\.gov\.uk\/help\/contactus\b|\b0370 000 2288\b/i,
];

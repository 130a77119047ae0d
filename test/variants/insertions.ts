// Variants that put ONE outdated or unfinished thing into every complete notice, each
// expected to make exactly one currency or hygiene rule fire.
import type { NoticeVariant } from './types.js';

/** Adds a paragraph at the end of the notice (any section: these rules apply wherever text stands). */
const appending = (paragraph: string) => (text: string): string => `${text.trimEnd()}\n\n${paragraph}\n`;

const MONTH_DATE = /\b(?:\d{1,2}(?:st|nd|rd|th)? )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|\b\d{4} ?[/-] ?\d{2,4}\b/g;
const DATE_LINE = /^.*\b(?:updated|reviewed|issued|dated|version|last review)\b.*$/gim;

/** Replaces the notice's own date(s) ("Last updated: September 2026") with May 2019. */
function datedMay2019(text: string): string {
  return text.replace(DATE_LINE, (line) => line.replace(MONTH_DATE, 'May 2019'));
}

/** "UK GDPR" → "GDPR" everywhere, so the notice only ever names the EU regulation. */
function withoutUk(text: string): string {
  return text.replace(/\bUK[ -]?GDPR\b/g, 'GDPR').replace(/\bUK General Data Protection Regulation/g, 'General Data Protection Regulation');
}

/** The first https://www.gov.uk link made http://, or one such link added. */
function insecureGovUkLink(text: string): string {
  return text.includes('https://www.gov.uk')
    ? text.replace('https://www.gov.uk', 'http://www.gov.uk')
    : appending('Read more at http://www.gov.uk/contact-dfe.')(text);
}

export const variants: NoticeVariant[] = [
  { name: 'cites the Data Protection Act 1998', notice: '*', apply: appending('We follow the Data Protection Act 1998.'), expect: ['dpa-1998'] },
  { name: 'names the law "GDPR" only', notice: '*', apply: withoutUk, expect: ['unqualified-gdpr'] },
  { name: 'words a right as under the 1998 Act ("blocked")', notice: '*', apply: appending('You can also ask for wrong data to be corrected or blocked.'), expect: ['outdated-rights-wording'] },
  { name: 'charges £10 for a subject access request', notice: '*', apply: appending('A subject access request costs £10.'), expect: ['sar-fee'] },
  { name: 'answers a subject access request in 40 days', notice: '*', apply: appending('We answer a subject access request within 40 days.'), expect: ['sar-fee'] },
  { name: 'shares data with NHS Digital', notice: '*', apply: appending('The school nurse sends height and weight results to NHS Digital.'), expect: ['outdated-body'] },
  { name: 'names Public Health England', notice: '*', apply: appending('Our vaccination team works with Public Health England.'), expect: ['outdated-body'] },
  { name: 'relies on the EU-US Privacy Shield', notice: '*', apply: appending('Our cloud supplier is certified under the EU-US Privacy Shield.'), expect: ['outdated-body'] },
  { name: 'says the ESFA runs the Learning Records Service', notice: '*', apply: appending('The Learning Records Service is run by the Education and Skills Funding Agency.'), expect: ['outdated-body'] },
  { name: 'cites the 2006 pupil registration regulations', notice: '*', apply: appending('We keep a register under the Education (Pupil Registration) (England) Regulations 2006.'), expect: ['outdated-law'] },
  { name: 'leaves "[insert name of school]" in', notice: '*', apply: appending('For help, ask [insert name of school].'), expect: ['placeholder'] },
  { name: 'leaves a DfE guidance note in', notice: '*', apply: appending('[For institutions with pupils aged 13+]'), expect: ['placeholder'] },
  { name: 'was last updated in May 2019', notice: '*', apply: datedMay2019, expect: ['review-date'] },
  { name: 'links to gov.uk over http', notice: '*', apply: insecureGovUkLink, expect: ['insecure-link'] },
];

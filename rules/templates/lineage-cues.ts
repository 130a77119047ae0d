// What betrays which DfE model a notice was built on (dfe-template.md §1.1–1.5). Heading cues
// must match a whole line (or a section heading) on their own; text cues match anywhere.
// `family` says what the cue proves: the DPA 1998 text, the sectioned school part of the
// 2018+ text, or only the DfE/NPD block (which notices on other models copy too).
// `hint` votes for a version within the family. Patterns are short facts, not DfE sentences.
import type { ModelId } from './model.js';

export interface LineageCue {
  kind: 'heading' | 'text';
  pattern: RegExp;
  family: 'dpa-1998' | 'sectioned' | 'dfe-block';
  weight: number;
  hint?: ModelId;
  /** What the evidence line says was seen. */
  describe: string;
}

const heading = (pattern: RegExp, family: LineageCue['family'], weight: number, describe: string, hint?: ModelId): LineageCue =>
  ({ kind: 'heading', pattern, family, weight, describe, hint });
const text = (pattern: RegExp, family: LineageCue['family'], weight: number, describe: string, hint?: ModelId): LineageCue =>
  ({ kind: 'text', pattern, family, weight, describe, hint });

export const LINEAGE_CUES: readonly LineageCue[] = [
  // --- the DPA 1998 text (2007–2017)
  heading(/^data protection act 1998:? how we use (?:pupil|student) information$/i, 'dpa-1998', 3,
    'single heading "Data Protection Act 1998: How we use pupil information"', 'dfe-2016'),
  // Schools that kept the 2016 text often only swapped the Act's name in its one heading.
  heading(/^(?:the )?general data protection regulation(?: \(GDPR\))?(?: 2018)?:? how we use (?:pupil|student) information$/i,
    'dpa-1998', 2, 'the 2016 heading with the Act\'s name replaced ("…: How we use pupil information")', 'dfe-2016'),
  heading(/^privacy notices? ?(?:-|:)? ?data protection act(?: 1998)?$/i, 'dpa-1998', 2,
    'title naming the Data Protection Act (1998)', 'dfe-2016'),
  text(/pupils in schools,? alternative provision,? (?:and )?pupil referral units/i, 'dpa-1998', 2,
    'DfE DPA-era document title "…pupils in schools, alternative provision, pupil referral units…"', 'dfe-2016'),
  text(/collect and hold personal information relating to our (?:pupils|students)/i, 'dpa-1998', 1,
    'opening of the DPA 1998 text ("collect and hold personal information relating to our pupils")', 'dfe-2016'),
  text(/monitor and report on (?:their|your) progress/i, 'dpa-1998', 1,
    'DPA 1998 purposes list ("monitor and report on their progress")', 'dfe-2016'),
  text(/national curriculum assessment results/i, 'dpa-1998', 1,
    'DPA 1998 categories sentence ("national curriculum assessment results")', 'dfe-2016'),
  text(/where they go after they leave us/i, 'dpa-1998', 1,
    'DPA 1998 categories sentence ("where they go after they leave us")', 'dfe-2016'),
  text(/national-pupil-database-apply-for-a-data-extract/i, 'dpa-1998', 1,
    'link to the NPD "apply for a data extract" page, cited only by the 2016 text', 'dfe-2016'),
  text(/post[- ]?14 qualifications/i, 'dpa-1998', 1,
    'Learning Records Service paragraph for post-14 qualifications', 'dfe-2016'),
  text(/\[for institutions with (?:students|pupils) aged 13\+\]/i, 'dpa-1998', 1,
    'left-in 2016 marker "[For institutions with students aged 13+]"', 'dfe-2016'),
  // --- the sectioned school part (2018 onwards)
  heading(/^privacy notice \(how we use (?:pupil|student|personal) information\)$/i, 'sectioned', 2,
    'title "Privacy Notice (How we use pupil information)"'),
  heading(/^the categories of (?:pupil |student |personal )?information that we collect, hold and share(?: include)?:?$/i, 'sectioned', 2,
    'heading "The categories of pupil information that we collect, hold and share"', 'dfe-2018'),
  heading(/^the categories of (?:pupil |student |personal )?information that we process(?: include)?:?$/i, 'sectioned', 2,
    'heading "The categories of pupil information that we process"', 'dfe-2021'),
  heading(/^why (?:do )?we collect and use (?:pupil|student|this|personal) information\??$/i, 'sectioned', 1,
    'heading "Why we collect and use … information"'),
  heading(/^the lawful basis on which we use this information$/i, 'sectioned', 1,
    'heading "The lawful basis on which we use this information"', 'dfe-2018'),
  heading(/^collecting pupil information$/i, 'sectioned', 1, 'heading "Collecting pupil information"', 'dfe-2018'),
  heading(/^how we collect pupil information$/i, 'sectioned', 1, 'heading "How we collect pupil information"', 'dfe-2021'),
  heading(/^storing pupil data$/i, 'sectioned', 1, 'heading "Storing pupil data"', 'dfe-2018'),
  heading(/^how we store pupil data$/i, 'sectioned', 1, 'heading "How we store pupil data"', 'dfe-2021'),
  heading(/^who we share pupil information with$/i, 'sectioned', 1, 'heading "Who we share pupil information with"'),
  heading(/^why we share pupil information$/i, 'sectioned', 1, 'heading "Why we share pupil information"', 'dfe-2018'),
  heading(/^why we regularly share pupil information$/i, 'sectioned', 1,
    'heading "Why we regularly share pupil information"', 'dfe-2021'),
  heading(/^requesting access to your personal data$/i, 'sectioned', 1, 'heading "Requesting access to your personal data"'),
  heading(/^withdrawal of consent and the right to lodge a complaint$/i, 'sectioned', 1,
    'heading "Withdrawal of consent and the right to lodge a complaint"', 'dfe-2021'),
  heading(/^(?:youth support services|pupils aged 1[36]\+)$/i, 'sectioned', 0.5, 'youth support heading'),
  text(/we use the (?:pupil|student) data/i, 'sectioned', 1, 'purposes line "We use the pupil data"'),
  text(/monitor and report on (?:pupil|student) attainment progress/i, 'sectioned', 1,
    'DfE purposes list ("monitor and report on pupil attainment progress")'),
  text(/keep children safe \(food allergies/i, 'sectioned', 1, 'DfE purposes list ("keep children safe (food allergies…)")'),
  text(/whilst the majority of (?:pupil|student) information you provide to us is mandatory/i, 'sectioned', 1,
    'collection statement "whilst the majority of pupil information … is mandatory"'),
  text(/to comply with the general data protection regulation/i, 'sectioned', 0,
    'collection statement names "the General Data Protection Regulation" (no "UK")', 'dfe-2018'),
  text(/to comply with the (?:UK GDPR|UK General Data Protection Regulation)/i, 'sectioned', 0,
    'collection statement names the UK GDPR', 'dfe-2021'),
  // --- the DfE/NPD block: version hints only
  heading(/^data collection requirements:?$/i, 'dfe-block', 0.5, 'DfE block heading "Data collection requirements"'),
  heading(/^the national pupil database \(npd\)$/i, 'dfe-block', 0.5, 'DfE block heading "The National Pupil Database (NPD)"'),
  heading(/^how (?:the )?government uses your data$/i, 'dfe-block', 1, 'DfE block heading "How Government uses your data"', 'dfe-2021'),
  heading(/^sharing by the department$/i, 'dfe-block', 1, 'DfE block heading "Sharing by the Department"', 'dfe-2021'),
  heading(/^how to find out what personal information (?:the )?dfe holds? about you$/i, 'dfe-block', 1,
    'DfE block heading "How to find out what personal information DfE hold about you"', 'dfe-2021'),
  text(/national-pupil-database-requests-received/i, 'dfe-block', 0.5,
    'link to the "NPD requests received" list (2016–2018, since replaced)', 'dfe-2018'),
  text(/ico\.org\.uk\/concerns/i, 'dfe-block', 0.5, 'ICO link ico.org.uk/concerns (2018 text)', 'dfe-2018'),
  text(/dfe-external-data-shares/i, 'dfe-block', 1, 'link to "DfE external data shares" (2020 onwards)', 'dfe-2021'),
  text(/personal-information-charter/i, 'dfe-block', 0.5, 'link to the DfE personal information charter (2020 onwards)', 'dfe-2021'),
  text(/privacy-information-(?:early-years-foundation-stage|key-stage-4)|your-information-rights-under-uk-gdpr|national-pupil-database-npd-privacy-notice/i,
    'dfe-block', 1, 'link to a DfE privacy page published 2022–2025', 'dfe-2025'),
  text(/suggested text for an educational setting/i, 'dfe-block', 1, 'names the "educational setting" template (2024 onwards)', 'dfe-2025'),
];

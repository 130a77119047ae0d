// Phrase lists for the core Article 13/14 completeness rules (controller, DPO, purposes,
// bases, categories, sources, recipients, transfers, retention, statutory requirement).
// Every pattern is case-insensitive and linear: bounded windows only, no nested quantifiers.

/** A sentence about the school website's own data (forms, cookies, analytics, logs), not pupil records. */
export const WEBSITE_DATA_SENTENCE = /\b(form submissions?|cookies?|google analytics|analytics data|server logs?|newsletter (sign-?ups?|subscribers?|mailing list))\b/i;

/** The Department for Education or its National Pupil Database, by name. */
const DFE_OR_NPD = String.raw`\b(department (for|of) education|DfE|national pupil database|NPD|the department)\b`;

/** A sentence that is about the Department for Education's (or another body's) own handling. */
export const OTHER_BODY_SENTENCE: readonly RegExp[] = [new RegExp(DFE_OR_NPD, 'i')];

/**
 * A sentence or clause whose subject is another organisation, written inside the school's
 * own section ("Westmarsh County Council has told us that it does not transfer …"; "…; the
 * council keeps application forms for one year"), unless the school shares it ("The council
 * and the school …", "Both …").
 */
export const OTHER_BODY_AS_SUBJECT =
  /^(?![^.]*\b(?:and|or) (?:we|us|the (?:school|academy|trust|nursery))\b|[^.]*\bboth\b)[\s*_"\u201c(\u2022-]*(?:the |our )?(?:(?!we\b|and\b|or\b)[a-z'\u2019-]+ ){0,3}(?:(?:county|borough|city|district) )?(?:council|local authority|nhs(?: foundation)? trust|school nursing (?:team|service))\b/i;
/** Kept by another organisation: "… are kept by Ashmere Community Health NHS Trust until …". */
export const KEPT_BY_OTHER_BODY = /\b(?:kept|held|stored|retained) by\b[^.;\n]{0,60}\b(?:council|local authority|nhs|dfe|department for education)\b/i;

/** The DfE as the one using the data ("The DfE uses it to …", "data sent to the DfE is used to …"), not a destination named after the school's own purposes. */
export const DFE_AS_ACTOR = new RegExp(String.raw`${DFE_OR_NPD}[^.;\n]{0,60}\b(uses?|used|using|to|helps?|shares?|collects?)\b`, 'i');

// ---- controller ------------------------------------------------------------------------

/** Ways to reach an organisation: email, UK phone number, postcode, web address or form. */
export const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}(\.[\w-]{1,63}){1,4}\b/;
export const PHONE = /(\b0\d{2,4}|\+44 ?\(?0?\)? ?\d{2,4})[ -]?\d{3,4}[ -]?\d{3,4}\b/;
/** Case-sensitive on purpose: a UK postcode is written in capitals. */
export const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/;
export const WEB_ADDRESS = /\b(https?:\/\/|www\.)[^\s)>\]]{3,200}/i;
export const CONTACT_FORM = /\b(online|web|contact|enquiry) form\b/i;

/** Contact details that belong to someone else (the regulator, government, a search engine). */
export const FOREIGN_CONTACT = /(ico\.org\.uk|(^|[/@\s])(www\.)?gov\.uk\b|education\.gov\.uk|nhs\.(uk|net)|0303 ?123 ?1113)/i;

/** "contact the school office", "leave a letter at reception": a route with no detail, which
 * reaches a person only where the notice gives the school's details somewhere. */
export const OFFICE_ROUTE = /\b(via|through|at|c\/o|care of|contact(ing)?|write to)\s[^.\n]{0,40}\b(school|academy|trust|nursery) office\b|\bleave (them |him |her )?a letter at reception\b|\bsend (one|it|a letter) by post\b/i;
/** "… at the address above": the spec's own example of a route that counts as it stands. */
export const ADDRESS_ROUTE = /\bat the (school )?address (above|below|at the (top|bottom|end))/i;
/** An address the notice gives as the postal address ("Our trust's postal address is: Fenwick Trust, Mill Road, …"), with or without a postcode. */
export const POSTAL_ADDRESS_GIVEN = /\bpostal address (?:of|for) [^.\n:]{0,60}\bis:?[ \t\n][\s\S]{0,120}?\b(?:Road|Street|Lane|Avenue|Drive|Close|Way|Crescent|Place|Square|Hill|Green)\b/;

// ---- DPO -------------------------------------------------------------------------------

export const DPO_MENTION = /\b(data protection officers?|DPOs?)\b/i;
/** Independent and early-years settings need not appoint a DPO; a named lead also passes. */
export const DATA_PROTECTION_LEAD = /\bdata (protection|privacy) (lead|manager|team|co-?ordinator|compliance (officer|manager|lead))\b|\bprivacy (officer|lead|manager)\b/i;
/** A DPO who is not the school's: DfE's, the local authority's, the regulator's. */
export const FOREIGN_DPO = /\b(DfE|department for education|department|council|local authority|LA|NHS)('s)? (data protection officer|DPO)\b|\b(its|their) own (data protection officer|DPO)\b|\b(data protection officer|DPO) (of|at|for) (the )?(DfE|department|council|local authority)\b/i;

// ---- purposes --------------------------------------------------------------------------

// A purpose is a verb phrase (or its -ing form, in a list run on with semicolons) led by "to",
// "in order to", "helps us", "for the", a list item ("-", "o", "3.", "b)", "(b)"), ":"/";" or a comma
// (the next item of a list run on in one sentence: "to support learning, monitor progress, …").
// ("o" and a space is consumed, not looked ahead to: the look-ahead made every purpose pattern take half as long again.)
const PURPOSE_LEAD = '(?:\\bto help (?:us )?(?:to )?|\\bwe can |\\bto |\\bfor (?=[a-z]{3,}ing\\b)|\\bin order to |\\bhelps? us (?:to )?|\\bso (?:that )?we can |\\bfor the |[:;,][ \\t]*|^[ \\t]*(?:[-*\u2022\u00b7\u25aa\u25cf\u25e6]|o[ \\t]|\\(?\\d{1,2}[.)]|\\(?[a-z][.)])?[ \\t]*)';
const purpose = (body: string) => new RegExp(PURPOSE_LEAD + '(?:' + body + ')', 'im');

/** Distinct purposes: two close together make a list; one counts in a "we use it to" sentence. */
export const OWN_PURPOSES: readonly RegExp[] = [
  // (Not "you must provide some pupil details": there the parent provides data.)
  purpose("(support(?:ing)?|enabl(?:e|ing)|help(?:ing)?|deliver(?:ing)?|provid(?:e|ing)|offer(?:ing)?|tailor(?:ing)?|teach(?:ing)?|educat(?:e|ing))\\b(?! (?:(?:certain|any|some|the|this|your|their|all|such) )?(?:(?:pupil|personal|parent|child's) )?(?:information|data|details)\\b)[^.\\n]{0,40}\\b(learn(?:ing)?|teaching|education|pupils?|child(?:ren)?|students)\\b"),
  purpose("(monitor(?:ing)?|report(?:ing)?|track(?:ing)?|check(?:ing)?|assess(?:ing)?)\\b[^.\\n]{0,40}\\b(progress|attainment|achievement|performance|doing)\\b"),
  purpose("(provid(?:e|ing)|giv(?:e|ing)|offer(?:ing)?|look(?:ing)? after|support(?:ing)?)\\b[^.\\n]{0,30}\\b(pastoral care|care|wellbeing|well-being|welfare)\\b|look after (you|your|pupils|children)|care for\\b[^.\\n]{0,20}\\b(you|your|them|pupils|child(?:ren)?)\\b"),
  purpose("(assess|evaluate|measure|improve)\\b[^.\\n]{0,30}\\b(quality|effectiveness|how well|performance)\\b"),
  // "keep children safe" (not "keep records of pupils", nor "keep your information safe" or
  // "keeping it safe", which are security).
  purpose("keep(?:ing)?\\b(?! (?:it|them|this|these|that)\\b)(?![^.\\n]{0,30}\\b(?:information|data|records|details)\\b)[^.\\n]{0,30}\\bsafe\\b|(protect(?:ing)?|safeguard(?:ing)?)\\b[^.\\n]{0,30}\\b(safe|children|pupils|you|welfare)\\b"),
  purpose("(contact|communicate|get in touch|keep in touch)\\b(?! details| information| numbers?)[^.\\n]{0,30}\\b(parents|you|families|carers)\\b"),
  purpose("(manage|administer|run|arrange|plan|organise|claim)\\b[^.\\n]{0,30}\\b(school|admissions|funding|meals|trips|events|activities|places|services)\\b|provide (you|your child|families|parents)\\b[^.\\n]{0,30}\\bservice"),
  // One general purpose is still a purpose: "to provide education", "to carry out its functions",
  // "for purposes linked to your education", "so we can run well as a school".
  /\b(essential|needed|necessary|required) for (the )?(school|academy|setting|nursery)('s|s'|s|\u2019s)? operational use\b/i,
  /\bprovision of education\b|\bto (provide|deliver) (an? )?education\b|\bto provide (pupils|children|students) with an? education\b|\b(carry out|fulfil) (its|our) (core functions|duties as an? (education|school))\b/i,
  /\b(carry out|fulfil|perform) (its|our) (core |statutory |educational )?functions\b|\bfor (the )?purposes? (related|relating|connected) to (your|their|the|a|pupils'?|children's) (child's )?education\b|\bfor educational purposes\b/i,
  /\b(operate|function) (effectively |efficiently |properly )?as an? (school|academy|nursery|setting|pre-?school)\b|\b(deliver|provide|offer) (a |an |our |the )?(childcare|early years|nursery|pre-?school) (service|provision)s?\b|\b(run|manage) the education system\b/i,
];

/** A table of purposes and their lawful bases ("Purpose | Lawful basis | Condition", "Why | Lawful basis"), with at least two rows. */
export const PURPOSES_TABLE = /^[ \t|]*(?:purposes?(?: of (?:the )?processing)?|why(?: we use it)?)[ \t|]{1,60}(?:(?:our |the )?(?:lawful|legal) bas[ie]s|basis|article 6)\b[^\n]{0,200}\n(?:[ \t|]*\S[^\n]{0,300}\n){2}/im;

/** Purposes named as nouns, as short notices list them ("Purposes: teaching, progress tracking, safeguarding"). */
export const PURPOSE_NOUNS: readonly RegExp[] = [
  /\b(teaching|learning)\b/i,
  /\b(progress|assessments?|attainment)\b/i,
  /\b(pastoral care|welfare|well-?being)\b/i,
  /\bsafeguarding\b/i,
  /\b(statutory|census|assessment) returns\b/i,
];
/** A line labelled as the purposes: "Purposes: …", "What we use it for – …", "Q. Why? A. …". */
export const PURPOSES_LABEL = /^[ \t\u2022*-]*(?:Q\.?[ \t]*)?(?:(?:our )?purposes?|why\??|what (?:do )?we use (?:it|this|them) for\??)[ \t]*(?:[:\u2013-]|\n[ \t]*(?:A\.)?)[ \t]*\S/im;

/** A sentence (or the lines just before it) saying the data is used for something. */
export const PURPOSES_CUE = /\b(use|uses|used|using|collect|collects|process|hold|needs?|reasons?|purposes?|(helps?|allows?|enables?) us|in order to|so that|(information|data) about (you|your child|pupils|children)\b[^.\n]{0,20}\bso (that )?(we|I|the school) can)\b/i;
/** "To meet legal requirements" on its own says why the law allows it, not what the data is
 * for: it counts only as one item of a list. */
export const LEGAL_DUTY_PURPOSE = purpose("(comply|meet|fulfil|carry out)\\b[^.\\n]{0,40}\\b(law|legal|statutory|duties|obligations|requirements|core functions)\\b");
/** "Assessment information to support learning": an aside in a list of data, not a purpose. */
export const PURPOSE_ASIDE = /^[ \t]*(?:[-*\u2022\u00b7\u25aa\u25cf\u25e6]|o[ \t]|\d{1,2}[.)])?[ \t]*[A-Z][a-z]+(?:,? (?:& |and )?[A-Z][a-z]+){0,4} (information|data|details|records) (to|in order to) /;

// ---- lawful basis ----------------------------------------------------------------------

/** A basis named in terms no one could mistake. */
export const LAWFUL_BASIS_STRONG: readonly RegExp[] = [
  /\bpublic task\b|\btasks? (carried out )?in the public interest\b|\bofficial authority\b|\bpublic interest ?\/ ?exercise of (official )?authority\b/i,
  /\b(legal|statutory) (obligation|duty)\b|\bcomply with (a|our)? ?(legal|statutory) (obligation|duty|duties)\b/i,
  /\bvital interests?\b/i,
  /\blegitimate interests?\b/i,
  /\bperformance of a contract\b|\bcontractual (obligation|necessity)\b/i,
  /\bArt(icle|\.)? ?6\b|\b6\s?\(1\)\s?\([a-f]\)/i,
  /\b(law|legislation) means (that )?we (have|need|must)\b/i,
];

/** Looser wording ("we need to comply with the law", "you have given consent") that counts
 * only where the notice is talking about its legal basis. */
export const LAWFUL_BASIS_LOOSE: readonly RegExp[] = [
  // (Not "… for as long as the law requires": that is retention.)
  /\bcomply with (the|a) (law|legal requirement)\b|\blegal requirement\b|(?<!\bas long as )\bthe law requires\b|(?<!\bas long as (is )?)\brequired by law\b/i,
  /\b(given|give|gives|with) (us )?(your |their )?consent\b|\bconsent (of|from) the\b/i,
  /\b(a|our|the) contract\b|\bcontractual (arrangement|agreement|relationship)\b/i,
  // "a statutory duty", "because we legally must", "the functions of a public body".
  /\bwe legally (must|have to)\b|\b(functions?|purposes?|role|duties) (of|as) a public (body|authority)\b/i,
  /\bprotect[^.\n]{0,30}\b(life|lives|someone's)\b/i,
  // Everyday words: "the law says we must …", "our job as a school, which the law gives us".
  /\bthe law says (we|schools|the school) (must|have to)\b|\b(job|task|duty)\b[^.\n]{0,40}\bthe law gives\b/i,
];
export const LAWFUL_BASIS_CUE = /\b(lawful|legal) (basis|bases|grounds?)\b|\bbasis for (processing|using|collecting)\b|\b(law|GDPR) allows us\b|\bwhen the law allows\b|\bthe law only (lets|allows)\b|\bwhy we('re| are) allowed to\b/i;

// ---- special category condition -------------------------------------------------------

export const SPECIAL_CATEGORY_CONDITION: readonly RegExp[] = [
  /\bArt(icle|\.)? ?9 ?\(2\)|\b9\s?\(2\)\s?\([a-j]\)/i,
  // "Article 9, it is necessary for …" (a condition stated after the article number).
  /\bArt(icle|\.)? ?9\b(?! ?\(1\))[ \t]*[,:\u2013-][ \t]*(it is |processing is )?necessary\b/i,
  /\bArt(icle|\.)? ?9\b(?! ?\(1\))[^.\n]{0,80}\b(condition|special categor|sensitive)|\b(conditions?|special categor(y|ies)|sensitive)\b[^.\n]{0,80}\bArt(icle|\.)? ?9\b(?! ?\(1\))/i,
  /\bsubstantial public interest\b/i,
  /\bexplicit consent\b/i,
  /\bemployment,? social security\b|\bsocial protection law\b/i,
  /\bpublic interest in the (area|field) of public health\b/i,
  /\bSchedule 1[^.\n]{0,60}Data Protection Act 2018\b/i,
];
/** Article 9 cited only beside Article 6 in a list of laws, with no condition named ("Article 6
 * and Article 9 of the GDPR, covering special category data"): not a condition. */
export const ARTICLE_9_AS_A_LAW = /^(?![^]*\b(9 ?\(2\)|substantial public interest|explicit consent|conditions?)\b)(?=[^]*\bArt(icle|\.)? ?6,? (and |& )?Art(icle|\.)? ?9\b)/i;
/** "special category data … vital interests / consent": the condition named beside the data. */
/** Special category data by name, or in plain words ("the more private kinds of information"). */
export const SPECIAL_CATEGORY_MENTION =
  /\bspecial categor(y|ies)\b|\bsensitive (personal )?(data|information)\b|\bmore (private|sensitive)(?: (?:kinds?|types?|sorts?) of)? (data|information|details)\b/i;
export const SPECIAL_CATEGORY_NEAR: readonly RegExp[] = [/\bvital interests?\b/i, /\bconsent\b/i, /\blegal claims\b/i];
/** Everyday words for Art 9(2)(g), (c) and (a), in the mention's sentence or the one after it:
 * "For extra sensitive information there has to be another reason. Usually it is needed for
 * important public reasons …, or you have clearly agreed." */
export const SPECIAL_CATEGORY_IN_WORDS = /\bimportant (public reasons|reasons (of|in the) public interest)\b|\bprotect (someone's|a person's|their|your) life\b|\b(clearly|explicitly) (agreed|said yes|told us yes)\b/i;
export const SPECIAL_CATEGORY_REACH = 250;

// ---- categories of data ---------------------------------------------------------------

/** Distinct kinds of pupil data; three of them make a list of categories. General
 * definitions ("racial or ethnic origin, political opinions…") use other words. */
export const DATA_CATEGORIES: readonly RegExp[] = [
  /\b(name|contact details|address|date of birth|birthday|unique pupil number|UPN)\b/i,
  /\b(characteristics|ethnicity|ethnic group|first language|nationality|free school meals?)\b/i,
  /\battendance\b|\bhow often (you|your child|they) (are in|come to|attend) school\b/i,
  /\b(assessments?|attainment|exam(ination)? results|test results|test and reading results|progress (data|information))\b/i,
  /\b(medical|health) (information|conditions?|details|records|needs)\b|\ballerg(y|ies)\b/i,
  // Children's wording for special educational needs: "any extra help you get".
  /\bspecial educational needs\b|\bSEND?\b|\bEHC ?P?\b|\bextra help (you|your child|they) (get|gets|need|needs)\b|\bneed extra help\b/i,
  /\b(behaviour(al)?|exclusions?)\b/i,
  /\bsafeguarding (information|records|concerns)\b|\bchild protection (information|records|plans?)\b/i,
  /\b(photographs|photos?|CCTV|images)\b/i,
];

/** "We collect the following information:" — after such a lead-in, two kinds make a list. */
export const CATEGORIES_LEAD_IN = /\bwhat (do(es)? )?(we|the school|school) (know|knows) about (you|me|your child)\b|\b(we|the school|the trust) (may |will |also |usually )?(collect|hold|keep|process|record)\b[^.\n]{0,40}(\bthe following\b|\binclud(e|es|ing)\b|:)|\b(information|data) (do |that |which )?(we|that we) (may |will |also )?(collect|hold|keep|process)\b/i;
/** The list begun under its lead-in, even when the page is cut off after its first item:
 * "The kinds of data we keep include: • Contact details (for example a home addr…". */
export const CATEGORIES_LIST_BEGUN = new RegExp(
  String.raw`^[^\n]{0,120}\b(?:(?:categories|types|kinds) of\b[^\n]{0,80}|(?:personal data|information)\b[^\n]{0,30}\b(?:that |which )?we (?:may )?(?:collect|hold|process)\b[^\n]{0,80})\binclud(?:e|es)(?:, but (?:is|are) not (?:restricted|limited) to)?:?[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*[-*\u2022\u00b7\uf0b7][ \t]*[^\n]{0,40}\b(?:information|data|details|records|names?|identifiers|characteristics)\b`,
  'im',
);
/** A list in one sentence after a lead-in: "The details we hold include a name, a home address, a phone number and a birthday." */
export const CATEGORIES_IN_A_SENTENCE = /\b(information|data|details) (that |which )?(we|the school) (may )?(collect|hold|keep|process|record)\b[^.\n]{0,30}\binclud(es|e|ing)\b:?[ \t]*(?:[^,.;:\n]{2,40},[ \t]*){3,}[^,.;:\n]{2,40}/i;
/** A definition section that goes on to say what this school holds ("…that the school
 * collects about you and your child. This includes name, …"). */
export const OWN_DATA_SENTENCE = /\b(we|the school|the trust|our school)\b[^.\n]{0,30}\b(collects?|holds?|keeps?|records?|uses?)\b/i;

// ---- data sources ---------------------------------------------------------------------

const OTHER_SOURCES = '(previous|former|last|old|feeder|other|another|primary|new|next|home) (school|setting|nursery)s?|(school|setting|nursery|nurseries|schools) (your child|they|he or she|the child) (attended|went to|was at|were at)|third part(y|ies)|other (agencies|parents|pupils)|local (authority|authorities|council)|(county|city|borough|the) council|department for education|\\bDfE\\b|NHS|health (professionals|services|visitors?)|social (care|services|workers?)|police|agencies|professionals|learning records service|(your child\'s|their|the child\'s) (previous |last |former )?(nursery|pre-?school|childminder|early years setting)';
/** The sources listed on the lines just below a lead-in that ends its line ("… from:"). */
const SOURCES_LISTED_BELOW = `[ \\t]*\\n(?:[^\\n]*\\n){0,2}[^\\n]{0,120}(${OTHER_SOURCES})`;
export const DATA_SOURCES: readonly RegExp[] = [
  // ("shared information from other agencies", not "reports from agencies" in a list of data.)
  new RegExp(`\\b(receives?|received|obtains?|obtained|acquires?|acquired|gets?|collects?|collected|given|passed|provided|sent|shared|transferred|comes?|reach(?:es)? us)\\b[^.\\n]{0,100}from\\b[^.\\n]{0,80}(${OTHER_SOURCES})`, 'i'),
  // "… about children joining us, from their previous schools" (however long the sentence before it).
  new RegExp(`\\bfrom (their|his or her|your child's|the pupil's|a pupil's|the child's) (${OTHER_SOURCES})`, 'i'),
  // "… assessment data, including from previous schools".
  new RegExp(`\\bincluding (data |information |some )?from (the |their |your |a )?(${OTHER_SOURCES})`, 'i'),
  // "We also receive information from:" ("… from other places, such as:") with the sources in the list just below.
  new RegExp(`\\b(receives?|received|obtains?|obtained|gets?|collects?|collected|comes?)\\b[^.\\n]{0,100}\\bfrom\\b[^.\\n:]{0,80}:?${SOURCES_LISTED_BELOW}`, 'i'),
  // "We are sometimes given information by other people, too:" with the sources in the list just below.
  new RegExp(`\\b(given|sent|passed|provided|supplied|handed)\\b[^.\\n]{0,30}\\bby\\b[^.\\n:]{0,60}:${SOURCES_LISTED_BELOW}`, 'i'),
  // "Other people give us information, for example:" with the sources in the list just below.
  new RegExp(`\\b(other (people|organisations|bodies|agencies)|others)\\b[^.\\n]{0,20}\\b(give|send|pass|share|provide)s?\\b[^.\\n]{0,10}\\bus\\b[^.\\n:]{0,60}:?${SOURCES_LISTED_BELOW}`, 'i'),
  /\bcommon transfer file\b|\bCTF\b/i,
  new RegExp(`\\b(${OTHER_SOURCES})[^.\\n]{0,40}\\b(send|sends|provide|provides|pass|passes|share|shares|give|gives|transfer|transfers)\\b[^.\\n]{0,20}\\b(us|the school)\\b`, 'i'),
  new RegExp(`\\b(supplied|provided|given|handed|sent|passed on)\\b[^.\\n]{0,20}\\bby\\b[^.\\n]{0,40}(${OTHER_SOURCES})`, 'i'),
  // A "Where we get it" / "Where it comes from" / "Who gives it to you?" heading with the sources listed just below.
  new RegExp(`\\b(?:where (?:(?:else )?(?:do )?we (?:get|obtain|receive|collect)|(?:it|this|the (?:information|data)) comes? from)|who (?:gives|sends|provides|passes) (?:it|this|the (?:information|data)|us))\\b[^\\n]{0,60}\\n(?:[^\\n]*\\n){0,3}[^\\n]{0,160}(${OTHER_SOURCES})`, 'i'),
  // Short notices without a verb: "Also from previous schools and the council.", "From your old school."
  new RegExp(`(?:(?:^[ \\t\\u2022*-]*|[.!?][ \\t]+)(?:and |also )?|\\balso )from (?!time to time\\b)[^.\\n]{0,120}(${OTHER_SOURCES})`, 'im'),
  // A card of labelled lines: "Where else we get it: previous schools, the local authority, …", "Other sources: …".
  new RegExp(`^[ \\t]*(?:(?:other )?sources(?: of (?:information|data))?|where (?:else )?(?:do )?we (?:get|obtain|receive) (?:it|this|information|data))\\??[ \\t]*[:\\u2013-][^\\n]{0,160}(${OTHER_SOURCES})`, 'im'),
  // "Also from:" with the sources listed on the lines below.
  new RegExp(`\\balso from:?${SOURCES_LISTED_BELOW}`, 'i'),
];

// ---- recipients ----------------------------------------------------------------------

/** Any character within a sentence, across a hard line break but not into a new list item
 * or paragraph (plain-text notices are often wrapped at 70-80 columns). */
const IN_SENTENCE = '(?:[^.\\n]|\\n(?![ \\t]*(?:[-*\\u2022\\u00b7]|\\n)))';
const RECIPIENTS = '(local (education )?(authority|authorities|council)|the government\\b|government (departments?|agencies|organisations|bodies)\\b|(county|city|borough) council|department (for|of) education|\\bDfE\\b|(next|new|receiving|destination|other|another|senior|secondary) schools?|schools? (that|which) (the )?pupils? attend|schools? (that|which) (your child|pupils|children|they) (moves?|go(es)?|transfers?) (on )?to|NHS|school nurs(e|ing)|health (services|professionals|authorities)|youth support|careers|police|social (care|services|workers?)|examining bodies|exam(ination)? boards?|awarding bodies|ofsted|QCA|qualifications and curriculum|standards and testing agency|suppliers|service providers|(IT|software|technology|systems?) (providers?|suppliers?|companies)|third[- ]part(y|ies)|parent[- ]teacher association|PTF?A|(outside|external|partner|other) agencies|debt collect\\w+ agenc(y|ies)|funding bod(y|ies)|regulatory bodies)';
/** A promise not to share, which names nobody: "We never pass pupils' details to any third party unless the law requires it". */
export const SHARING_SAFEGUARD = /\b(do not|don't|will not|won't|never)\s(share|give|pass|disclose)\b[^.\n]{0,60}\b(with |to )?(any ?one|any third part(y|ies)|anybody|any other organisations?)\b/i;
export const RECIPIENTS_PATTERNS: readonly RegExp[] = [
  // ("… sent to us by another school when a child arrives" is a source, not a recipient.)
  new RegExp(`\\b(share|shares|shared|sharing|pass|passes|passed|disclose|discloses|disclosed|disclosing|give|gives|send|sends|sent|provide|provides|provided|transfer|transfers|transferred|submit|submits|submitted)\\b${IN_SENTENCE}{0,100}\\b(with|to)\\b(?! us\\b)${IN_SENTENCE}{0,60}\\b${RECIPIENTS}`, 'i'),
  // "handled by our manager, our bookkeeper and the local authority" (not "… where the local authority needs it").
  new RegExp(`\\b(accessed|seen|used|processed|handled)\\b${IN_SENTENCE}{0,30}\\bby\\b${IN_SENTENCE}{0,80}\\b${RECIPIENTS}`, 'i'),
  // The body named first, the sharing after: "Marshfield Council keeps its own records, and we share data with them."
  new RegExp(`\\b${RECIPIENTS}${IN_SENTENCE}{0,120}\\b(we|the school|the academy) (also )?(share|pass|send|give|disclose|provide)\\w{0,4} ((personal )?(data|information)|it|this) (with|to) (them|it)\\b|\\b${RECIPIENTS}${IN_SENTENCE}{0,120}\\breport\\w{0,3} (it |this |them )?back to (them|it)\\b`, 'i'),
  // "We may have to tell the local authority that a child qualifies for a funded place."
  new RegExp(`\\bwe (may |will |must |might )?(need to |have to )?(report|tell|inform|notify)\\b${IN_SENTENCE}{0,60}\\b${RECIPIENTS}`, 'i'),
  // "… to allow the local authority to calculate the school's budget".
  new RegExp(`\\b(allow|enable)s? (the )?${RECIPIENTS} to\\b`, 'i'),
  new RegExp(`\\boutsourc(e|ed|es|ing)\\b${IN_SENTENCE}{0,80}\\bthird[- ]part(y|ies)\\b`, 'i'),
  // A "Who we share with" heading, or a Q&A notice's "Q. Who do you share it with?", with the names below.
  new RegExp(`\\bwho ((we|i|do we|do i|do you|does (the )?(school|academy|trust|nursery)) (routinely |regularly )?(share|pass|tell|hand|give (it|information) to)|(else )?(gets to see|gets (it|this|them|the information)|can see|sees|receives))[^\\n]{0,80}\\n[^#]{0,300}?${RECIPIENTS}`, 'i'),
  // "… we share information with:", "… we may share information with include:" (the list follows).
  // ("… or write to us by post to:" is a letter to the school.)
  /\bshare[^.\n]{0,60}\bwith( the following( \w+){0,2})?( include| are)?:|\bshare[^.\n]{0,60}\bwith the following( \w+){0,2}\.?[ \t]*\n|\b(pass|send|give|disclose|provide)\w{0,4}\b(?![^.\n]{0,40}\bby (post|hand|e-?mail)\b)[^.\n]{0,40}\bto( the following( \w+){0,2})?:/i,
];

// ---- international transfers ---------------------------------------------------------

export const TRANSFERS: readonly RegExp[] = [
  /\boutside (of )?(the )?(UK|United Kingdom|EEA|European Economic Area|EU|European Union)\b/i,
  /\binternational(ly)? transfer|\btransfer(red|s)? (data )?internationally\b/i,
  /\b(transfer|send|store|process)[^.\n]{0,60}\b(abroad|overseas|other countries|third countr(y|ies))\b/i,
  // "No data is sent overseas."
  /\b(sent|transferred|stored|held|processed|moved)\b[^.\n]{0,20}\b(abroad|overseas|to other countries)\b/i,
  // Where the data is kept answers the question too: "we keep your information in the UK".
  /\b(stored?|stores|held|holds?|hosted|processed|keeps?|kept|stays?|remains?)\b[^.\n]{0,40}\b(only )?(in|within|inside) the (UK|United Kingdom|EEA|European Economic Area|EU|European Union)\b/i,
  // "stored in UK data centres", "hosted on UK-based servers".
  /\b(stored?|stores|held|holds?|hosted|processed|keeps?|kept)\b[^.\n]{0,40}\b(in|on|within) (the )?(UK|United Kingdom)[- ](based )?(data ?cent(re|er)s?|servers?)\b/i,
  /\b(UK|United Kingdom)[- ](based )?servers\b/i,
  /\b(hosted|stored|held|processed|transferred|sent)\b[^.\n]{0,40}\b(in|to) the (United States|USA|EEA|EU|European Union|European Economic Area)\b/i,
  /\bPrivacy Shield\b|\bData Privacy Framework\b|\bbinding corporate rules\b/i,
  /\badequacy (decision|regulations?)\b|\bstandard contractual clauses\b|\bIDTA\b|\binternational data transfer agreement\b/i,
];

// ---- retention ------------------------------------------------------------------------

export const RETENTION: readonly RegExp[] = [
  /\b(records?|data|information)? ?retention( and (disposal|destruction|deletion))? (schedule|policy|period|guidelines?|guidance|toolkit)s?\b/i,
  /\b(records management|information management) (policy|society|toolkit)\b|\bIRMS\b|\bretention of records\b|\b(policy|schedule) (on|for)\b[^.\n]{0,40}\bretention\b/i,
  // A criterion: "Records we no longer need are erased once a child has stopped attending."
  /\b(erased|deleted|destroyed|disposed of|shredded)\b[^.\n]{0,60}\b(after|when|once)\b[^.\n]{0,50}\b(ceased|stopped|stops|left|leaves|finished) (attending|at)\b/i,
  /\b(keep|kept|retain|retained|hold|held|store|stored)\b[^.\n]{0,60}\b(for the time|while|whilst|as long as|until) (a |the |your )?(child|pupil|student|you|they|he or she)s? (remains?|is|are|attends?|leaves?|left)\b/i,
  /\b(keep|kept|retain|retained|hold|held|store|stored)\b[^.\n]{0,80}\b(for|until|up to)\b[^.\n]{0,40}\b(\d+|one|two|three|four|five|six|seven|ten|twenty[- ]?five) (years?|months?)\b/i,
  /\b(keep|kept|retain|retained|hold|held|store|stored)\b[^.\n]{0,80}\buntil\b[^.\n]{0,40}\b(aged?|reaches|is|turns|their) \d{2}\b/i,
  /\buntil\b[^.\n]{0,40}\b\d{2}(st|nd|rd|th) birthday\b/i,
  // Said by when records go: "destroyed when the pupil reaches 25", "deleted six years after they leave".
  /\b(destroyed|deleted|disposed of|shredded|erased)\b[^.\n]{0,40}\b(when|once)\b[^.\n]{0,30}\b(pupil|child|student|they|he or she)\b[^.\n]{0,10}\b(reaches|turns|is aged|is) \d{2}\b(?! (days|weeks|months|hours))/i,
  /\b(destroyed|deleted|disposed of|shredded|erased)\b[^.\n]{0,20}\b(\d+|one|two|three|four|five|six|seven|ten) years? (after|from|following)\b/i,
  /\b(records?|retention) (policy|schedule)\b[^.\n]{0,40}\bhow long\b/i,
  /\b(date of birth|DOB) \+ ?\d{1,2}\b|\b\d{1,2} years (after|from|following)\b/i,
];

// ---- statutory requirement ------------------------------------------------------------

export const STATUTORY_REQUIREMENT: readonly RegExp[] = [
  /\b(mandatory|compulsory|optional|voluntary|voluntarily)\b[^.\n]{0,120}\b(provide|provided|providing|give|supply|choice|inform you|let you know|tell you)\b/i,
  /\b(provide|provided|providing|give|supply|requested|asked for)\b[^.\n]{0,120}\b(mandatory|compulsory|optional|voluntary|voluntarily|on a voluntary basis)\b/i,
  /\bwhether (you are|you're) (required|obliged)\b|\bwhether[^.\n]{0,40}\b(is|are) (required|mandatory|optional)\b/i,
  // "We will tell you when something is optional"; "which parts you must give us and which you can choose not to".
  /\b(tell|inform|let|make (it )?clear|say|explain)\w{0,3}\b[^.\n]{0,60}\b(optional|voluntary|mandatory|compulsory)\b(?! aided| controlled)/i,
  /\b(must|have to|need to|required to) (give|provide|tell|supply|share)\b[^.\n]{0,60}\b(choose|choice|do not|don't|optional|not have to|leave (it |them )?(blank|out))\b/i,
  // "Ethnicity and religion are voluntary", "a smaller amount is optional" (not a voluntary aided or controlled school).
  /\b(details|information|questions|answers|data|items|things|parts|fields|language|religion|ethnicity|everything else|anything else|the rest|amount|remainder)\b[^.\n]{0,90}\b(is|are) (entirely |completely |purely )?(optional|voluntary|compulsory|mandatory)\b(?! aided| controlled)/i,
  // "Some questions you can skip."
  /\b(you|parents) (can|may) (skip|leave out|miss out)\b|\bcan be (skipped|left out)\b/i,
  // "Anything optional is marked on the form."
  /\b(anything|everything else|any (questions?|items?|details)) (that is |that's |which is )?(optional|voluntary)\b/i,
  // "Some is voluntary", "some of it is optional".
  /\b(some|most|much|part) (of (it|this|them) )?(is|are) (optional|voluntary)\b(?! aided| controlled)/i,
  // The consequence of not providing it (Art 13(2)(e)).
  /\bwithout (it|this|them|these|that information|this information)\b[^.\n]{0,40}\b(cannot|can't|unable to|not be able to)\b/i,
  /\bif\b[^.\n]{0,30}\bnot (to )?(provided|given|supplied|provide|give|supply)\b[^.\n]{0,100}\b(unable|not be able|cannot|can't|may not)\b/i,
  /\b(unable to|not be able to|cannot|can't) (offer|give|provide|accept|admit|keep)\b[^.\n]{0,60}\bunless you (give|provide|supply|tell)\b/i,
  /\byou have a choice\b|\bhave a choice (about|in) (whether|this)\b/i,
  // "A few things are up to you"; "we will say whether you have to answer"; "questions you can leave blank" / "can be left blank".
  /\b(is|are) (entirely |completely |totally )?up to (you|your (family|parents?|carers?))\b|\bwhether you (have|need) to (answer|give|provide|tell|say)\b|\b(leave|leaving|left)\b[^.\n]{0,30}\bblank\b/i,
  // A short notice's pair of lines: "Required: census data … / Optional: ethnicity, religion …".
  /\b(required|compulsory|mandatory)\b[^\n]{0,150}(?:\n[^\n]{0,150})?\b(optional|voluntary)\b|\b(optional|voluntary)\b[^\n]{0,150}(?:\n[^\n]{0,150})?\b(required|compulsory|mandatory)\b/i,
  // "When something is optional we mark it on the form"; "Most of it must be provided because the law requires it".
  /\b(when|where|if) (something|anything|a question|an item|a field|a detail|information) is (optional|voluntary)\b/i,
  /\bmust be (provided|given|supplied)\b(?! to\b)[^.\n]{0,40}\b(law|legal\w{0,4}|required|requires|statutory)\b/i,
  // "If something is optional we will say so."
  /\b(optional|voluntary)\b[^.\n]{0,30}\b(we|the school) will (say so|tell you|let you know|make (this|it) clear)\b/i,
  // "Some of it you can choose to give us or not."
  /\b(can|may) choose (whether |if )?(not )?(to )?(give|tell|provide|share|answer)\b/i,
  // "Some things are your choice"; "your family does not have to tell us your religion" (not "… give a reason").
  /\b(is|are) (your|their) (own |family's |family’s )?choice\b/i,
  // Children's wording: "Some things they must tell us … Other things they can choose." / "Other things are a choice".
  /\b(some|other) (things|information|details)\b[^.\n]{0,20}\b(are a choice|(they|you|parents|families) can choose)\b/i,
  /\b(do|does)(n't| not) (have|need) to (give|tell|provide|share|answer)\b(?! (us )?(a |any )?reasons?\b| (us )?why\b)/i,
  // Art 13(2)(e)'s own words: "whether it is a statutory or contractual requirement"; "failure to provide it will …".
  /\b(statutory|legal) or contractual (requirement|obligation)\b/i,
  /\b(failure|failing|fail) to (provide|give|supply)\b[^.\n]{0,40}\b(will|may|could|might|would|means?)\b[^.\n]{0,20}\b(prevent|unable|not be able|cannot|can't|stop|delay|affect)\b/i,
];
/** A question heading that asks it: "Must you give it?", "Do you have to tell us?" … */
export const STATUTORY_QUESTION = /\b(do|does|must|should) (you|i|parents|families|carers) (have to |need to )?(give|tell|provide|share|supply|answer)\b/i;
/** … answered with a choice: "Other things: you can choose.", "Some things, no.", "No, for some things." */
export const ANSWERED_WITH_A_CHOICE = /\b(you|parents|families) (can|may) choose\b|\bsome things,? no\b(?![ \t]+[a-z])|\bno,? for (some|other) things\b/i;
/** How far the answer may stand below its question. */
export const QUESTION_REACH = 200;

/**
 * A sentence that sends the reader to another document for the content ("The full notice
 * explains … the National Pupil Database") is a pointer, not the content: a summary notice
 * must not pass on what it only promises.
 */
export const DEFERS_TO_FULL_NOTICE =
  /\b(?:full|longer|main|complete|detailed) (?:privacy )?notice\b(?:,? (?:(?:which is |that is )?(?:available|published) )?(?:at|on) [^\s,]+,?)?[^.;\n]{0,30}\b(?:explains|sets out|describes|tells you|covers|has more|gives more)\b/i;

/** "… are set out in Appendix C", "see Appendix 2": the content is in an appendix, if the notice has it. */
export const APPENDIX_POINTER = /\b(?:in|see|at) (?:the )?appendix ([a-z]|\d{1,2})\b/i;

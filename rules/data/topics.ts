// Section vocabulary: the wording that tells a reader what a section of a school privacy
// notice is about (dfe-template.md §5) and whose content it is. Data only: patterns run on a
// normalised heading (lower case, straight quotes, '-' for dashes, numbering and trailing
// punctuation removed) or on a section's body text. Keep every pattern linear (no nested
// quantifiers) — they run on untrusted text.
import type { Topic } from '../../src/types.js';

export interface TopicVocabulary {
  topic: Topic;
  /** Heading wording seen in real notices: a match settles the topic. */
  headings: readonly RegExp[];
  /** Looser heading wording: a hint that body cues may overrule. */
  weakHeadings?: readonly RegExp[];
  /** Body wording typical of the topic (each distinct pattern that matches counts once). */
  body?: readonly RegExp[];
}

/** In priority order: the first topic whose heading pattern matches wins. */
export const TOPIC_VOCABULARY: readonly TopicVocabulary[] = [
  {
    topic: 'appendix',
    headings: [/^(appendix|annex|annexe|schedule)\b/],
  },
  {
    topic: 'npd',
    headings: [
      /\bnational pupil database\b/,
      /\bhow (the )?government uses?\b/,
      /^sharing by the department\b/,
      /\bwhat (personal )?information (the )?(dfe|department for education|department) holds?\b/,
      /^how (to|do i|do you|can i|can you) find out what .*(dfe|department)\b/,
      /^what (does|will|do) (the )?(dfe|department for education|department|government) do with\b/,
      /^how (the )?(dfe|department for education|department) (uses?|collects?|shares?|processes)\b/,
      /^(the )?npd\b/,
    ],
    body: [/\bnational pupil database\b/, /\bnpd\b/, /\bthe department may share\b/, /\bowned and managed by the department\b/],
  },
  {
    topic: 'youth-support',
    headings: [/\byouth support\b/, /\b(pupils?|students?|young people) aged 1[36]\b/, /\baged 1[36] ?(\+|and over|or over|plus)/, /\b1[36] ?\+/, /\byouth services?\b/, /\bcareers? (services?|advice|guidance)\b/],
    body: [/\byouth support services?\b/, /\baged? 13\b/, /\b13 (years|or over|and over)\b/, /\bsection 507b\b/, /\bpost[- ]16\b/, /\bcareers advis/],
  },
  {
    topic: 'dfe',
    headings: [
      /^(the )?department for education\b/,
      /^(the )?dfe\b/,
      /^data collection requirements?\b/,
      /^(the )?school census\b/,
      /\bsharing (data |information )?with the (dfe|department for education)\b/,
      /\b(dfe|department for education) data collections?\b/,
      /^what (goes|is sent|is passed|do you send|do you pass) to (the )?(dfe|department for education)\b/,
    ],
    body: [/\bdepartment for education\b/, /\bdfe\b/, /\bschool census\b/, /\bstatutory data collections?\b/, /\beducation \(information about individual pupils\)/],
  },
  {
    topic: 'sharing',
    headings: [
      /^who (do |else )?we (routinely |regularly )?share\b/,
      /^(who|whom) (do we|will we|is|are)\b.*\bshar(e|ed)\b/,
      // Q&A notices: "Who do you share it with?", "Who does the school share with?"
      /^(who|whom) (do|does|will|might|may) (you|the [a-z]+) shares?\b/,
      /^sharing\b/,
      /^who (we|do we|do you) (give|pass|disclose|hand|send|tell)\b/,
      /^(data|information) sharing$/,
      /^recipients\b/,
      /^who (else )?(has|have|can have) access\b/,
      /^who (else )?(sees|can see|gets|receives)\b/,
      /^(does|do|will|can) (anyone|anybody|someone|other people)( else)? (see|get|have)\b/,
      /^who (else )?(might|may|can|will) (see|receive|have access)\b/,
      /^(disclosure|disclosing)\b/,
    ],
    body: [/\bwe (routinely |regularly |may )?share\b/, /\bshare (pupil |personal )?(data|information) with\b/, /\bthe local authority\b/, /\bschools? that the pupils? attends?\b/],
  },
  {
    topic: 'lawful-basis',
    headings: [
      /\b(lawful|legal) (basis|bases|grounds?|reasons?)\b/,
      /^what allows us\b/,
      /^why (we'?re|we are) allowed to\b/,
      /^article [69]\b/,
      /^special categor(y|ies)\b/,
      /\bconditions? for processing\b/,
      /^permissions? and consent$/,
      /^consent$/,
      /\bbasis (on|for) (which|processing|using)\b/,
      /^(our )?(legitimate interests?|legal obligations?|public task|vital interests?)$/,
    ],
    body: [/\barticle 6\b/, /\barticle 9\b/, /\bpublic task\b/, /\blegal obligation\b/, /\blawful bas[ie]s\b/, /\bvital interests?\b/, /\blegitimate interests?\b/],
  },
  {
    topic: 'purposes',
    headings: [
      /^why (do |does )?(we|you|the (school|trust|academy|setting|nursery|college)) (collect|use|process|need|hold|gather|ask|record|keep)(s|es)?\b/,
      /^(our )?reasons? (for|why) (we )?(using|use|collecting|collect|processing|process|holding|hold)\b/,
      /^how (do|does) (we|the (school|trust|academy|setting|nursery|college)) use\b/,
      /^how (the )?[a-z]+( [a-z]+)? uses? (pupil |student |children'?s |your |personal )?(data|information)$/,
      /^how (do )?we use (it|them)$/,
      /^how and why\b/,
      // (Not "Purpose of this policy": that introduces the notice.)
      /^purposes?\b(?! of this (privacy )?(notice|policy|document))/,
      /^(the )?purposes? (for|of)\b(?! this (privacy )?(notice|policy|document))/,
      /^what (do )?we use (your |this |pupil )?(data|information)\b/,
      /^what (do|does) (we|the (school|trust|academy)) use (it|this|them) for\b/,
      /^what we use (it|this|them) for\b/,
      /^what (is|are) (it|this|they|the (information|data)) (used )?for\b/,
      /^why\??$/,
      /^how we use (your|this|the|pupil|personal|student|children'?s?) (data|information)$/,
      /^(our )?use of (your |pupil |personal )?(data|information)$/,
      /^use of (your )?(personal )?(data|information) (for|in)\b/,
    ],
    body: [/\bwe use (the |this |pupil )?(data|information) to\b/, /\bsupport (pupil|student|our pupils') learning\b/, /\bmonitor and report\b/, /\bpastoral care\b/, /\bassess the quality of our services\b/],
  },
  {
    topic: 'sharing-why',
    headings: [/^why (do )?we (regularly |routinely )?share\b/, /^why (is|are|do|does) .*shared?\b/, /^reasons? (for|we) shar/],
  },
  {
    topic: 'collection',
    headings: [
      /^collecting\b/,
      /^how (do |does )?(we|the (school|trust|academy|setting|nursery|college)) (collect|obtain|acquire|gather|get)s?\b/,
      /^how (is|are) (your |pupil |personal )?(data|information) (collected|obtained)\b/,
      /^where (else )?(do )?we (get|obtain)\b/,
      /^who (gives|sends|provides|passes) (it|this|the (information|data)|us)\b/,
      /^where (else )?(does |do )?((the |your |this |our |pupil |personal )*(data|information)|it|this|they) comes? from\b/,
      /^sources? of\b/,
      /^(data|information) (we receive|from other)\b/,
      // Q&A notices for pupils: "Where does it come from?", "Do you have to give it to us?"
      /^where (does|do) (it|this|that|they) come from\b/,
      /^do (you|i|parents) have to (give|tell|provide)\b/,
      // "Is the information compulsory?", "Is it optional?"
      /^(is|are) (the |this |my |your |pupil )?(information|data|it|details) (compulsory|mandatory|optional|voluntary|required)\b/,
    ],
    body: [/\bmandatory\b/, /\bvoluntary basis\b/, /\bcommon transfer file\b/, /\bregistration forms?\b/],
  },
  {
    topic: 'storage',
    headings: [
      /^storing\b/,
      /^how (do )?we (store|keep|protect|secure|look after)\b/,
      /^how long\b/,
      /^how (is|are) (the |your |my |pupil |personal )?(data|information|records?) (kept|stored|protected|secured)\b/,
      /\bretention\b/,
      /^keeping (your |pupil |personal )?(data|information)\b/,
      /\b(data|information) security\b/,
      /^security\b/,
      /^(data )?storage\b/,
    ],
    body: [/\bretention (schedule|policy)\b/, /\bstored? securely\b/, /\bkeep (pupil )?(records|data|information) (until|for)\b/, /\bhow long\b/],
  },
  {
    topic: 'categories',
    headings: [
      /\bcategories of\b/,
      /^(the )?(personal |pupil |student )?(data|information) (that )?we (may |will )?(hold|collect|process|use|keep)\b/,
      /^what (personal |pupil )?(data|information) (do )?we (use|hold|collect|process|keep|have)\b/,
      /^what (the )?[a-z]+ collects\b/,
      /^what (do )?(we|you) know about (you|your child|me)\b/,
      /^what (kind|kinds|types?|sort) of (personal )?(data|information)\b/,
      /^what (information|data) (we|is) (process|collect|held)/,
      /^what we collect\b/,
      /^what (data |information )?(do|does) (you|the [a-z]+) (collect|hold|keep|have)\b/,
      /^(the )?types? of (personal |pupil )?(data|information)\b/,
      /^what is (personal |your personal )?(data|information)\b/,
      /^what (is|are) (your )?personal (data|information)\b/,
      /^personal (data|information) (we|that we) (collect|hold)\b/,
      /^(data|information) (we|that we) (collect|hold)\b/,
      /^(pupil|student|parent) (data|information)$/,
    ],
    weakHeadings: [/\brecords\b/],
    body: [/\bunique pupil number\b/, /\bcharacteristics\b/, /\battendance (information|records)\b/, /\b(date of birth|contact details)\b/, /\bspecial educational needs\b/, /\bmedical (information|conditions)\b/],
  },
  {
    topic: 'controller',
    headings: [
      /^who (are we|we are)\b/,
      /^who (processes|collects|controls|is responsible for|looks after|holds)\b/,
      /^(the |our )?data controller\b/,
      /^who is (the |our )?data controller\b/,
      /\b(our )?responsibility for data protection\b/,
      /^about us$/,
    ],
    body: [/\bdata controller\b/, /\bregistered with the information commissioner/],
  },
  {
    topic: 'rights',
    headings: [
      /\brights\b/,
      /^requesting access\b/,
      /^can i (see|have|get|access)\b/,
      /\bsubject access\b/,
      /^(how to )?access(ing)? (to )?(your |the )?(personal )?(data|information|records?)\b/,
      /^what decisions can you make\b/,
      /^what (can|may) (you|i) ask (us|the school|the academy|the trust) to do\b/,
      /^what (can )?(you|i) (can )?ask( us)?( to do| for)?$/,
      /^what ((can|may) (you|i|parents)|(you|i|parents) (can|may)) do\??$/,
      /^entitlements\b|\bentitlements of (individuals|data subjects|pupils|parents)\b/,
      /^what if (it'?s|it is|something is|the (information|data) is|my (information|data|details) (is|are)) (wrong|incorrect|inaccurate|out of date)\b/,
      /\bcan (you|we) (fix|correct|change|update|amend) (it|them|this|that)\b/,
      /^can (i|we|you|parents) (take|move) (it|them|my|our|their)\b/,
      /\bautomated decision/,
      /\beducational records?\b/,
      /^withdraw(al|ing)? (of )?(your )?consent\b/,
    ],
    body: [/\bright (of|to) access\b/, /\bsubject access request\b/, /\bright to (object|erasure|rectification|restrict)/, /\byou (also )?have the right\b/],
  },
  {
    topic: 'complaints',
    headings: [/\bcomplain(t|ts|ing)?\b/, /^concerns?\b/, /^raising a concern\b/, /^if you (are unhappy|have a concern)/, /^what if (i am|i'm|you are|you're) (worried|unhappy|not happy|concerned)\b/, /^(not happy|unhappy)\b/, /^what (can|should) (i|you) do if\b/, /^something('s)? (wrong|not right)\b/],
    body: [/\binformation commissioner'?s office\b/, /\bico\.org\.uk\b/, /\bmake a complaint\b/, /\braise (a|your) concern\b/],
  },
  {
    topic: 'transfers',
    headings: [
      /\b(international|overseas) (data )?transfers?\b/,
      /\btransfers? (outside|overseas|abroad)\b/,
      /\btransferring (data |information )?(outside|overseas|abroad|internationally)\b/,
      /\boutside (the uk|the eea|the european)\b/,
      /\b(go|goes|sent|send|sending)\b.{0,20}\b(abroad|overseas|other countries)\b/,
    ],
    body: [/\boutside (the uk|the united kingdom|the eea|the european economic area)\b/, /\binternational transfers?\b/, /\badequacy\b/],
  },
  {
    topic: 'contact',
    headings: [
      /^contact( us| details| information)?\b/,
      /^(our|school) contact details\b/,
      /\bdata protection officer\b/,
      /^(the )?dpo\b/,
      /^(how|who) to contact\b/,
      /^who (do|should|can) (i|you|we) (contact|speak to|talk to|ask)\b/,
      /^getting in touch\b/,
      /^questions?\b/,
    ],
    weakHeadings: [/^further information$/, /^more information$/, /^(where|how) (can|do) (i|you) (find out|get|learn) more\b/],
    body: [/\bplease contact\b/, /\bcontact (the school|us|our data protection officer|the headteacher)\b/, /@/, /\bdata protection officer\b/],
  },
  {
    topic: 'last-updated',
    headings: [
      /^last (updated|reviewed|revised)\b/,
      /\bchanges to (this|our) (privacy )?(notice|policy)\b/,
      /^review( date)?$/,
      /^(version|document) (control|history)\b/,
      /\bhistory of (recent )?(policy )?changes\b/,
      /^(date of )?(next |last )?review\b/,
      /^updates? to (this|our)\b/,
      /^ongoing review$/,
    ],
    body: [/\blast (updated|reviewed)\b/, /\bwe may (need to )?update this (privacy )?notice\b/],
  },
  {
    topic: 'intro',
    headings: [
      /\bprivacy (notice|policy|statement)s?\b/,
      /\bfair processing( notice)?\b/,
      /^(the )?(data protection act|general data protection regulation|(uk )?gdpr) .*how we use\b/,
      /^introduction\b/,
      /^overview$/,
      /^policy statement$/,
      /^scope\b/,
      /^about this (privacy )?(notice|policy|document)\b/,
      /^what this (privacy )?(notice|policy|document) is for\b/,
      /^((what is )?the )?purposes? of this (privacy )?(notice|policy|document)\b/,
      /^data protection( (and|&) privacy| and gdpr)?$/,
      /^(uk )?gdpr\b/,
      /^general data protection regulations?\b/,
    ],
    body: [/\bthis (privacy )?notice (explains|sets out|describes|tells)\b/, /\bright to be informed\b/],
  },
  {
    topic: 'other',
    headings: [
      /^(table of )?contents$/,
      /^freedom of information\b/,
      /^data protection princip(les?|als?)\b/,
      /^files? to download\b/,
      /^(cctv|biometric|photographs?|cookies?|website)\b/,
      /^teachers2parents\b/,
    ],
  },
];

/**
 * "How we use pupil information" is the DfE title; as the notice's title line it is the
 * introduction, further down it heads the purposes.
 */
export const TITLE_ONLY_HEADINGS: readonly RegExp[] = [
  /^how (we|the school|the trust|the academy) uses? .*(information|data)\b/,
  /\bhow we use (pupil|student|personal|your) (information|data)$/,
];

/** Headings of general explanations that are nobody's processing ("What is personal data?"). */
export const DEFINITION_HEADINGS: readonly RegExp[] = [
  // (Not "What is personal information and why do we collect it?": that one is the school's.)
  /^(?!.*\b(we|our|us)\b)what (is|are|does)( a| the)? "?(personal (data|information)|privacy notice|special categor|processing|data protection|(uk )?gdpr|general data protection)/,
  /^definitions?$/,
  // "Glossary", "Key terms", "Appendix A: Glossary of Key Terms".
  /^(appendix [a-z0-9]{1,3}:? )?(key terms|glossary|definitions)( of (key )?terms)?$/,
  /^(the )?data protection princip(les?|als?)$/,
];

/** A section headed "Personal information" that opens by defining it ("Personal information can be
 * anything that identifies …") explains the term; it is not a list of what the school holds. */
export const PERSONAL_DATA_HEADING = /^personal (data|information)$/;
export const DEFINES_PERSONAL_DATA = /^personal (data|information) (is|means|can be|refers to)\b/;

/** Headings of the DfE's own description of its collections and the NPD. */
export const DFE_OWNED_HEADINGS: readonly RegExp[] = [
  /\bhow (the )?government uses?\b/,
  /^how (the )?(dfe|department for education|department) (uses?|collects?|shares?|processes)\b/,
  /^(the )?national pupil database\b/,
  /^sharing by the department\b/,
  /\bwhat (personal )?information (the )?(dfe|department for education|department) holds?\b/,
  /^how to find out what .*(dfe|department)\b/,
  /^data collection requirements?\b/,
];

/** An appendix's label before its title ("Appendix B - ", "Annex 2: "): the title says whose content it is. */
export const APPENDIX_LABEL = /^(appendix|annexe?|schedule|attachment) ([a-z]|\d{1,2}|[ivx]{1,4})\b ?[-:.]? ?/;

/** Bodies other than the school whose own notices get appended to a school's notice. */
const OTHER_BODY = String.raw`(council|nhs|police|local authority|(royal |london )?borough of [a-z'-]+|learning records service|lrs|esfa|education and skills funding agency|connexions|careers (guidance )?(provider|service|company))`;

/** Another organisation named in a heading (with a privacy-notice heading: an appended notice). */
export const OTHER_BODY_NAME = new RegExp(String.raw`\b${OTHER_BODY}\b`);
export const PRIVACY_NOTICE_NAME = /privacy (notice|statement|policy)/;

/**
 * Headings about what another organisation does with information, as in an appended council
 * or NHS notice: "How the council uses…", "How long the council keeps information", "Who the
 * NHS shares it with", "The council's lawful basis", "Your rights with the council".
 */
export const THIRD_PARTY_HEADINGS: readonly RegExp[] = [
  // Also a named one: "How Wrexley City Council uses your data", "How our careers provider uses …" (not "How we and the council use …").
  new RegExp(String.raw`^how (the |our )?((?!we\b|and\b|our\b)[a-z'&-]+ ){0,3}${OTHER_BODY} .*uses?\b`),
  new RegExp(String.raw`^(how long|who|why|when|where|what) (information )?(the )?${OTHER_BODY} (uses?|keeps?|holds?|shares?|collects?|stores?|processes|does)\b`),
  // "The council's role", "Westshire County Council's use of pupil data".
  new RegExp(String.raw`^(the )?([a-z'-]+ ){0,3}${OTHER_BODY}'s\b`),
  // Asked as questions: "How long does the council keep information?", "What information does the council hold?"
  new RegExp(String.raw`^(how long|who|why|when|where|what) (information )?(does|do|will|can) (the )?${OTHER_BODY} (use|keep|hold|share|collect|store|process|do)\b`),
  new RegExp(String.raw`^(your )?rights (with|against|over|in relation to|regarding) (the )?${OTHER_BODY}\b|^contacting (the )?${OTHER_BODY}\b|^complaints? (about|against) (the )?${OTHER_BODY}\b`),
  // A named council's own block ("Information from Westmere County Council").
  /^information from ([a-z'-]+ ){1,3}(county|city|borough|district) council\b/,
];

/**
 * A heading that only names a recipient ("Local authorities", "NHS", "Examining bodies"): the
 * part of the sharing section about that recipient, where nothing else gives a topic.
 */
export const RECIPIENT_HEADINGS: readonly RegExp[] = [
  /^(the |our |your )?(local authorit(y|ies)|(the )?council|nhs|(the )?police|school nurs(e|es|ing)( service| team)?|health (services|professionals)|social (care|services|workers)|ofsted|exam(ination)? boards?|examining bodies|awarding bodies|(next|new|secondary|receiving|other) schools?|suppliers|service providers|third parties)$/,
  /^([a-z'-]+ ){1,3}(county|city|borough|district) council$/,
];

/**
 * Titles of another organisation's own notice appended to the school's, speaking as "we":
 * "Westmere County Council: how we use pupil information", "Sunrise Clubs Ltd: how we use
 * your information". The sections after such a title ("Who we are", "Your rights") are its.
 */
export const APPENDED_NOTICE_TITLES: readonly RegExp[] = [
  /^([a-z'-]+ ){1,3}(county|city|borough|district) council:? how (we|it|the council) uses?\b/,
  /^([a-z0-9&'-]+ ){1,4}(ltd|limited|cic|plc|llp)\b:? how (we|it) uses?\b/,
];

/**
 * What the school writes just before pasting in another organisation's notice, whose title may
 * not name it ("Privacy notice: Education services"): that body's name alone on the line above
 * the title, or "… have their own notices, reproduced below".
 */
export const OTHER_BODY_NAME_LINE = new RegExp(String.raw`^(?!.*\b(what|who|how|why|when|where|is|are|do|does|we|our|us|your)\b)(the )?([a-z'&-]+ ){0,4}${OTHER_BODY}$`);
export const OWN_NOTICES_BELOW = /\b(their|its) own (privacy )?notices?\b[^.]{0,80}\b(reproduced|copied|included|attached|appended|printed|pasted) (below|after this)\b/;

/**
 * Body openings of a section written about another organisation ("The Local Authority uses
 * information about…"): with no "we/our" in the section, that section is the other body's.
 */
export const THIRD_PARTY_BODY_OPENINGS: readonly RegExp[] = [
  new RegExp(String.raw`^(the )?${OTHER_BODY}( \([a-z]+\))? (uses?|was set up|collects?|holds?|is responsible|process(es)?)\b`),
  /^[a-z]+( [a-z]+)? nhs( foundation)? trust (uses?|collects?|holds?)\b/,
];

/** Body wording of the DfE's own NPD description (owner dfe when the section is not "we"). */
export const DFE_BODY_OPENINGS: readonly RegExp[] = [
  /^(the )?(npd|national pupil database) is owned\b/,
  /^(the )?department (may share|has robust|for education (may share|uses))\b/,
];

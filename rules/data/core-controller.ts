// What a school's, academy's, trust's or nursery's proper name looks like, for
// findControllerName (src/sections/controller-name.ts) and the controller-identity rule.

/** The last word(s) of an organisation's name. */
export const ORGANISATION_TYPES = [
  'Nursery Schools?', 'Infant School', 'Junior School', 'Primary School', 'High School', 'School',
  'Academy Trust', 'Academies Trust', 'Schools Trust', 'Education Trust', 'Learning Trust', 'Trust',
  'Academy', 'College', 'Federation', 'Day Nursery', 'Nursery', 'Nurseries', 'Pre-?[Ss]chool',
  'Playgroup', 'Childcare', 'Childminding', 'Childminders?', 'Kindergarten', 'Pupil Referral (Unit|Service)',
  'University Technical College', 'UTC', 'Studio School',
] as const;

/** Councils are controllers of their own notices, but mostly appear as recipients: they
 * count only in a sentence that calls them the controller. */
export const COUNCIL_TYPES = ['County Council', 'City Council', 'Borough Council', 'District Council', 'Council'] as const;
/** Likewise a centre (a hospital school, a pupil referral unit's "Learning Centre"): a children's centre is more often a recipient. */
export const CENTRE_TYPES = ['Learning Centre', 'Centre'] as const;

/** Capitalised words that do not make a name proper ("The School", "Our Academy Trust"). */
export const GENERIC_NAME_WORDS = new Set([
  'the', 'our', 'this', 'your', 'a', 'an', 'each', 'every', 'any', 'all', 'that', 'which', 'its', 'their',
  'primary', 'secondary', 'infant', 'junior', 'high', 'nursery', 'multi', 'multi-academy', 'academy', 'academies',
  'local', 'free', 'maintained', 'independent', 'special', 'state', 'new', 'next', 'previous', 'other', 'feeder',
  'school', 'schools', 'trust', 'education', 'learning', 'data', 'privacy', 'information', 'personal', 'pupil',
  'pupils', 'parents', 'notice', 'policy', 'england', 'church', 'of', 'and', 'cofe', 'c', 'e', 'va', 'vc', 'catholic',
  'community', 'foundation', 'voluntary', 'aided', 'controlled', 'day', 'in', 'on', 'upon', 'for', 'we', 'as', 'is',
  'at', 'to', 'by', 'from', 'with', 'if', 'when', 'where', 'how', 'who', 'why', 'what', 'about', 'partnership',
  'nhs', 'referral', 'unit', 'service', 'hospital', 'health', 'childcare', 'playgroup', 'pre-school', 'preschool',
  'skills', 'further', 'sixth', 'form', 'regional', 'mat', 'sat', 'diocesan', 'college', 'federation',
  // Roles and common nouns a notice may call the controller: "The Governing Body is the data controller".
  'governing', 'body', 'board', 'governors', 'proprietor', 'proprietors', 'headteacher', 'head', 'teacher',
  'authority', 'centre', 'setting', 'provider', 'organisation', 'company', 'association', 'charity', 'controller',
]);

/** Bodies that are never the controller of a school's notice. */
export const NOT_A_CONTROLLER = /\b(NHS|Foundation Trust|Care Trust|Clinical Commissioning|Health|Hospital(?! (?:School|Education))|Learning and Skills|Funding|Department|Ofsted|Commissioner|Grammar Schools? Heritage|Inspectorate)\b/;

/** A sentence that says who the controller is. */
export const CONTROLLER_SENTENCE = /\b(data )?controller\b|\b(responsible for|in charge of) (your|the|pupils'?|looking after)[^.\n]{0,30}(data|information)\b|\bis registered (with|as)\b/i;

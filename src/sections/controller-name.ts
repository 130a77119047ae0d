// The organisation a notice names as its controller ("Oakfield Primary School",
// "Riverside Academy Trust"): used by the controller-identity rule and audit's school column.
import type { SectionedNotice } from '../types.js';
import { findMatches, ownedBy, sentenceAround, type TextMatch } from '../checks/text.js';
import { CENTRE_TYPES, CONTROLLER_SENTENCE, COUNCIL_TYPES, GENERIC_NAME_WORDS, NOT_A_CONTROLLER, ORGANISATION_TYPES } from '../../rules/data/core-controller.js';
import { perNotice } from '../memo.js';

// A capitalised word ("Oakfield", "St.", "Mary's", "Bishop-Bewick", "CofE", "Q3") or a bracketed
// status ("Church of England (VA) Primary School"), and the small words allowed inside a name
// ("Newton on Trent", "Church of England").
const WORD = "(?:[A-Z][A-Za-z0-9'.-]*|\\((?:VA|VC|CE|C of E|CofE|RC|Aided|Controlled|Voluntary Aided|Voluntary Controlled)\\))";
const JOINER = '(?:of|and|on|upon|in|the|de|le|la|&) {1,2}';
const nameBefore = (types: readonly string[]) =>
  new RegExp(`\\b${WORD}(?: {1,2}(?:${JOINER})?${WORD}){0,7} {1,2}(?:${types.join('|')})\\b`, 'g');

const ORGANISATION = nameBefore(ORGANISATION_TYPES);
const COUNCIL = nameBefore(COUNCIL_TYPES);
const CENTRE = nameBefore(CENTRE_TYPES);
const NAME_RUN = `\\b${WORD}(?: {1,2}(?:${JOINER})?${WORD}){0,7}`;
/** Any proper name the notice calls the controller: "The Larkspur Centre is the data
 * controller", "Ashdown Hospital Education Service is the organisation in charge of your
 * information", "We, Little Barn Owls Ltd, are the ‘data controller’". */
const NAMED_AS_CONTROLLER = new RegExp(
  `${NAME_RUN}(?=,? {1,2}(?:is|are|acts as|remains|is called|is known as|will be(?: what['\u2019]?s known as)?) (?:(?:the |a |our )?["\u201c\u2018']?(?:[Dd]ata )?[Cc]ontroller\\b|the organisation (?:in charge of|responsible for) (?:your|the|pupils'?|children's) (?:personal )?(?:information|data)\\b))`,
  'g',
);
/** A name the notice defines as the school ("We are Academy21 (the “School”)") or calls one
 * ("Gloucester House Day Unit is an independent special school"). */
const NAMED_AS_SCHOOL = new RegExp(
  `${NAME_RUN}(?= \\((?:the |hereafter |hereinafter )?["\u201c\u2018'](?:School|Academy|Trust|Nursery|College|Setting|Federation)["\u201d\u2019']\\)| (?:is|are) an? (?:[a-z-]+ ){0,3}(?:school|academy|nursery|pre-school|college)\\b)`,
  'g',
);
/** The name the notice's "we" stands for: "whenever you see the words ('We', 'Us' or 'Our'), it refers to Witherslack Group, …". */
const DEFINED_AS_WE = new RegExp(`(?<=[\u2018'"\u201c] ?We[\u2019'"\u201d][^.\\n]{0,60}\\b(?:refers? to|means) (?:the )?)${NAME_RUN}`, 'g');
/** A childminder, who is the controller in person: "I (Mrs Jane Okafor) will collect …", "I, Jane Okafor, am …". */
const CHILDMINDER_IN_PERSON = /(?<=\bI (?:\(|, ))(?:(?:Mrs|Mr|Ms|Miss|Dr)\.? )?[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,3}(?=\)|, am\b)/g;

const TYPE_SUFFIX = new RegExp(` (?:${[...ORGANISATION_TYPES, ...COUNCIL_TYPES, ...CENTRE_TYPES].join('|')})$`);
/** Words that end a run of capitalised words before the name starts ("Who Collects This
 * Information St Mary's…", "Welcome to Oakfield…"): the name begins after the last of them. */
const BEFORE_NAME = new Set([
  'who', 'what', 'why', 'how', 'where', 'when', 'this', 'that', 'information', 'notice', 'policy', 'privacy',
  'data', 'personal', 'collects', 'collect', 'uses', 'use', 'holds', 'welcome', 'contact', 'about', 'your',
  'dear', 'at', 'for', 'from', 'by', 'with', 'to', 'pupils', 'parents', 'all',
]);
/** A body that governs the school, before the school's name. */
const ROLE_OF = /^(?:the )?(?:governing (?:body|board)|board of governors|(?:board of )?trustees|proprietors?|directors) of (?=[A-Z])/i;
const isGeneric = (word: string) => GENERIC_NAME_WORDS.has(word.toLowerCase().replace(/[.']/g, ''));

/** The name without the words before it, or null when what is left is generic ("The
 * School", "Church of England Primary School"). */
function properName(raw: string): string | null {
  const words = raw.split(' ');
  const typeWords = words.length - raw.replace(TYPE_SUFFIX, '').split(' ').length;
  let first = 0;
  for (let i = 0; i < words.length - typeWords; i++) if (BEFORE_NAME.has(words[i].toLowerCase())) first = i + 1;
  while (first < words.length && /^[a-z&]/.test(words[first])) first++; // "At the Central…" → "Central…"
  // "The Governing Body of Oakfield Primary School" is the controller; the school is the name.
  const name = words.slice(first).join(' ').replace(ROLE_OF, '');
  return name.replace(TYPE_SUFFIX, '').split(' ').every(isGeneric) ? null : name;
}

/** The line that titles a notice: "… Privacy Notice". */
const NOTICE_TITLE = /^[^\n]{0,80}\bprivacy (notice|policy|statement)\s*$/im;

interface Candidate { name: string; match: TextMatch; inControllerSentence: boolean }

/** A full stop after a word longer than an abbreviation ("St.", "Ltd.") ends a sentence.
 * (sentenceSpans ends one after "St. Mary's" too, which would cut a saint's name.) */
const SENTENCE_END_IN_RUN = /\b[A-Za-z'-]{4,40}\.\s{1,3}/g;
/** "…maintained by Kingsmere City Council. Riverbank Hospital Education Service is…": a run
 * of capitalised words that crosses a sentence end is a name in each sentence. */
function perSentence(run: TextMatch): TextMatch[] {
  const parts: TextMatch[] = [];
  let from = 0;
  const part = (to: number) => parts.push({ ...run, start: run.start + from, end: run.start + to, text: run.text.slice(from, to) });
  for (const end of run.text.matchAll(SENTENCE_END_IN_RUN)) {
    part(end.index + end[0].trimEnd().length - 1);
    from = end.index + end[0].length;
  }
  part(run.text.length);
  return parts;
}

function candidates(notice: SectionedNotice): Candidate[] {
  const found: Candidate[] = [];
  const consider = (match: TextMatch, councilsToo: boolean, titlesItsNotice = false) => {
    if (NOT_A_CONTROLLER.test(match.text)) return;
    const name = properName(match.text.replace(/\s+/g, ' ').replace(/\u2019/g, "'"));
    if (!name) return;
    const sentence = sentenceAround(notice, match.start).text;
    // A centre's notice titled with its name ("Enfield Children's Centre Privacy Notice") names it.
    const inControllerSentence = CONTROLLER_SENTENCE.test(sentence) || (titlesItsNotice && NOTICE_TITLE.test(sentence));
    if (!councilsToo && !inControllerSentence) return;
    found.push({ name, match, inControllerSentence });
  };
  const considerEach = (pattern: RegExp, councilsToo: boolean, titlesItsNotice = false) => {
    for (const run of findMatches(notice, pattern, ownedBy('school'))) for (const m of perSentence(run)) consider(m, councilsToo, titlesItsNotice);
  };
  considerEach(ORGANISATION, true);
  considerEach(COUNCIL, false);
  considerEach(CENTRE, false, true);
  considerEach(NAMED_AS_CONTROLLER, false);
  considerEach(NAMED_AS_SCHOOL, true);
  considerEach(CHILDMINDER_IN_PERSON, true);
  considerEach(DEFINED_AS_WE, true);
  return found.sort((a, b) => a.match.start - b.match.start);
}

/** The controller's proper name: one named in a "data controller" sentence first, else the
 * first organisation the notice names in its own sections; null when it names none. */
export function findControllerName(notice: SectionedNotice): string | null {
  return findControllerMatch(notice)?.name ?? null;
}

/** Like findControllerName, with where the name stands (for rule reports). Found once per
 * notice: the controller-identity rule and the result's school name both ask. */
export const findControllerMatch = perNotice((notice: SectionedNotice): ControllerMatch | null => {
  const all = candidates(notice);
  const best = all.find((c) => c.inControllerSentence) ?? all[0];
  return best ? { name: best.name, start: best.match.start, end: best.match.end } : null;
});

interface ControllerMatch {
  name: string;
  start: number;
  end: number;
}

// Words by which a notice says what kind of setting it is for (rules.md "Department for
// Education content"). Strong cues decide on their own; weak cues count only near the top
// (title and opening) or when repeated, because a school also names other settings
// ("information from your child's pre-school").

export interface SettingCues {
  strong: readonly RegExp[];
  weak: readonly RegExp[];
}

/** Outside England or not a school: Wales, Scotland, Northern Ireland; a sixth form or further education college. */
export const OTHER_SETTING: SettingCues = {
  strong: [
    /\b(is|are) an? (sixth[- ]form|further education|general further education|FE|specialist further education) college\b/i,
    /\b(sixth[- ]form|further education) college corporation\b/i,
    /\bWelsh Government\b/i,
    /\bPLASC\b/,
    /\bScottish (Government|Ministers)\b/i,
    /\bEducation \(Scotland\) Act\b/i,
    /\bEducation Authority \(Northern Ireland\)|\bDepartment of Education \(Northern Ireland\)|\bDepartment of Education in Northern Ireland\b/i,
    // A council's own notice for its education services.
    /\b[Tt]his (privacy )?notice is from (the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3} (County |City |Borough |District )?Council\b/,
  ],
  weak: [/\bScottish\b/, /\bNorthern Ireland\b/],
};

export const INDEPENDENT_SETTING: SettingCues = {
  strong: [
    /\b(is|are|as) an independent (day |boarding |co-?educational |fee-paying |preparatory |prep |senior |junior |primary |secondary |girls' |boys' |special |specialist |residential ){0,2}school\b/i,
    /\bIndependent Schools (Inspectorate|Council|Bursars)\b/i,
  ],
  weak: [/\bindependent (day |boarding |preparatory |prep |special |specialist )?school\b/i, /\bschool fees\b|\bfee-paying\b/i],
};

export const EARLY_YEARS_SETTING: SettingCues = {
  strong: [
    /\bOfsted Childcare Register\b/i,
    /\b(we are|is) a (private |voluntary |community |village )?(day nursery|pre-?school|playgroup|childminder|childminding)\b/i,
    // A childminder speaks of herself; a school names "your child's last nursery or childminder" as a source.
    /\bI am an? (Ofsted[- ])?(registered )?childminder\b|\bI am registered (with Ofsted )?as an? childminder\b/i,
  ],
  // (Not a school's source or neighbour: "from their pre-school or previous school", "local pre-schools".)
  weak: [/\bday nurser(y|ies)\b/i, /(?<!\b(?:their|your|child's|previous|former|local|other|a) )\bpre-?schools?\b/i, /\bplaygroups?\b/i, /\bearly years (setting|provider)\b/i],
};

/**
 * A state school saying what it is ("Oakfield is an academy", "a maintained primary school"):
 * then only strong cues of another setting count, not a weak one such as "children join us
 * from local pre-schools".
 */
export const STATE_SCHOOL_SELF =
  /\b(is|are) (an?|one of [\w-]+|part of an?) (academ(y|ies)|free school|multi-academy trust|maintained( nursery)? school|community (primary |secondary |special )?school|voluntary (aided|controlled)|foundation school|studio school|university technical college|pupil referral unit|(state|state-funded) (school|academy))\b|\b(is|are) an? (?:(?!independent\b)[\w'-]+ ){0,5}(primary|secondary|infant|junior|middle|high) (school|academy)\b/i;

/** How far into the notice a weak cue counts on its own (title, opening paragraph). */
export const OPENING_LENGTH = 600;
/** How many weak cues anywhere decide the setting. */
export const WEAK_CUE_COUNT = 3;

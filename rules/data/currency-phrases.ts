// Phrase lists for the currency rules: DPA 1998-era wording (dfe-template.md §4.2), the
// wording that cites a law as the one that applies, and subject access fee/time cues.
// All patterns are linear: bounded windows, no nested quantifiers.

/** A mention of a law as history ("replaced the Data Protection Act 1998"), not as the law in force. */
export const historicalMention = /\b(?:replac\w*|supersed\w*|repeal\w*|previous(?:ly)?|former(?:ly)?|predecessor|prior to|no longer|used to|was the law|old(?:er)? (?:law|legislation|act)|until (?:25(?:th)? )?May 2018|before (?:25(?:th)? )?May 2018)\b/i;

/** Text just before an Act that cites it as the law the school follows ("in compliance with the"). */
export const appliesLead = /\b(?:under|in accordance with|as required by|required under|compl(?:y|ies|iance) with|for the purposes? of|in line with|governed by|subject to|obligations under|duties under)(?: the)?\s$/i;

export interface WordingEntry {
  messageId: string;
  pattern: RegExp;
}

/** Rights worded as under the DPA 1998 (ss.10, 13, 14); the UK GDPR wording is in the message. */
export const outdatedRightsWording: readonly WordingEntry[] = [
  { messageId: 'damageOrDistress', pattern: /\blikely to cause[^.;\n]{0,30}\bdamage or distress\b/gi },
  { messageId: 'blocked', pattern: /\b(?:rectified|corrected|amended)[^.;\n]{0,20}\bblocked\b|\bblocked,? (?:erased|or erased|destroyed)\b/gi },
  { messageId: 'compensation', pattern: /\bclaim compensation\b[^.;\n]{0,80}(?<!General )\bData Protection [Rr]egulations\b/gi },
];

/** What makes a sentence about a subject access request (or a copy of one's data). */
export const subjectAccessCue = /\bsubject access\b|\baccess requests?\b|\brequest (?:for|to see|to access|access to)\b|\bcop(?:y|ies) of (?:the |your |their |his |her )?(?:personal )?(?:information|data)\b|\baccess to (?:your|their|the) (?:personal )?(?:information|data)\b/i;

/** A fee or a money amount, as the normal price. */
export const feeCue = /£\s?\d{1,3}(?:\.\d\d)?\b|\b(?:a|small|the|an administrative|administration|statutory|maximum) fee\b|\bcharge(?:s|d)? (?:a|up to)\b/gi;

/** The DPA 1998 response time. */
export const fortyDaysCue = /\b(?:40|forty) (?:calendar )?days\b/gi;

/** Sentences where a fee is lawful today or where there is none (judgement notes). */
export const feeIsLawful = /\beducational record|\bmanifestly\b|\bunfounded\b|\bexcessive\b|\bfurther cop|\badditional cop|\brepeat(?:ed)? request|\bfree of charge\b|\bno (?:fee|charge)\b|\bnot (?:normally |usually )?(?:need to |have to )?(?:pay|charge)|\bwithout charge\b|\bfree\b|\bwaive/i;

// Phrase lists for the currency rules: DPA 1998-era wording (dfe-template.md §4.2), the
// wording that cites a law as the one that applies, and subject access fee/time cues.
// All patterns are linear: bounded windows, no nested quantifiers.

/** A mention of a law as history ("replaced the Data Protection Act 1998"), not as the law in force. */
export const historicalMention: readonly RegExp[] = [
  /\b(?:replac|supersed|repeal)\w{0,6}\b|\btook (?:the )?place of\b/i,
  /\b(?:previously|formerly|predecessor|no longer|used to|was the law|the law was)\b/i,
  /\b(?:previous|former|old|older|earlier) (?:data protection )?(?:laws?|legislation|acts?)\b/i,
  /\b(?:prior to|until|before) (?:the GDPR|(?:25(?:th)? )?May 2018|2018)\b/i,
  // A comparison: "It's similar to the Data Protection Act (DPA) 1998 in many ways", "builds on the 1998 Act",
  // "The GDPR is the development of the Data Protection Act (1998)".
  /\b(?:similar to|compared (?:to|with)|builds? on|building on|strengthens|(?:is )?the development of|although based on)\b/i,
];

/**
 * Headings of a notice's change log: what it records is history ("What has changed in this
 * notice"), never the law or bodies that apply now.
 */
export const changeLogHeading =
  /\b(?:what(?:'s| has) changed|changes (?:to|in|made to) (?:this|the|our) (?:notice|policy|document)|version history|revision history|change ?log|document history|history of (?:this|the) (?:notice|document))\b/i;
/** One dated entry of a change log ("Version 3 – November 2021"); a bare "Version 4.2" under the title labels the notice. */
export const changeLogEntry = /^(?:version|v\.?) ?\d[\d.]*\b.{0,30}\b(?:19|20)\d\d\b/i;

/** Words just before an Act that cite it as the law the school follows ("in compliance with the"). */
export const appliesLeads: readonly string[] = [
  'under', 'in accordance with', 'as required by', 'required under', 'comply with', 'complies with',
  'compliance with', 'for the purposes of', 'for the purpose of', 'in line with', 'governed by',
  'subject to', 'obligations under', 'duties under',
];

export interface WordingEntry {
  messageId: string;
  /** The words reported. */
  pattern: RegExp;
  /** The sentence around them must also say this (so "blocked" alone, in another sense, is not reported). */
  sentence: RegExp;
}

/** Rights worded as under the DPA 1998 (ss.10, 13, 14); the UK GDPR wording is in the message. */
export const outdatedRightsWording: readonly WordingEntry[] = [
  { messageId: 'damageOrDistress', pattern: /\bdamage or distress\b/gi, sentence: /\b(?:likely to|would|will|could) cause\b|\bis causing\b|\b(?:object|prevent)\w{0,3}\b[^.\n]{0,80}\bcaus/i },
  { messageId: 'blocked', pattern: /\bblocked\b/gi, sentence: /\b(?:rectified|corrected|amended|erased|destroyed)\b/i },
  { messageId: 'compensation', pattern: /(?<!General )\bData Protection regulations\b/gi, sentence: /\bclaim compensation\b/i },
];

/** What makes a sentence about a subject access request (or a copy of one's data). */
export const subjectAccessCues: readonly RegExp[] = [
  /\bsubject access\b/i,
  /\baccess requests?\b/i,
  /\brequests? (?:for|to see|to access)\b/i,
  /\bcop(?:y|ies) of (?:the|your|their|his|her) (?:personal )?(?:information|data)\b/i,
  /\bcop(?:y|ies) of (?:personal )?(?:information|data)\b/i,
  /\bcop(?:y|ies) of (?:what|everything) we (?:hold|keep|have)\b/i,
  /\baccess to (?:your|their|the) (?:personal )?(?:information|data)\b/i,
  // "How to ask for the information we hold", "Asking for your data".
  /\bask(?:ing)? (?:us )?for (?:your|their|the) (?:personal )?(?:information|data)\b/i,
  // "The school may charge £10 for dealing with a request" (the request named earlier in the section).
  /(?:£\s?\d{1,3}|\bfee|\bcharge)\b[^.\n]{0,40}\b(?:for|per|with) (?:dealing with |handling |processing )?(?:a|each|any|your) request\b/i,
];

/** A fee or a money amount, as the normal price. */
export const feeCue = /£\s?\d{1,3}(?:\.\d\d)?\b|\b(?:a|small|the|an administrative|administration|statutory|maximum) fee\b|\bcharge(?:s|d)? (?:a|up to)\b|\b(?:ten|10) pounds\b/gi;

/** The DPA 1998 response time. */
export const fortyDaysCue = /\b(?:40|forty) (?:calendar )?days\b/gi;

/** A sentence about the rules before 25 May 2018: "Under the old law schools could charge up to £10 and had 40 days". */
export const accessRulesOfThePast = /\b(?:under|in) the (?:old|previous|former|earlier) (?:law|rules|act|legislation)\b|\bused to (?:charge|cost|take|be)\b|\bbefore (?:25 )?May 2018\b/i;

/** Sentences where a fee is lawful today or where there is none (judgement notes). */
export const feeIsLawful: readonly RegExp[] = [
  /\beducational record/i,
  /\b(?:manifestly|unfounded|excessive|waived?)\b/i,
  /\b(?:further|additional) cop|\brepeat(?:ed)? request/i,
  /\bfree\b|\bno (?:fee|charge)\b|\bwithout charge\b/i,
  /\bnot (?:normally |usually )?(?:need to |have to )?(?:pay|charge)/i,
  // The fee as history: "we no longer charge; the £10 fee was abolished in 2018".
  /\b(?:no longer|abolished|scrapped)\b/i,
  /\bcost of (?:supply|supplying|copying|providing|producing)\b/i,
];

/** The next sentence says the body or law just named is gone: "That Act was repealed in 2018.", "That agency closed many years ago." */
export const SAID_GONE_NEXT: readonly RegExp[] = [
  /^(?:that|this|the) (?:act|law|agency|body|organisation|scheme|service|regulations?|framework)\b[^.\n]{0,60}\b(?:closed|abolished|repealed|replaced|merged|no longer (?:exists|applies|in force)|does not apply|has ended|ceased)\b/i,
];

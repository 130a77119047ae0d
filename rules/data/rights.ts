// Phrase lists for the rights, consent and complaints rules (UK GDPR Arts 7(3), 13(2)(b)-(d),
// 15-22; DPA 2018 s.164A). Case-insensitive unless said; linear: bounded windows only.
// `statements` name a right outright; `terms` are everyday words ("deleted", "restricted")
// that count only where the reader is being told what they can do (RIGHTS_CONTEXT nearby).

export interface RightPhrases {
  statements: readonly RegExp[];
  terms: readonly RegExp[];
  /** A sentence matching one of these never counts (e.g. the youth-support opt-out). */
  rejectIfSentence?: readonly RegExp[];
}

/** "You have the right to:", "you can ask us to", "entitled to", "request". */
export const RIGHTS_CONTEXT = /\b(rights?|entitled|entitlements?|ask\w{0,3}|request\w{0,3})\b/i;
/** A list's lead-in: "You also have the right to:", "You can ask us to:". */
export const RIGHTS_LEAD_IN = /\b(rights?|entitled|entitlements)\b|\b(ask|request)\w{0,3}( us)?( to)?:|\byou (may|can)( also)?:/i;
/** How far back that lead-in may stand. */
export const RIGHTS_LOOK_BEHIND = 600;

/** A right the reader must exercise against someone else: "ask the DfE", "what DfE holds". */
export const OTHER_BODYS_RIGHT: readonly RegExp[] = [
  /\b(ask|request|contact|write to)\s(the\s)?(DfE|department for education|department|local authority|council|NHS)\b/i,
  /\b(DfE|department for education|the department|the council|the local authority)\s(hold|holds|has|keeps?)\b/i,
  /\bheld\b[^.\n]{0,30}\bby (the )?(DfE|department for education|department)\b/i,
  // Rights over another body's use, as its own notice explains: "the council's use of the data", "how the council uses it".
  /\b(DfE|department for education|department|local authority|council|NHS)(?:'s| uses\b)/i,
  // Another body's own notice: "Its privacy notice … explains your rights over the therapy records".
  /\b(its|their) (own )?privacy notice\b/i,
  // Records that are another body's: "… belong to the NHS trust rather than to the school, so contact the trust, which will delete …".
  /\brather than (to )?(the )?(school|academy|us)\b|,\s*which will (delete|erase|correct|amend|remove|restrict|stop)\b/i,
  // "(Likewise,) Hartshire County Council will give you a copy of the admissions information it
  // holds", with the body opening its clause (not "Both the academy and the council will correct …").
  /(?:^|[.;:][ \t]*|\b(?:likewise|similarly|also),?[ \t]+)(?:the[ \t]+)?(?:[a-z'\u2019-]+[ \t]+){0,3}(?:council|local authority|NHS(?:[ \t][a-z]+){0,3}[ \t]trust|DfE|department for education)\b[^.;,\n]{0,30}\bwill (give|send|provide|show|delete|erase|correct|amend|remove)\b/i,
];

/**
 * Another body's right rules out its own clause (`OTHER_BODYS_RIGHT` as a clause test), and
 * the whole sentence when it leads it ("You can ask the council to …; to …; to …"): a school's
 * rights listed in one long sentence keep their clauses when a late clause sends the reader to the DfE.
 */
export const OTHER_BODY_LEADS_SENTENCE: readonly RegExp[] = OTHER_BODYS_RIGHT.map((r) => new RegExp(`^[^;]*?(?:${r.source})`, r.flags));

/** The parent's youth-support say ("only name, address and date of birth") is not a GDPR right. */
const YOUTH_SUPPORT_OPT_OUT = /\b(date of birth|youth support|aged? 1[36])\b/i;
/** The accuracy principle (Art 5(1)(d): inaccurate data "erased or rectified without delay") is the school's duty, not a right. */
const ACCURACY_PRINCIPLE = /\bwithout delay\b|\bevery reasonable step\b/i;

export const ACCESS: RightPhrases = {
  statements: [
    /\bsubject access\b/i,
    /\bright to see\b/i,
    /\brights? (of|to) (request |obtain |be given |have |get |make a request for )?(access|a copy)\b/i,
    /\bask(ed)? to see\b[^.\n]{0,40}\b(information|data|records?|files?)\b/i,
    // Children's wording: "You can ask to see what we know about you."
    /\bask(ed)? to see what (we|the school|the academy|the nursery) (know|knows|hold|holds|keep|keeps|have|has)\b/i,
    /\b(request|ask for|obtain|be given) (access to|a (free )?copy of)\b[^.\n]{0,60}\b(information|data|records?)\b/i,
    /\bmake a request for\b[^.\n]{0,40}\b(information|data|records?)\b/i,
    /\byou\b[^.\n]{0,40}\b(receive|have|get|see|obtain) (access to|a copy of)\b/i,
    // A list of verbs: "You can ask to see, correct or delete your data", "ask to access, correct or delete data".
    /\b(ask|request)\w{0,3}( us)? to (see|access|view)(,| or| and) /i,
    // Named first in a short notice's list: "Rights: access (free copy), correction, erasure".
    /\brights?\b[^.\n]{0,40}:[ \t]*(the right (of|to) )?access\b/i,
  ],
  terms: [
    /\b(access to|a copy of|copies of)\b[^.\n]{0,40}\b(information|data|records?)\b/i,
    /\b(see|view|look at)\s(the |your |all the |what )?(personal )?(information|data|records?)\b/i,
    /\bwhat (information |data )?(we|the school) (hold|holds|keep|keeps|have)\b|\b(have|get|receive|obtain) a copy\b/i,
    /\baccess (your|their|the) (personal )?(information|data|records?)\b/i,
    // Q&A and easy-read wording: "Can I see it? Yes. Ask for a copy.", "ask us to: show you your information".
    /\bask for a (free )?copy\b|\bshow (you|them|parents) (your|their|the|what)\b|\b(ask|request)\w{0,3}( us)? to (see|look at|view) (it|them)\b/i,
    // A list of rights by article: "Article 15 – access", "(Art. 15)".
    /\bArt(icle|\.)? ?15\b/i,
  ],
  // A website's terms of use: "You may access the Site and print a copy of the Content."
  rejectIfSentence: [/\b(access|use|visit|brows\w{1,3}) (the|this|our) (site|website|web ?pages?)\b|\bprint a copy\b/i],
};

export const RECTIFICATION: RightPhrases = {
  statements: [
    /\brectif(y|ied|ication)\b/i,
    // "If you want to discuss, correct or update your personal information, contact the school."
    /\bif you (want|wish|would like|need) to\b[^.\n]{0,30}\b(correct|amend|rectify)\b[^.\n]{0,30}\b(your|the|any) (personal )?(information|data|details|records?)\b/i,
  ],
  terms: [
    /\b(correct\w{0,4}|amend\w{0,4}|updat\w{0,3}|chang\w{0,3}|fix\w{0,3}|put (it |them |this |that )?right)\b[^.\n]{0,60}\b(inaccura\w{0,5}|not (accurate|correct|right)|incorrect|wrong|incomplete|out of date|mistakes?|errors?)\b/i,
    /\b(inaccura\w{0,5}|not (accurate|correct)|incorrect|wrong|incomplete|mistakes?|errors?)\b[^.\n]{0,60}\b(correct\w{0,4}|amend\w{0,4}|updat\w{0,3}|chang\w{0,3}|fix\w{0,3}|put (it |them |this |that )?right)\b/i,
    /\b(ask|request)\w{0,3}\b[^.\n]{0,40}\b(amended|corrected|amendments?|corrections?)\b/i,
    // "Rights: access, correction, erasure, …"
    /\brights?\b[^.\n]{0,40}:[^.\n]{0,120}\bcorrection\b/i,
    // A list of rights: "the right to see your data; to have it corrected; …", "- have it corrected".
    /\bhave (it|them|this|that|(your|the|their|my) (personal )?(information|data|details|records?))( all)? (corrected|amended|rectified|put right)\b/i,
    // "You can ask to see your data, correct it, have it deleted, …"; "ask to see, correct or delete your data".
    /\b(ask|request)\w{0,3}( us)? to ((see|access|view), )?(correct|amend|rectify)\b/i,
    /\bcorrect (it|them|this|that|your (personal )?(information|data|details|records?)|any (mistakes|errors))\b/i,
    // Under "What if something is wrong?": "Tell us and we will put it right." ("We will amend
    // this notice" is the notice being kept up to date, not a right.)
    /\bwe('ll| will) (correct|fix|amend|update|put) (it|them|this|that)( right)?\b(?! (privacy )?(notice|policy|statement|page|document|website))/i,
  ],
  rejectIfSentence: [ACCURACY_PRINCIPLE],
};

export const ERASURE: RightPhrases = {
  statements: [/\bright to (erasure|be forgotten)\b/i],
  terms: [/\b(eras(e|ed|ure|ing)|delet(e|ed|ion|ing)|destroy(ed)?|remov(e|ed|al|ing)|rub(bed|bing)?( it| them)? out|wip(e|ed|ing)|get rid of)\b/i],
  // "CCTV recordings are deleted automatically after 30 days" is retention, not the right.
  // "You can ask to remove your consent" is withdrawing consent, not erasure.
  rejectIfSentence: [ACCURACY_PRINCIPLE, /\b(automatically|routinely)\b|\bafter (\d+|one|two|three|six|seven|thirty) (days?|weeks?|months?|years?)\b|\bremov\w{0,3} (your |their |the )?(consent|permission)\b|\bno longer (required|needed)\b/i],
};

export const RESTRICTION: RightPhrases = {
  statements: [/\brestrict(ion of|ing)? (the )?processing\b/i, /\bprocessing\b[^.\n]{0,30}\brestricted\b/i],
  terms: [
    /\b(restrict\w{0,4}|limit\w{0,3}|paus\w{0,3}|suspend\w{0,3}|freez\w{0,3}|hold\w{0,3} off)\b[^.\n]{0,30}\b(use|used|uses|using|process\w{0,4}|how)\b/i,
    /\b(rectified|blocked|erased|deleted|corrected)\b[^.\n]{0,30}\brestricted\b/i,
    /\brestriction\b/i,
    /\buse (it|them|this|that|your (information|data)) less\b/i,
    // '"Freeze" information, so we keep it but do not use it'.
    /\bfreez\w{0,3}\b[^.\n]{0,60}\b(not|n't) (use|process)\w{0,3}\b/i,
    // "… limit what we do with it", "limit (restrict) what the nursery does".
    /\b(limit|restrict)\w{0,3}(?: \((?:limit|restrict)\w{0,3}\))? what (we|the school|the academy|the trust|the nursery) (do|does|can do)\b/i,
    // "Ask us to stop using your information for a while" (while a mistake is checked).
    /\bstop using\b[^.\n]{0,40}\b(for a (little |short )?while|for a time|for now|temporarily|for the time being)\b/i,
    // "- have its use restricted", "have the processing limited", "ask for the processing of your data to be limited".
    /\b(its|their|the) (use|processing)( of (it|them|(your |the |this |their |his or her |your child's )?(personal )?(information|data)))? (to be |be )?(restricted|limited|paused|suspended)\b/i,
    // "Ask us to put a hold on using it", "put it on hold".
    /\bput (a hold on|[^.\n]{0,25} on hold)\b/i,
  ],
  rejectIfSentence: [YOUTH_SUPPORT_OPT_OUT],
};

export const PORTABILITY: RightPhrases = {
  // Also the statement that it does not apply (Art 20(3)): it names portability.
  // Not "portable devices such as laptops are encrypted" (security).
  statements: [/\bportab(le|ility)\b(?! (devices?|media|storage|equipment|computers?|(hard|usb) drives?|electronic))/i],
  terms: [
    /\b(move|transfer|send|sent|take|port|transmit|give|pass|hand)\w{0,4}\b[^.\n]{0,60}\b(another|other|new) (organisation|controller|provider|service|company|body)\b/i,
    /\bfrom one (organisation|controller|provider|service|company|body) to another\b/i,
    /\bexported\b/i,
    /\bhave (it|them|this|that|your (information|data)|the (information|data)) (transferred|sent|moved|passed) to\b/i,
    /\b(take|move|send|transfer)\w{0,4}\b[^.\n]{0,40}\b(somewhere else|elsewhere|to another place)\b/i,
    /\b(machine[- ]readable|commonly used|structured)\b[^.\n]{0,30}\bform(at)?\b/i,
    // Plain words: "ask us to send your information to someone else, in a computer file".
    /\b(send|sent|give|given|move|moved|transfer\w{0,3})\b[^.\n]{0,80}\bin an? (common |standard )?(computer|digital|electronic|reusable|re-usable) (file|format)\b/i,
    // "… a copy in a computer file to give to someone else".
    /\b(give|send|sent|pass|take|move)\w{0,3}\b[^.\n]{0,25}\b((someone|somebody) else|to an?other (person|organisation|place))\b/i,
    // The ICO's own words for it: "obtain and reuse your personal data for your own purposes across different services".
    /\bobtain and re-?use\b|\bre-?use (your |their |the )?(personal )?(data|information)\b[^.\n]{0,40}\bacross (different|other) services\b/i,
    // "Take it with you, where that right applies."
    /\btake (it|them|your (information|data)) with you\b|\bin a (form|format) (you|they) can take with (you|them)\b/i,
    // "… passed to another nursery in a format it can use".
    // "… ask us to hand over information you gave us in a format you can reuse".
    /\b(send|sent|give|given|pass|passed|move|moved|hand|handed|transfer\w{0,3})\b[^.\n]{0,80}\bin a format (it|they|that|which|you) can (use|read|open|re-?use)\b/i,
  ],
};

export const OBJECTION: RightPhrases = {
  // A Markdown notice often bolds the keyword ("**object** to us using…").
  // "You may object to the processing of your data" names the right without the word "right".
  statements: [/\bright to (\*{1,2}|_{1,2})?object\b/i, /\byou (can|may) object to (the |our |us |how we )?(processing|process|use|using|uses?)\b/i],
  terms: [
    // Also after a dash or colon in a list of rights: "to object – to our use of …".
    /\bobject(ion|ing|s)?(\*{1,2}|_{1,2})?(?:\s[\u2013\u2014-]|:)?\s(to|against)\b/i,
    /\bobjection\b/i,
    // Not the consent row of a rights table: "Stop us using information where we asked for consent".
    /\bstop (us )?(using|processing|sharing)\b(?![^.\n|;]{0,60}\bconsent\b)/i,
    // "Tell us you are not happy with us using it and ask us to stop."
    /\b(not happy|unhappy)\b[^.\n]{0,60}\b(ask|tell)\w{0,3} us to stop\b/i,
    /\b(don't|do not) want\b[^.\n]{0,40}\b(to be used|used|processed|us to use|us using)\b/i,
    /\byou (can|may) object\b/i,
    // "… oppose that processing"; "Say you're not happy with us using the information in a particular way".
    /\boppose (that |the |this |our )?(processing|use)\b|\b(not happy|unhappy) with us using\b/i,
    // Children's wording: "You can ask us to stop." (not "stop … for a while": that is restriction), "(object)".
    /\bask\w{0,3} us to stop(?=[ \t]*([.;,)(]|$))(?![^.\n]{0,40}\b(for a while|for now|for a time|temporarily|while))|\((object|objecting|objection)\)/im,
    // A list of infinitives: "…; to restrict how we use it; to object; and to …"
    /\bto object(\*{1,2}|_{1,2})?[ \t]*([;,.)\n]|and\b|or\b|$)/i,
    /\bsay(s|ing)? no to (us |the school |the academy |the trust )?(using|processing|sharing|the use of|how (we|the school|the academy|the trust) uses?)\b/i,
    // "Tell us you'd rather we didn't use it."
    /\b(you'?d|you would) rather (we|us) (didn't|did not|not) use\b/i,
  ],
  // "Parents can object to their child joining a school trip" is about the trip, not their data.
  rejectIfSentence: [YOUTH_SUPPORT_OPT_OUT, /\bobject\w{0,3} to (their|your|his|her|a) (child|son|daughter)('s)? (joining|going|taking part|attending)\b/i],
};

/** Automated decision-making and profiling: that there is none, or the right about it. */
export const AUTOMATED_DECISIONS: readonly RegExp[] = [
  // "We do not make decisions about pupils using automated processes alone."
  /\bdecisions?\b[^.\n]{0,60}\bautomat(ed|ic|ically)\b/i,
  /\bautomat(ed|ic|ically)\b[^.\n]{0,40}\b(decisions?|decision-making|means|processing)\b/i,
  /\bprofiling\b/i,
  /\bcomputers?\b[^.\n]{0,60}\b(decisions?|decides?|deciding|choices?|chooses?)\b/i,
  // "We don't use software to make decisions about you without a person involved."
  /\b(no|not|never|don't|do not)\b[^.\n]{0,20}\b(software|algorithms?)\b[^.\n]{0,40}\bdecisions?\b/i,
  /\bdecisions?\b[^.\n]{0,60}\b(by|using|with) (only |just |solely )?(a )?computers?\b/i,
  /\b(do not|don't|never) profile\b/i,
];
/** "Where it is processed by automated means, in a format you can move" is the portability right's condition. */
export const PORTABILITY_CONDITION = /\b(portab\w*|format|machine[- ]readable)\b/i;

// ---- consent (Art 7(3), 13(2)(c)) -----------------------------------------------------

/** The notice relies on consent for something. */
export const CONSENT_RELIED_ON: readonly RegExp[] = [
  /\bconsent(s|ed|ing)?\b/i,
  /\b(your|their|parental|parents'?|written|explicit|specific) permission\b/i,
  /\bpermission (from|of) (you|your|the pupil|a parent|parents)\b/i,
  /\bgiven us (your |their )?permission\b|\b(you|parents?|carers?) (have|has) given (us )?(your |their )?permission\b/i,
];

/** Consent mentioned only to say it is not relied on, or that the law allows doing without it. */
export const CONSENT_NOT_RELIED_ON: readonly RegExp[] = [
  /\b(do not|don't|does not|doesn't|will not|won't|never|not)\s(need|rely|require|ask for|seek|use)\w{0,3}\b[^.\n]{0,40}\bconsent\b/i,
  /\bconsent is not (needed|required|necessary)\b|\bno (additional |further |separate )?consent\b/i,
  /\b(can|may|could|able to|allowed to|entitled to|permits? us to|allows? us to)\b[^.\n]{0,60}\bwithout (the |your |their |parental |any )?(need (for|of) )?(your |their |parental |any )?consent\b/i,
  /\bcookies?\b/i,
  // Consent named as a record held: "Consent information" in a list of data.
  /\bconsent (information|records|details)\b/i,
  // Consent the school gives, not the reader: "… is not permitted without Oakfield School's prior written consent".
  /\bwithout\b[^.\n]{0,80}\b(our|(the )?(school|academy|trust|college|nursery)(?:'s|s|\u2019s)?) ((prior|express|written) ){0,3}(consent|permission)\b/i,
];

/** Consent can be withdrawn / taken back / the reader can change their mind. */
export const CONSENT_WITHDRAWAL: readonly RegExp[] = [
  /\b(withdraw\w{0,4}|revok\w{0,4}|take back|taking back|retract\w{0,4}|cancel\w{0,4})\b[^.\n]{0,60}\b(consent|permission|agreement)\b/i,
  /\bremov\w{0,4} (your |their |this |that |the )?(consent|permission)\b/i,
  /\b(consent(ed)?|permission|agreement)\b[^.\n]{0,100}\b(withdraw\w{0,4}|revok\w{0,4}|tak(e|en|ing) (it |this |that )?back|retract\w{0,4}|cancel\w{0,4})\b/i,
  // "You can take your consent back whenever you like."
  /\btak(e|ing) (your |their |this |that )?(consent|permission|agreement) back\b/i,
  /\bchange (your|their) minds?\b/i,
  // "… and may change this at any time by letting us know" (not "We may change this notice at any time").
  /(?<!\bwe (may|will|can|might|could|reserve the right to) )\bchange (this|that|it|your (choice|decision|preference)s?)\b(?! (privacy )?(notice|policy|statement|page|document|website))[^.\n]{0,20}\b(at any time|any time|whenever)\b/i,
  // "If you no longer want us to use them, just tell us."
  /\bif you no longer (want|wish|agree)\b[^.\n]{0,60}\b(tell|let|contact|inform|email)\b/i,
  // "Tell us if you no longer want …", "you are free to say that you no longer agree", "If you'd rather we
  // stopped, just tell …", "If you don't want that any more, tell …", "… and later feel differently",
  // "switch that consent off", "… no longer wishes such processing to continue".
  /\b(tell|let) us (know )?if you no longer (want|wish|agree)\b|\bsay (that )?you no longer (agree|want|wish)\b|\bif you'?d rather (we|us) (stopped|didn't|did not)\b/i,
  /\b(don't|do not|no longer) want (that|this|it|them) any ?more\b|\blater feel differently\b|\bfeel differently later\b|\b(switch|turn)\w{0,3} (that |your |the |this )?(consent|permission) off\b|\bno longer wish\w{0,2} (such |the |this )?processing\b/i,
  // "You can tell us to stop using your child's photos at any point."
  /\b(tell|ask)\w{0,3} us to stop\b[^.\n]{0,60}\b(at any (time|point)|any time|whenever)\b/i,
];
/**
 * "We ask your consent before … You can withdraw it whenever you like", "Q. Can I change my mind
 * about consent? A. Yes. Withdraw at any time": count when consent is named in the sentence or
 * just before it (CONSENT_LOOK_BEHIND characters).
 */
export const CONSENT_WITHDRAWN_BY_PRONOUN = /\b(withdraw|revoke|take back)\w{0,3} (it|this|that|them)\b/i;
export const WITHDRAW_AT_ANY_TIME = /\b(withdraw|revoke|cancel)\w{0,3}\b[^.\n]{0,20}\bat any time\b|\bsay no (later|at any time|any time)\b/i;
export const CONSENT_NAMED = /\b(consent|permission)\b/i;
export const CONSENT_LOOK_BEHIND = 150;
/** A question about changing one's mind answered "Yes" or "we'll stop": "Can I change my mind? Yes. Any time." */
export const ANSWER_YES_OR_STOP = /^[ \t]*(?:A[.:]?[ \t]*)?yes\b|\bwe('ll| will) stop\b/im;
export const CHANGE_OF_MIND_QUESTION = /\bchang(e|ed|ing) (my|your|our|their) minds?\b[^\n]{0,40}\?/i;
export const QUESTION_LOOK_BEHIND = 120;
/** Consent to a vaccination or treatment is the health service's, not consent to the school's use of data. */
export const HEALTH_CARE_CONSENT = /\b(vaccinat\w*|immuni[sz]\w*|medical treatment)\b/i;
/** Consent given to another body ("If you have signed up directly with the Diocese for its newsletter, you can withdraw that consent"). */
export const OTHER_BODYS_CONSENT =
  /\b(signed up|registered|subscribed)\b[^.\n]{0,20}\bwith (the )?(diocese|council|local authority|nhs|parish|church|pta|friends of)\b|\b(the )?(diocese|council|local authority|parish)('s)? (own )?consent\b/i;

// ---- complaints (Art 13(2)(d); DPA 2018 s.164A) ------------------------------------------

/** The regulator under any of its names ("ICO" is case-sensitive so "ico" in a word never counts). */
export const ICO_MENTION: readonly RegExp[] = [/\bInformation Commission(er)?\b/i, /\bICO\b/, /\bico\.org\.uk\b/i];
/** Words that make an ICO mention a complaint route. */
export const COMPLAINT_CUE =
  /\b(complain\w{0,4}|complaints?|concerns?|unhappy|worried|worries|upset|not (happy|satisfied)|dissatisfied|disagree\w{0,2}|grievance|lodge|escalate)\b|ico\.org\.uk\/(concerns|make-a-complaint)|\b(not|haven't|hasn't) (been )?(handled|used|treated|looked after|processed)\b[^.\n]{0,40}\b(properly|correctly|lawfully|fairly)\b|\bmishandl\w*/i;
/** An ICO mention about registration or the fee is not a complaint route. */
export const ICO_REGISTRATION = /\b(regist(er|ered|ration)|fee payers?|data protection fee)\b/i;
export const COMPLAINT_LOOK_BEHIND = 250;

/** A complaint or concern… */
export const COMPLAINT_WORD =
  /\b(complain\w{0,4}|complaints?|concerns?|unhappy|worried|worries|upset|not (happy|satisfied)|dissatisfied|something('s)? (not right|wrong))\b|\b(used|handled|treated|looked after)\b[^.\n]{0,40}\b(in the wrong way|wrongly|badly|unfairly|improperly)\b/i;
/** …raised with the school itself, with a way to do it ("complain to the Trust", "sent to the DPO"). */
export const SCHOOL_COMPLAINT_ROUTE =
  /\b(with us|to us|tell (us|me)|contact (us|me)|let (us|me) know|talk to (us|me)|speak to (us|me)|the school first|first instance|in the first place|complaints? (policy|procedure|process|form))\b|\b(contact|email|e-mail|write to|speak to|talk to|tell|raise\b[^.\n]{0,60}?\bwith)\s(the |our |your )?(school|trust|academy|DPO|teacher|class teacher|data protection officer|headteacher|head teacher|office|school office|business manager|bursar|data protection lead|governors)\b|\b(contact|email|write to|speak to|talk to)\s[^.\n]{0,40}\b(headteacher|head teacher|school office|DPO|data protection officer)\b|\b(complain\w{0,4}|sent|addressed|directed|made|raised) (to|with) (the |our )?(school|trust|academy|DPO|data protection officer|headteacher|head teacher|school office|governing body)\b|\b(tell|contact|email|e-mail|write to|speak to|talk to|raise [^.\n]{0,25} with)\s(Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s[A-Z]|[\w.+-]@[\w-]{1,63}\./i;
export const COMPLAINT_LOOK_AHEAD = 200;
/** Concerns about a child's safety go to the safeguarding lead; that is not a data protection complaint route. */
export const SAFEGUARDING_CONCERN = /\b(safeguarding|child protection|welfare|at risk|harm)\b/i;

/** "To complain about any other aspect of the school, follow our Complaints Policy": a route for everything but data. */
export const OTHER_MATTERS_COMPLAINT = /\b(any other|other) (aspects?|matters?|issues?|parts?) of (the )?(school|academy|trust)\b|\bcomplaints? (about|regarding|on) (the )?(curriculum|collective worship|school trips?|admissions?|exclusions?|teaching|uniform|behaviour)\b|\bother complaints\b|\b(complaints?|concerns?) (about|on) (other|anything else)\b|\bnot (related|relating) to (data|personal information|this notice)\b/i;

/** Another organisation's own complaints route ("complain through its customer care team", "the County Council's corporate complaints procedure"). */
export const OTHER_BODYS_COMPLAINTS = /\b(its|their) (own )?(complaints?|customer (care|services?))\b|\b(council|authority|company|provider|club|service)'s (corporate |own )?complaints?\b/i;

/** "Ask us to restrict processing while a concern is looked into" is the right to restriction, not a complaint route. */
export const RESTRICTION_RIGHT = /\brestrict\w*/i;

/** A table-of-contents line ("9. Complaints ........ 8") announces content, it is not content. */
export const CONTENTS_ENTRY = /\.{5,}|\u2026{2,}/;

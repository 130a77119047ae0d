// Unfilled template text (rules.md `placeholder`, dfe-template.md §1.3): DfE and vendor
// templates mark what to replace, and their guidance notes, in square brackets. Ordinary
// bracketed text ("[1]", "(see below)", "[email protected]" left by web scraping) is not listed.

/** A bracketed note is template text when it starts with one of these (case-insensitive). */
const BRACKET_STARTS = [
  // "lnsert": "insert" as OCR reads a scanned template (a lower-case L for the I).
  'insert', 'lnsert', 'enter ', 'add ', 'delete', 'include ', 'name of', 'names of', 'school name',
  'academy name', 'trust name', 'setting name', 'school/academy', 'school / academy', 'name]',
  'date]', 'date of', 'dd/mm', 'setting to', 'settings to', 'settings need', 'setting needs',
  'settings should', 'schools to', 'schools need', 'schools should', 'school to', 'for institutions',
  'for schools with', 'for settings with', 'suggested wording', 'optional', 'link to', 'contact details',
  'details of', 'dpo name', 'headteacher name', 'school address', 'address of', 'phone number', 'telephone number',
  'dpo contact', 'dpo email', 'dpo details', 'link]', 'url]', 'email]', 'email address]', 'address]', 'phone]',
  '●', 'schools delete', 'primaries delete', 'secondaries delete', 'maintained school', 'academies only', 'for maintained', 'for academies',
].map((start) => start.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface PlaceholderPattern {
  /** Where template text starts. */
  pattern: RegExp;
  /** The text runs on to this closing character, on the same line. */
  closer?: string;
}

export const placeholderPatterns: readonly PlaceholderPattern[] = [
  // "[insert name of school]": an opening bracket and a known start; the note runs to "]".
  // Several small alternations rather than one large one keep the static ReDoS analysis tractable.
  ...chunks(BRACKET_STARTS, 8).map((starts) => ({ pattern: new RegExp(`\\[ ?(?:${starts.join('|')})`, 'gi'), closer: ']' })),
  { pattern: /< ?(?:insert|name of|enter)\b/gi, closer: '>' },
  // "XXXX", "01632 XXXXXX", "xxxx@": a run of four or more x's standing alone.
  { pattern: /\b(?:X{4,}|x{4,})\b/g },
  { pattern: /\bdd\/mm\/yy(?:yy)?\b/gi },
  // "(enter phone number)", "xxx@xxx.com", "{school_name}" / "{{dpo_email}}" from a mail-merge template.
  { pattern: /\( ?(?:enter|insert|add) (?:the |your )?(?:name|phone|telephone|email|address|date|details|link|contact)/gi, closer: ')' },
  { pattern: /\bx{3,}@x{3,}(?:\.[a-z]{2,4}){0,3}\b/gi },
  { pattern: /\{\{? ?[a-z]+(?:_[a-z]+)+ ?\}\}?/g },
  // "Our Data Protection Officer is [  ]." (empty brackets where a fact belongs, not a "[ ] I agree" tick box).
  { pattern: /(?<=\b(?:is|are|was|at|on|to|by|of|from|contact|call|email|named|called) )\[ {1,4}\]/gi },
];

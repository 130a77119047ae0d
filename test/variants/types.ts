// One variant of a complete notice for the mutation suite (test/mutations.test.ts).
export interface NoticeVariant {
  /** Short description, shown as the test name. */
  name: string;
  /** File name in fixtures/complete/ this variant applies to, or '*' for every complete notice. */
  notice: string;
  /** Derives the variant text; must change the text (the suite checks). */
  apply(text: string): string;
  /** Exactly the rule ids that must fire on the variant (none fire on the complete notice). */
  expect: string[];
}

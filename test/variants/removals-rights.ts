// Removal variants for the rights, consent, complaints and DfE rules: each takes one required
// statement out of a complete notice, and exactly that statement's rule must fire.
import type { NoticeVariant } from './types.js';

/**
 * `text` with each [from, to] replacement made once, or `text` unchanged when any `from` is
 * missing, so the suite's "the variant must change the text" check fails loudly.
 */
function edit(text: string, ...changes: readonly [string, string][]): string {
  let out = text;
  for (const [from, to] of changes) {
    if (!out.includes(from)) return text;
    out = out.replace(from, to);
  }
  return out;
}

const remove = (snippet: string): [string, string] => [snippet, ''];

/** A removal from one complete notice that must make exactly `rule` fire. */
function removal(notice: string, rule: string, name: string, ...changes: readonly [string, string][]): NoticeVariant {
  return { name: `${rule}: ${name}`, notice, apply: (text) => edit(text, ...changes), expect: [rule] };
}

const CHILD = 'child-qa.md';

export const variants: NoticeVariant[] = [
  removal(CHILD, 'rights-access', 'no "Can you see it?" answer',
    remove('### Can you see it?\n\nYes. You can ask for a copy of the information we keep about you. This is called a subject access request. It is free, and we will answer within one month.\n\n')),
  removal(CHILD, 'rights-rectification', 'no way to fix wrong information',
    ['If something is wrong, you can ask us to fix it. You can also ask us to delete', 'You can ask us to delete']),
  removal(CHILD, 'rights-erasure', 'no deletion',
    remove(' You can also ask us to delete information we do not need.')),
  removal(CHILD, 'rights-restriction', 'no limiting',
    remove(' You can also ask us to limit how we use it, for example while we check if it is right.')),
  removal(CHILD, 'rights-portability', 'no "take it somewhere else"',
    remove('### Can you take it somewhere else?\n\nYou can ask us to send information you gave us to another organisation. This right does not apply to most school information, because we use it for our public task.\n\n')),
  removal(CHILD, 'rights-object', 'no objecting or stopping',
    ['### Can you stop us using it?', '### Can you limit it?'],
    ['You can object to how we use your information. You can also ask us to limit', 'You can ask us to limit']),
  removal(CHILD, 'automated-decisions', 'no word on computer decisions',
    remove('### Does a computer make decisions about you?\n\nNo. A computer never makes decisions about you on its own. A person always decides.\n\n')),
  removal(CHILD, 'withdraw-consent', 'photos need consent, but it cannot be taken back',
    remove('If we asked for consent, you or your parents can change your mind at any time. You can take back your consent by telling the school office.\n\n')),
  removal(CHILD, 'complaint-ico', 'no route to the ICO',
    remove("If you are still not happy, you can complain to the Information Commissioner's Office (ICO). They make sure everyone follows the law. Go to https://ico.org.uk/make-a-complaint/.\n\n")),
  removal(CHILD, 'complaints-process', 'only the ICO, no way to complain to the school',
    remove('If you are not happy with how we use your information, please tell us first. You can email Sam, our DPO, at dpo@oakfield.example.com.\n\n')),
  removal(CHILD, 'dfe-statutory-sharing', 'census not said to be required by law',
    remove('The law says we must share some facts about you with the DfE. ')),
  removal(CHILD, 'dfe-statutory-sharing', 'no law named for the census',
    remove('The rules for this are in the Education (Information About Individual Pupils) (England) Regulations 2013 and section 537A of the Education Act 1996.\n\n')),
  removal(CHILD, 'dfe-npd', 'no National Pupil Database',
    remove('## The National Pupil Database\n\nThe DfE keeps census facts in the National Pupil Database (NPD). The DfE may share facts from the NPD with people who do research about schools. It has strict rules about who can see them.\n\n')),
  removal(CHILD, 'dfe-contact', 'no way to reach the DfE',
    remove('### How to find out what the DfE holds about you\n\nYou can ask the DfE what it holds about you. To contact the DfE, go to https://www.gov.uk/contact-dfe.\n\n')),
];

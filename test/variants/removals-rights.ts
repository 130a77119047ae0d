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
const WEBSITE = 'plain-website.txt';
const TRUST = 'trust-numbered.md';

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

  // plain-website.txt (C's plain-text notice)
  removal(WEBSITE, 'rights-access', 'no subject access request',
    remove('• ask for a copy of the data we hold (a subject access request); this is free and we reply within one month\n')),
  removal(WEBSITE, 'rights-rectification', 'no rectification', remove('• have wrong data put right (rectification)\n')),
  removal(WEBSITE, 'rights-erasure', 'no erasure', remove('• ask us to delete data (erasure)\n')),
  removal(WEBSITE, 'rights-restriction', 'no restriction', remove('• ask us to restrict how we use data\n')),
  removal(WEBSITE, 'rights-object', 'no objection', remove('• object to the way we use data\n')),
  removal(WEBSITE, 'rights-portability', 'no portability',
    remove('• data portability, which lets you move data you gave us with your consent; it does not apply to data we use for our public task\n')),
  removal(WEBSITE, 'automated-decisions', 'no automated decisions sentence', remove('We do not make decisions about you by automated means.\n')),
  removal(WEBSITE, 'withdraw-consent', 'consent relied on, never withdrawable',
    remove('When we rely on consent, you can withdraw it at any time. Just tell the school office.\n\n')),
  removal(WEBSITE, 'complaint-ico', 'no ICO', remove("You can also complain to the Information Commissioner's Office at https://ico.org.uk/make-a-complaint/.\n")),
  removal(WEBSITE, 'complaints-process', 'no route to the school',
    remove('If you are unhappy with how we use data, please tell us first. Email our DPO at dpo@willowbank.example.com or fill in the complaints form on our website.\n')),
  removal(WEBSITE, 'dfe-statutory-sharing', 'census duty not stated',
    remove('The law says we must send some pupil data to the DfE. We do this through the school census a few times a year. ')),
  removal(WEBSITE, 'dfe-statutory-sharing', 'no law named',
    remove(' The legal basis is the Education (Information About Individual Pupils) (England) Regulations 2013 and section 537A of the Education Act 1996.')),
  removal(WEBSITE, 'dfe-npd', 'no National Pupil Database',
    remove('The National Pupil Database\nThe DfE keeps census data in the National Pupil Database (NPD). The NPD helps the DfE fund schools and see how well they do. The DfE may share data from the NPD with researchers and other groups, under strict rules.\n\n')),
  removal(WEBSITE, 'dfe-contact', 'no way to reach the DfE',
    remove('To find out what the DfE holds about your child, or to contact the DfE, go to https://www.gov.uk/contact-dfe.\n\n')),

  // trust-numbered.md (D1's numbered trust notice; its appended council notice must not count)
  removal(TRUST, 'rights-access', 'access only in the council notice',
    remove('- ask for a copy of your data (a subject access request); this is free, and we reply within one month\n')),
  removal(TRUST, 'rights-rectification', 'correction only in the council notice', remove('- ask us to correct data that is wrong (rectification)\n')),
  removal(TRUST, 'rights-erasure', 'deletion only in the council notice', remove('- ask us to delete data (erasure)\n')),
  removal(TRUST, 'rights-restriction', 'no restriction', remove('- ask us to restrict how we use your data\n')),
  removal(TRUST, 'rights-object', 'no objection', remove('- object to how we use your data\n')),
  removal(TRUST, 'rights-portability', 'no portability',
    remove('- move your data to another organisation (portability); this does not apply to data we use for our public task\n')),
  removal(TRUST, 'automated-decisions', 'no automated decisions sentence', remove('We do not make decisions about you by automated means.\n\n')),
  removal(TRUST, 'withdraw-consent', 'consent relied on, never withdrawable',
    remove('You can withdraw your consent at any time. Just email the school office.\n\n')),
  removal(TRUST, 'complaint-ico', 'no ICO', remove("You can also complain to the Information Commissioner's Office at https://ico.org.uk/make-a-complaint/.\n\n")),
  removal(TRUST, 'complaints-process', 'no route to the trust',
    remove('If you have a concern about how we use data, please raise it with us first. Email dpo@riverside-trust.example.com or use the complaints form on our website.\n\n')),
  removal(TRUST, 'dfe-statutory-sharing', 'census duty not stated',
    remove('The law says we must send some pupil data to the DfE. We send it in the school census several times a year. ')),
  removal(TRUST, 'dfe-statutory-sharing', 'no law named',
    remove(' The law is the Education (Information About Individual Pupils) (England) Regulations 2013, made under section 537A of the Education Act 1996.')),
  removal(TRUST, 'dfe-npd', 'no National Pupil Database',
    remove('### 8.2 The National Pupil Database\n\nThe DfE stores census data in the National Pupil Database (NPD). The DfE uses it to fund schools and to check how well they do. The DfE may share data from the NPD with researchers and other groups, under strict rules.\n\n')),
  removal(TRUST, 'dfe-contact', 'no way to reach the DfE',
    remove('To find out what the DfE holds about you, or to contact the DfE, go to https://www.gov.uk/contact-dfe.\n\n')),
];

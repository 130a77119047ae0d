// Removal variants for the core Article 13/14 rules (controller, DPO, purposes, bases,
// categories, sources, recipients, transfers, retention, statutory requirement): each takes
// one required statement out of a complete notice, and exactly that statement's rule fires.
import type { NoticeVariant } from './types.js';

type Change = readonly [from: string, to: string];

/**
 * `text` with every occurrence of each `from` replaced, or `text` unchanged when any `from`
 * is missing, so the suite's "the variant must change the text" check fails loudly.
 */
function edit(text: string, changes: readonly Change[]): string {
  let out = text;
  for (const [from, to] of changes) {
    if (!out.includes(from)) return text;
    out = out.split(from).join(to);
  }
  return out;
}

const remove = (snippet: string): Change => [snippet, ''];

function removal(notice: string, expect: string[], name: string, ...changes: Change[]): NoticeVariant {
  return { name: `${expect.join(' + ')}: ${name}`, notice, apply: (text) => edit(text, changes), expect };
}

const TRUST = 'trust-numbered.md';
const PLAIN = 'plain-website.txt';
const CHILD = 'child-qa.md';

export const variants: NoticeVariant[] = [
  // ---- trust-numbered.md: a trust's numbered notice with an appended council notice --------
  removal(TRUST, ['controller-identity'], 'trust never named',
    ['# Riverside Academy Trust: privacy notice', '# Our privacy notice'],
    ['the academies of Riverside Academy Trust use', 'our academies use'],
    remove(' It covers Oakfield Primary Academy and Brookside Academy.'),
    ['Riverside Academy Trust is the data controller', 'The trust is the data controller'],
    ['- Post: Riverside Academy Trust, 8 Quay Street', '- Post: 8 Quay Street']),
  // A DPO email counts as a way to reach the controller, so both go together.
  removal(TRUST, ['controller-contact', 'dpo-contact'], 'no address, phone or email at all',
    remove('You can contact the trust at:\n\n- Post: Riverside Academy Trust, 8 Quay Street, Riverside, RV2 4DN\n- Phone: 01632 960400\n- Email: info@riverside-trust.example.com\n\n'),
    remove(' You can email her at dpo@riverside-trust.example.com or call 01632 960401.'),
    ['Email dpo@riverside-trust.example.com or use', 'Use']),
  // The council's DPO email in the appended notice must not count.
  removal(TRUST, ['dpo-contact'], 'DPO named, only the council DPO has an email',
    remove(' You can email her at dpo@riverside-trust.example.com or call 01632 960401.'),
    ['Email dpo@riverside-trust.example.com or use', 'Email info@riverside-trust.example.com or use']),
  removal(TRUST, ['purposes'], 'purposes list announced but empty',
    remove("\n- support pupils' learning\n- track progress and report it to parents\n- look after pupils' wellbeing\n- keep children safe\n- meet our legal duties\n")),
  removal(TRUST, ['lawful-basis'], 'no lawful bases',
    remove('### 4.2 Our lawful bases\n\nUnder Article 6 of the UK GDPR, we mostly rely on our public task, which is running a school. We also rely on a legal obligation when a law says we must collect or share data. For a few things, such as photos on our website, we ask for your consent.\n\n'),
    ['this does not apply to data we use for our public task', 'this applies only to data you gave us yourself']),
  removal(TRUST, ['special-category-condition'], 'no Article 9 condition',
    remove('### 4.3 Special category data\n\nSome data is special category data, such as health or ethnic group. For this we also need an Article 9 condition. We usually rely on substantial public interest. Sometimes we ask for your explicit consent.\n\n')),
  removal(TRUST, ['categories-of-data'], 'no list of data held',
    ['We hold these kinds of information about pupils:\n\n- names, dates of birth, addresses and unique pupil numbers\n- contact details for parents and carers\n- characteristics, such as ethnic group, first language and free school meal eligibility\n- attendance records\n- test and assessment results\n- medical information, such as allergies\n- special educational needs\n- behaviour and exclusion records\n- photos, if you have agreed\n\n', 'We hold information about pupils and their families.\n\n']),
  removal(TRUST, ['data-sources'], 'no other sources',
    remove('We also receive some of this information from the school a pupil attended before, from the local authority and from the Department for Education (DfE).\n\n')),
  // A state school must say it shares census data with the DfE, and that alone names a
  // recipient: taking out every recipient takes the DfE statement with it.
  removal(TRUST, ['recipients', 'dfe-statutory-sharing'], 'no recipients at all',
    remove('We share pupil information with:\n\n- the school a pupil moves to next\n- the local authority, Riverside County Council\n- the Department for Education (DfE)\n- the school nursing team\n\nWe only share what each of them needs. '),
    remove('### 8.1 Why we share data with the DfE\n\nThe law says we must send some pupil data to the DfE. We send it in the school census several times a year. The law is the Education (Information About Individual Pupils) (England) Regulations 2013, made under section 537A of the Education Act 1996.\n\n')),
  removal(TRUST, ['international-transfers'], 'silent on transfers',
    remove('We keep all data on secure systems in the UK. We do not transfer personal data outside the UK.')),
  // The council's 25-year period in the appended notice must not count.
  removal(TRUST, ['retention'], '"as long as we need" only, council retention kept',
    ["We keep pupil records for the periods set out in the trust's retention schedule.", 'We keep pupil records only as long as we need them.'],
    remove(' You can ask us for a copy of the schedule.')),
  removal(TRUST, ['statutory-requirement'], 'silent on mandatory or voluntary',
    remove('## 5. Do you have to give us this information?\n\nMost of the information we ask for is mandatory, because the law requires it. Some of it is voluntary. When we ask, we will tell you whether you have a choice.\n\n')),

  // ---- plain-website.txt -------------------------------------------------------------------
  removal(PLAIN, ['dpo-contact'], 'DPO named without email or phone',
    remove(' You can email Jo at dpo@willowbank.example.com or call 01632 960211.'),
    ['Email our DPO at dpo@willowbank.example.com or fill in', 'Email office@willowbank.example.com or fill in']),
  removal(PLAIN, ['special-category-condition'], 'no Article 9 condition',
    remove('Some of the data is special category data, such as health or ethnic group. For this we also need a condition in Article 9 of the UK GDPR. Most often this is substantial public interest. Sometimes we ask for your explicit consent.\n\n')),
  removal(PLAIN, ['data-sources'], 'no other sources',
    remove(" We also get some from your child's last school, from the local authority and from the Department for Education (DfE).")),
  removal(PLAIN, ['international-transfers'], 'silent on transfers',
    remove('Data outside the UK\nWe do not send personal data outside the UK.\n\n')),
  removal(PLAIN, ['retention'], 'no retention schedule',
    ['We keep pupil records for the times set out in our retention schedule.', 'We keep pupil records safe.'],
    remove(' You can ask the school office for a copy of the schedule.')),
  removal(PLAIN, ['statutory-requirement'], 'silent on mandatory or voluntary',
    remove('Do you have to give us this information?\nMost of the data we ask for is required by law. Some of it is optional, and when we collect it we will tell you if you have a choice.\n\n')),

  removal(PLAIN, ['controller-identity'], 'school never named',
    remove('Willowbank Primary School\n'),
    ['Willowbank Primary School is the data controller', 'We are the data controller'],
    ['Address: Willowbank Primary School, 4 Station Road', 'Address: 4 Station Road']),
  removal(PLAIN, ['controller-contact', 'dpo-contact'], 'no address, phone or email at all',
    remove('Address: Willowbank Primary School, 4 Station Road, Willowbank, WB3 5QT\nPhone: 01632 960210\nEmail: office@willowbank.example.com\n'),
    remove(' You can email Jo at dpo@willowbank.example.com or call 01632 960211.'),
    ['Email our DPO at dpo@willowbank.example.com or fill in', 'Fill in']),
  removal(PLAIN, ['purposes'], 'no "Why we use it" list',
    remove("Why we use it\nWe use this information to:\n• support your child's learning\n• track progress and tell you how your child is doing\n• keep children safe and well\n• look after a child who is ill or hurt\n• meet our legal duties\n• check how well the school is doing\n\n")),
  removal(PLAIN, ['lawful-basis'], 'no lawful bases',
    remove('Our lawful bases\nArticle 6 of the UK GDPR sets out the lawful bases we rely on:\n• public task: running a school is a task in the public interest\n• legal obligation: some laws say we must collect and share data\n• consent: for a few things, such as photos on our website, we ask you first\n\n'),
    ['it does not apply to data we use for our public task', 'it applies only to data you gave us yourself']),
  removal(PLAIN, ['categories-of-data'], 'no list of data held',
    ["We hold:\n• your child's name, date of birth, address and pupil number\n• contact details for parents and carers\n• attendance records\n• test and assessment results\n• health details, such as allergies and medicines\n• special educational needs\n• behaviour records\n• ethnic group, first language and religion\n• photos, if you have agreed\n", 'We hold facts about your child and your family.\n']),
  removal(PLAIN, ['recipients', 'dfe-statutory-sharing'], 'no one named to share with',
    remove('Who we share information with\nWe share some data with:\n• the school your child moves to next\n• the local authority, Willowbank Borough Council\n• the Department for Education (DfE)\n• the school nursing team\n\nWe only share what each of them needs. We never sell data.\n\n'),
    remove('Sharing with the Department for Education\nThe law says we must send some pupil data to the DfE. We do this through the school census a few times a year. The legal basis is the Education (Information About Individual Pupils) (England) Regulations 2013 and section 537A of the Education Act 1996.\n\n')),

  // ---- child-qa.md -------------------------------------------------------------------------
  removal(CHILD, ['controller-identity'], 'school never named',
    ['# Our privacy notice for pupils at Oakfield Primary School', '# Our privacy notice for pupils'],
    ['Oakfield Primary School is the data controller.', 'Our school is the data controller.'],
    ['You can write to us at Oakfield Primary School, 12 Mill Lane', 'You can write to us at 12 Mill Lane']),
  removal(CHILD, ['purposes'], 'no "Why do we use it?" answer',
    remove("## Why do we use it?\n\nWe use your information to:\n\n- help you learn and make progress\n- check how well you are doing and tell your parents\n- keep you safe and well\n- look after you if you are ill or hurt\n- check how well our school is doing\n\n"),
    ['like your health or your religion', 'like your religion'],
    [', like keeping you safe,', ''],
    ['- things about your health, like allergies, so we can look after you', '- things about your health, like allergies']),
  removal(CHILD, ['categories-of-data'], 'no list of what is kept',
    ['We keep:\n\n- your name, your address and your date of birth\n- the names and phone numbers of your parents or carers\n- how often you come to school\n- your test results and how well you are doing\n- things about your health, like allergies, so we can look after you\n- any extra help you need with your learning\n- your photo, if your parents say yes\n\n', 'We keep facts about you and your family.\n\n']),
  removal(CHILD, ['recipients', 'dfe-statutory-sharing'], 'no one named to share with',
    remove("## Who do we share it with?\n\nWe share some of your information with:\n\n- your next school, when you move\n- the local authority, Riverside County Council\n- the Department for Education (DfE)\n- the school nursing team, so they can check your health\n\nWe only share what they need. We do not sell your information.\n\n"),
    remove('## Sharing with the Department for Education\n\nThe law says we must share some facts about you with the DfE. We do this a few times a year in the school census. The DfE uses it to give money to schools and to see how schools are doing.\n\nThe rules for this are in the Education (Information About Individual Pupils) (England) Regulations 2013 and section 537A of the Education Act 1996.\n\n'),
    ['When you leave, we send it to your next school.', 'When you leave, it goes with you.']),
  removal(CHILD, ['lawful-basis'], 'no "What allows us to use it?" answer',
    remove("The law lets us use your information for these reasons. It is in Article 6 of the UK GDPR:\n\n- we have a job to do for the public, which is teaching you (public task)\n- the law says we must do it (legal obligation)\n- your parents have said yes (consent), for example for photos on our website\n\n"),
    ['because we use it for our public task', 'because of how we get it']),
  removal(CHILD, ['controller-contact', 'dpo-contact'], 'no address, phone or email at all',
    remove(' You can write to us at Oakfield Primary School, 12 Mill Lane, Oakfield, OF1 2AB. You can phone us on 01632 960100 or email office@oakfield.example.com.'),
    remove(' You can email Sam at dpo@oakfield.example.com or phone 01632 960101.'),
    remove(' You can email Sam, our DPO, at dpo@oakfield.example.com.'),
    [' or email office@oakfield.example.com.', '.']),
  removal(CHILD, ['dpo-contact'], 'DPO named without a way to reach them',
    remove(' You can email Sam at dpo@oakfield.example.com or phone 01632 960101.'),
    ['You can email Sam, our DPO, at dpo@oakfield.example.com.', 'You can email the school office at office@oakfield.example.com.']),
  removal(CHILD, ['special-category-condition'], 'no Article 9 condition',
    remove('Some information is extra private, like your health or your religion. The law calls this special category data. We only use it when Article 9 of the UK GDPR lets us. This is for reasons of substantial public interest, like keeping you safe, or when your parents give explicit consent.\n\n')),
  removal(CHILD, ['data-sources'], 'no other sources',
    remove(' Some of it comes from your last school, from the local authority, or from the Department for Education (DfE).')),
  removal(CHILD, ['international-transfers'], 'silent on transfers',
    remove('## Do we send your information outside the UK?\n\nNo. We do not send your information outside the UK.\n\n')),
  removal(CHILD, ['retention'], 'no period, criteria or schedule',
    ['We keep your school file while you are at our school.', 'We keep your school file safe.'],
    remove(' Our retention schedule says how long we keep other records. You can read it on our website at https://oakfield.example.com/retention.')),
  removal(CHILD, ['statutory-requirement'], 'silent on compulsory or optional',
    remove('Most of the information we ask for is compulsory. Some of it is optional, and when we ask for it we will tell you if you have a choice.\n\n')),
];

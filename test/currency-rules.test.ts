// Behaviour of the currency and hygiene rules beyond the fixture harness: which findings carry
// a safe fix and which only an editor suggestion, dated tables judged against --date, and the
// readability level for notices addressed to pupils.
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lintText } from '../src/lint/index.js';
import type { SeverityOrOff } from '../src/types.js';

const HEAD = '# How we use pupil information\n\n';

function lintWith(id: string, text: string, date = '2026-11-24', options?: Record<string, unknown>) {
  const ruleOverrides: Record<string, SeverityOrOff> = {};
  for (const rule of rules) if (rule.meta.id !== id) ruleOverrides[rule.meta.id] = 'off';
  const result = lintText(text, 'notice.md', { date, cwd: '.', noConfig: true, ruleOverrides, ...(options ? { ruleOptions: { [id]: options } } : {}) });
  return result.messages.filter((m) => m.ruleId === id);
}

describe('outdated-rights-wording', () => {
  it('quotes the outdated words of a long sentence, not only its opening', () => {
    const text = `${HEAD}As well as the rights above, parents can ask to see the information we hold about them, and can ask for information that is wrong to be rectified, blocked, erased or destroyed.\n`;
    const [message] = lintWith('outdated-rights-wording', text);
    expect(message.message).toContain('"…is wrong to be rectified, blocked, erased or destroyed."');
  });
});

describe('dpa-1998', () => {
  it('fixes the Act where it is cited as the law followed', () => {
    const text = `${HEAD}Oakfield Primary School keeps records in accordance with the Data Protection Act 1998.\n`;
    const [message] = lintWith('dpa-1998', text);
    expect(message.fix).toBeDefined();
    const { range, text: replacement } = message.fix!;
    expect(text.slice(0, range[0]) + replacement + text.slice(range[1])).toContain('in accordance with the UK GDPR and the Data Protection Act 2018.');
  });

  it('only suggests a rewrite of a title, never fixes it', () => {
    const [message] = lintWith('dpa-1998', '# Data Protection Act 1998: how we use pupil information\n\nRiverside Academy Trust holds pupil records.\n');
    expect(message.fix).toBeUndefined();
    expect(message.suggestions?.[0].fix.text).toBe('UK GDPR and the Data Protection Act 2018');
  });

  it('does not fix a citation already paired with the GDPR', () => {
    const [message] = lintWith('dpa-1998', `${HEAD}We comply with the Data Protection Act 1998 and the GDPR.\n`);
    expect(message.fix).toBeUndefined();
    expect(message.suggestions).toHaveLength(1);
  });
});

describe('dated tables', () => {
  const esfa = `${HEAD}The Learning Records Service is run by the Education and Skills Funding Agency.\n`;

  it('reports a body only once its closing date has passed', () => {
    expect(lintWith('outdated-body', esfa, '2025-03-30')).toEqual([]);
    const [message] = lintWith('outdated-body', esfa, '2025-03-31');
    expect(message.message).toContain('31 March 2025');
    expect(message.message).toContain('Department for Education');
  });

  it('reports superseded regulations only after the new ones came in', () => {
    const text = `${HEAD}We keep a register under the Education (Pupil Registration) (England) Regulations 2006.\n`;
    expect(lintWith('outdated-law', text, '2024-08-18')).toEqual([]);
    expect(lintWith('outdated-law', text, '2024-08-19')).toHaveLength(1);
  });

  it('does not report the ICO, NHS England or the Learning Records Service', () => {
    const text = `${HEAD}We are registered with the ICO. We share data with NHS England. The Learning Records Service gives each pupil a number.\n`;
    expect(lintWith('outdated-body', text)).toEqual([]);
  });
});

describe('review-date', () => {
  it('measures staleness from --date and the months option', () => {
    const text = `${HEAD}Last updated: October 2025\n`;
    expect(lintWith('review-date', text, '2026-10-31')).toEqual([]);
    expect(lintWith('review-date', text, '2026-11-01').map((m) => m.messageId)).toEqual(['stale']);
    expect(lintWith('review-date', text, '2026-11-01', { months: 18 })).toEqual([]);
  });
});

describe('insecure-link', () => {
  it('offers a safe fix that only adds the "s"', () => {
    const text = `${HEAD}Complain at http://ico.org.uk/make-a-complaint/ if you are unhappy.\n`;
    const [message] = lintWith('insecure-link', text);
    const { range, text: replacement } = message.fix!;
    expect(text.slice(0, range[0]) + replacement + text.slice(range[1])).toContain('https://ico.org.uk/make-a-complaint/');
  });
});

describe('readability', () => {
  // Reading ease of about 50: fine for parents, too hard for pupils.
  const middling = `${HEAD}## Why we use this information\n\nWe use this information so that staff can plan each pupil's education and monitor their progress. We also use it when parents or carers need to be contacted, to arrange appropriate support when a pupil is having difficulties, and to check how well the school is doing.\n`;

  it('uses the higher level for a notice addressed to pupils', () => {
    expect(lintWith('readability', middling)).toEqual([]);
    expect(lintWith('readability', middling, '2026-11-24', { childFacing: true }).map((m) => m.messageId)).toEqual(['hard']);
  });

  it('never shows a score that reads as meeting the floor it is reported against', () => {
    // Several wordings, so that some score just under a whole number.
    const wordings = [middling, middling.replace('staff can', 'our staff can'), middling.replace('to check', 'so that we can check'), middling.replace('difficulties', 'problems')];
    for (let floor = 40; floor <= 65; floor += 0.1) {
      for (const message of wordings.flatMap((text) => lintWith('readability', text, '2026-11-24', { floor }))) {
        const shown = Number(/scores (\d+)/.exec(message.message)?.[1]);
        expect(shown, `floor ${floor}`).toBeLessThan(floor);
      }
    }
  });

  it('detects a notice addressed to pupils from its wording', () => {
    const toPupils = middling.replace('when parents or carers need', 'when your parents or carers need');
    expect(lintWith('readability', toPupils)).toHaveLength(1);
  });
});

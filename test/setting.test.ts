// detectSetting: which kind of setting a notice is for, from its own words.
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/load/index.js';
import { sectionNotice } from '../src/sections/index.js';
import { detectSetting } from '../src/sections/setting.js';

const settingOf = (text: string) => detectSetting(sectionNotice(parseNotice(text, 'markdown', 'notice.md')));

describe('detectSetting', () => {
  it('treats an ordinary school notice as a state school', () => {
    expect(settingOf('# Oakfield Primary School privacy notice\n\nWe share pupil data with the local authority and the DfE.\n')).toBe('state-school');
  });

  it('keeps an academy that says what it is a state school, whatever settings its children come from', () => {
    const text = '# Privacy notice – Oakfield Primary Academy\n\nOakfield Primary Academy is an academy for children aged 4 to 11. Many of our Reception children join us from local pre-school and nursery settings.\n';
    expect(settingOf(text)).toBe('state-school');
    // An independent school's own words are not a state school's.
    expect(settingOf('# Ashby Grange\n\nAshby Grange is an independent secondary school for pupils aged 11 to 18.\n')).toBe('independent');
    // A weak cue alone, with no word on what the school is, still decides.
    expect(settingOf('# Little Wrens\n\nWelcome to our pre-school.\n')).toBe('early-years');
  });

  it('reads a council\'s own notice for its education services as another setting', () => {
    expect(settingOf('# Education services privacy notice\n\nThis notice is from Westshire County Council, the local authority for Westshire.\n')).toBe('other');
  });

  it('finds an independent school that says what it is', () => {
    expect(settingOf('# Hollybrook House School\n\nHollybrook House School is an independent day school for pupils aged 3 to 11.\n')).toBe('independent');
  });

  it('finds an independent special school that says what it is', () => {
    expect(settingOf('# Heathcote School\n\nHeathcote School is an independent special school for pupils aged 7 to 16, run by a company.\n')).toBe('independent');
  });

  it('finds an independent school from its inspectorate', () => {
    expect(settingOf('# Privacy notice\n\nOur school is inspected by the Independent Schools Inspectorate.\n')).toBe('independent');
  });

  it('finds a day nursery named in its title', () => {
    expect(settingOf('# Little Acorns Day Nursery: privacy notice\n\nWe look after children from birth to five.\n')).toBe('early-years');
  });

  it('finds a company that runs day nurseries, named in its opening', () => {
    expect(settingOf('# Brightwell Nurseries: privacy notice\n\nThis notice explains how we handle information about the children who attend our day nurseries.\n')).toBe('early-years');
  });

  it('finds a childminder who says she is one', () => {
    expect(settingOf('# Privacy notice\n\nI am a registered childminder and look after children in my home.\n')).toBe('early-years');
  });

  it('does not take a school that names a childminder as a source for an early-years setting', () => {
    expect(settingOf('# Oakfield Infant School: privacy notice\n\nWe may get information from your child\'s last nursery or childminder.\n')).toBe('state-school');
  });

  it('finds a childminder on the Ofsted Childcare Register', () => {
    expect(settingOf('# Privacy notice\n\nI am registered on the Ofsted Childcare Register and care for children in my home.\n')).toBe('early-years');
  });

  it('does not take a state school that mentions a pre-school once, late on, for a nursery', () => {
    const filler = 'We use pupil information to support learning and to keep children safe. '.repeat(12);
    expect(settingOf(`# Oakfield Primary School privacy notice\n\n${filler}\n\nWe may receive records from your child's pre-school.\n`)).toBe('state-school');
  });

  it('treats a sixth form or further education college as another setting, but not a school whose leavers go to one', () => {
    expect(settingOf('# Privacy notice\n\nBrackley Sixth Form College is a sixth form college in the further education sector.\n')).toBe('other');
    expect(settingOf('# Privacy notice\n\nWestmoor College is a general further education college serving the county.\n')).toBe('other');
    expect(settingOf('# Oakfield High School privacy notice\n\nWhen students leave Year 11 we tell the sixth form college or further education college they move on to.\n')).toBe('state-school');
  });

  it('treats a Welsh notice as another setting', () => {
    expect(settingOf('# Privacy notice\n\nWe send pupil data to the Welsh Government through the PLASC return.\n')).toBe('other');
  });

  it('treats a Scottish notice as another setting', () => {
    expect(settingOf('# Privacy notice\n\nThe Scottish Government receives census data from us each September.\n')).toBe('other');
  });
});

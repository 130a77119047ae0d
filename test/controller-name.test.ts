// findControllerName: the organisation a notice names as its controller.
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/load/index.js';
import { sectionNotice } from '../src/sections/index.js';
import { findControllerName } from '../src/sections/controller-name.js';

const nameIn = (text: string) => findControllerName(sectionNotice(parseNotice(text, 'markdown', 'notice.md')));

describe('findControllerName', () => {
  it('reads the school named as data controller', () => {
    expect(nameIn('# Privacy notice\n\nOakfield Primary School is the data controller for this information.\n')).toBe('Oakfield Primary School');
  });

  it('prefers the trust named as controller over the school in the title', () => {
    const text = '# Oakfield Primary Academy privacy notice\n\nOur academy is part of Riverside Academy Trust, which is the data controller.\n';
    expect(nameIn(text)).toBe('Riverside Academy Trust');
  });

  it('keeps small joining words and saints inside a name', () => {
    expect(nameIn("# Privacy notice\n\nSt Mary's Church of England Primary School is the data controller.\n")).toBe("St Mary's Church of England Primary School");
    expect(nameIn('# Privacy notice\n\nNewton on Brook Infant School is the data controller.\n')).toBe('Newton on Brook Infant School');
  });

  it('keeps a bracketed status inside a name, but not other brackets', () => {
    expect(nameIn("# Privacy notice\n\nSt Aidan's Church of England (VA) Primary School, Eastholm, is the data controller.\n")).toBe("St Aidan's Church of England (VA) Primary School");
    expect(nameIn('# Privacy notice\n\nUnder the law (UK GDPR) Oakfield Primary School is the data controller.\n')).toBe('Oakfield Primary School');
  });

  it('drops words that open the sentence or run into the name from a heading', () => {
    expect(nameIn('# Privacy notice\n\nAt Oakfield Primary School we are the data controller.\n')).toBe('Oakfield Primary School');
    expect(nameIn('# Privacy notice\n\nAt the Riverside Academy Trust we are the data controller.\n')).toBe('Riverside Academy Trust');
    expect(nameIn('# Privacy notice\n\nWho Looks After This Information Oakfield Primary School is the data controller.\n')).toBe('Oakfield Primary School');
  });

  it('reads a name in each sentence of a run of capitals, but does not split at "St."', () => {
    // The paragraph wraps onto the next line: "…Council. Larkhill Hospital Education Service" is one run of capitals.
    const text = '# Privacy notice\n\nWe are run by Eastmoor City Council.\nLarkhill Hospital Education Service is the data controller.\n';
    expect(nameIn(text)).toBe('Larkhill Hospital Education Service');
    expect(nameIn('# Privacy notice\n\nSt. Bede\'s Primary School is the data controller.\n')).toBe("St. Bede's Primary School");
    // And the name before the full stop is read in its own sentence.
    expect(nameIn('# Privacy notice\n\nThe data controller is Fernvale Learning Trust. The Trust is registered with the ICO.\n')).toBe('Fernvale Learning Trust');
  });

  it('names the school, not the body that governs it', () => {
    expect(nameIn('# Privacy notice\n\nThe Governing Body of Alderbank Community Primary School is the data controller.\n')).toBe('Alderbank Community Primary School');
  });

  it('keeps "Our Lady" in a Catholic school\'s name', () => {
    expect(nameIn('# Privacy notice\n\nOur Lady of Lourdes Catholic Primary School is the data controller.\n')).toBe('Our Lady of Lourdes Catholic Primary School');
  });

  it('finds no name in a notice that only says "the school"', () => {
    expect(nameIn('# Privacy notice\n\nThe School is the data controller. Our Academy Trust decides how data is used.\n')).toBeNull();
  });

  it('does not take a council that is only a recipient, or an NHS trust', () => {
    const text = '# Privacy notice\n\nWe are the data controller. We share data with Riverside County Council and Riverside NHS Foundation Trust.\n';
    expect(nameIn(text)).toBeNull();
  });

  it('takes any proper name the notice calls the controller, but not a role', () => {
    expect(nameIn('# Privacy notice\n\nThe Heronsgate Centre is the "data controller" for this information.\n')).toBe('The Heronsgate Centre');
    expect(nameIn('# Privacy notice\n\nThe Governing Body is the data controller.\n')).toBeNull();
  });

  it('takes a council that calls itself the controller', () => {
    expect(nameIn('# Privacy notice\n\nRiverside County Council is the data controller for early years funding.\n')).toBe('Riverside County Council');
  });
});

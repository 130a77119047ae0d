// Sections of the school's own text that are hard to read: Flesch reading ease below
// `floor` (40), or below `childFloor` (60) when the notice is addressed to pupils.
import { childFacingWording, readingEase } from '../src/checks/currency-readability.js';
import { booleanOption, numberOption } from '../src/checks/currency.js';
import type { Rule, RuleContext, RuleMeta, Section } from '../src/types.js';

/** Below this many words a score says little. */
const MIN_WORDS = 40;

export const meta: RuleMeta = {
  id: 'readability',
  severity: 'info',
  category: 'hygiene',
  source: 'UK GDPR Art 12(1) ("concise, transparent, intelligible … clear and plain language", in particular for children)',
  description: 'A section is harder to read than parents and pupils can be expected to manage',
  rationale: 'A notice only informs people who can read it; long sentences and legal words shut out many parents and most pupils.',
  options: {
    floor: { type: 'number', default: 40, description: 'Lowest acceptable Flesch reading ease for a section.' },
    childFacing: { type: 'boolean', default: false, description: 'Treat the notice as addressed to pupils (otherwise detected from its wording).' },
    childFloor: { type: 'number', default: 60, description: 'Lowest acceptable reading ease when the notice is addressed to pupils.' },
  },
  messages: {
    hard: 'This section scores {score} for reading ease (Flesch), below {floor}{audience}: {words} words in {sentences} sentences. Use shorter sentences and everyday words ("use" for "process", "keep" for "retain").',
  },
};

/** The heading of a section, or the first line of the preamble. */
function anchor(context: RuleContext, section: Section): { start: number; end: number } {
  const text = context.notice.text;
  if (section.bodyStart > section.start) return { start: section.start, end: section.start + text.slice(section.start, section.bodyStart).trimEnd().length };
  const from = section.start + (text.slice(section.start).length - text.slice(section.start).trimStart().length);
  const lineEnd = text.indexOf('\n', from);
  return { start: from, end: lineEnd < 0 || lineEnd > section.end ? section.end : lineEnd };
}

export function check(context: RuleContext): void {
  const forChildren = booleanOption(context, 'childFacing', false) || childFacingWording(context.notice);
  const floor = forChildren ? numberOption(context, 'childFloor', 60) : numberOption(context, 'floor', 40);
  for (const section of context.notice.sections) {
    if (section.owner !== 'school') continue;
    const ease = readingEase(section);
    if (ease.words < MIN_WORDS || ease.score >= floor) continue;
    // Rounded down: 39.6 shown as 40 would read as meeting a floor of 40.
    const data = { score: Math.floor(ease.score), floor, audience: forChildren ? ' (the level for pupils)' : '', words: ease.words, sentences: ease.sentences };
    context.report({ messageId: 'hard', data, ...anchor(context, section) });
  }
}

export default { meta, check } satisfies Rule;

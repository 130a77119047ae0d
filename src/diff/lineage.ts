// Which DfE model a notice descends from. Only the school part of the DfE text decides the
// family (the DPA 1998 text, or the sectioned 2018+ text): the DfE/NPD block is copied into
// notices built on other models too, so it only votes for a version once the family is
// clear. Too little evidence → `none`, never a forced guess.
import { LINEAGE_CUES, type LineageCue } from '../../rules/templates/lineage-cues.js';
import { changesSince, MODEL_IDS, type ModelId } from '../../rules/templates/index.js';
import { matchableText } from '../checks/text.js';
import type { SectionedNotice } from '../types.js';
import { positionFinder, round2 } from './tokens.js';
import type { Lineage } from './types.js';

export type { Lineage } from './types.js';

interface Sighting {
  cue: LineageCue;
  line: number;
}

/** Enough weight for a family: e.g. the DPA 1998 heading alone, or three DfE headings. */
const FAMILY_THRESHOLD = 3;

const MODEL_PERIOD: Record<ModelId, string> = {
  'dfe-2016': '2016–17 (DPA 1998) model',
  'dfe-2018': 'May 2018 GDPR model',
  'dfe-2021': '2019–21 model',
  'dfe-2025': 'current (2025) model',
};

/** A line as a reader sees it: Markdown markers, section numbers ("2.", "3.1") and a trailing colon removed. */
function bareLine(line: string): string {
  return line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/[*_]{1,3}/g, '').replace(/\s+/g, ' ').trim()
    .replace(/^\d{1,2}(?:\.\d{1,2}){0,3}\.? /, '').replace(/:$/, '');
}

function sightings(notice: SectionedNotice): Sighting[] {
  const text = matchableText(notice);
  const lineOf = positionFinder(text);
  const headingLines: { text: string; line: number }[] = [];
  let offset = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.length <= 160) headingLines.push({ text: bareLine(line), line: lineOf(offset).line });
    offset += line.length + 1;
  }
  for (const section of notice.sections) {
    if (section.heading) headingLines.push({ text: bareLine(section.heading), line: section.line });
  }
  const seen: Sighting[] = [];
  for (const cue of LINEAGE_CUES) {
    if (cue.kind === 'heading') {
      const hit = headingLines.find((h) => cue.pattern.test(h.text));
      if (hit) seen.push({ cue, line: hit.line });
    } else {
      const match = cue.pattern.exec(text);
      if (match) seen.push({ cue, line: lineOf(match.index).line });
    }
  }
  return seen.sort((a, b) => a.line - b.line);
}

const weightOf = (seen: Sighting[], family: LineageCue['family']): number =>
  seen.filter((s) => s.cue.family === family).reduce((sum, s) => sum + s.cue.weight, 0);

function describe(sighting: Sighting, conclusion: string): string {
  return `${sighting.cue.describe} (line ${sighting.line}) → ${conclusion}`;
}

/** The sectioned family's version: hints vote, the newest version with the most votes wins ties. */
function sectionedVersion(seen: Sighting[]): { model: ModelId; clear: boolean } {
  const votes = new Map<ModelId, number>();
  for (const { cue } of seen) {
    if (cue.hint && cue.hint !== 'dfe-2016') votes.set(cue.hint, (votes.get(cue.hint) ?? 0) + Math.max(cue.weight, 0.5));
  }
  const v2018 = votes.get('dfe-2018') ?? 0;
  const later = (votes.get('dfe-2021') ?? 0) + (votes.get('dfe-2025') ?? 0);
  if (later > v2018) {
    const model = (votes.get('dfe-2025') ?? 0) > 0 ? 'dfe-2025' : 'dfe-2021';
    return { model, clear: later - v2018 >= 1.5 };
  }
  return { model: 'dfe-2018', clear: v2018 - later >= 1.5 };
}

export function detectLineage(notice: SectionedNotice): Lineage {
  const seen = sightings(notice);
  const dpa = weightOf(seen, 'dpa-1998');
  const sectioned = weightOf(seen, 'sectioned');

  if (dpa >= FAMILY_THRESHOLD && dpa >= sectioned) {
    const evidence = seen.filter((s) => s.cue.family === 'dpa-1998').map((s) => describe(s, MODEL_PERIOD['dfe-2016']));
    return { model: 'dfe-2016', confidence: round2(Math.min(0.95, 0.55 + 0.1 * dpa)), evidence, changedSince: changesSince('dfe-2016') };
  }

  if (sectioned >= FAMILY_THRESHOLD) {
    const { model, clear } = sectionedVersion(seen);
    const evidence = seen
      .filter((s) => s.cue.family !== 'dpa-1998' && (s.cue.weight > 0 || s.cue.hint))
      .map((s) => describe(s, s.cue.hint && s.cue.hint !== 'dfe-2016' ? MODEL_PERIOD[s.cue.hint] : 'DfE sectioned model (2018 onwards)'));
    if (!clear) evidence.push(`version markers are few or mixed; ${model} is the best fit, an adjacent version is possible`);
    const confidence = Math.min(0.95, 0.45 + 0.08 * sectioned) * (clear ? 1 : 0.8);
    return { model, confidence: round2(confidence), evidence, changedSince: changesSince(model) };
  }

  const evidence: string[] = [];
  const schoolPart = seen.filter((s) => s.cue.family !== 'dfe-block' && s.cue.weight > 0);
  evidence.push(schoolPart.length === 0
    ? 'no heading or wording of the school part of any DfE model notice'
    : `only weak traces of a DfE model in the school part: ${schoolPart.map((s) => `${s.cue.describe} (line ${s.line})`).join('; ')}`);
  const block = seen.filter((s) => s.cue.family === 'dfe-block' && s.cue.weight > 0);
  if (block.length > 0) {
    evidence.push(`contains DfE block text (${block.map((s) => s.cue.describe).join('; ')}), which notices built on other models copy too`);
  }
  const own = notice.sections.filter((s) => s.heading).slice(0, 3).map((s) => `"${s.heading}"`);
  if (own.length > 0) evidence.push(`its own structure: ${own.join(', ')}`);
  const confidence = dpa + sectioned === 0 ? 0.9 : 0.7;
  return { model: 'none', confidence, evidence, changedSince: [] };
}

/** True when `model` is a DfE model older than `than` (a notice built on no model is not "older"). */
export function isOlderThan(model: Lineage['model'], than: ModelId): boolean {
  return model !== 'none' && MODEL_IDS.indexOf(model) < MODEL_IDS.indexOf(than);
}

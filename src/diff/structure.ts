// Structural diff of a notice against a built-in DfE model: align the notice's sections with
// the model's by topic, heading and the elements each should contain, then say for every
// model section whether it is present, renamed, merged, split, moved or missing, and which
// notice sections are extra.
import { displayHeading, elementFound, type ModelSection, type TemplateModel } from '../../rules/templates/index.js';
import { matchableText } from '../checks/text.js';
import type { Section, SectionedNotice } from '../types.js';
import { headingSimilarity, inOrder, round2 } from './tokens.js';
import type { ElementResult, SectionDiff } from './types.js';

/** A notice section must score this much to stand for a model section. */
const ACCEPT = 0.35;
/** A heading-less model part (the 2016 paragraphs) is found by content alone at this coverage. */
const CONTENT_ONLY = 0.5;
/** Below this heading similarity a matched section counts as renamed. */
const SAME_HEADING = 0.5;

interface Fit {
  score: number;
  heading: number;
  /** Share of the model section's elements found in the notice section. */
  content: number;
}

function headingFit(model: ModelSection, heading: string | null): number {
  if (!heading) return 0;
  const names = [model.heading, ...model.variants].filter((h): h is string => h !== null);
  return Math.max(0, ...names.map((name) => headingSimilarity(name, heading)));
}

function elementsIn(model: ModelSection, text: string): ElementResult[] {
  return model.elements.map((e) => ({ id: e.id, description: e.description, present: elementFound(e, text) }));
}

const coverage = (elements: ElementResult[]): number =>
  elements.length === 0 ? 0 : elements.filter((e) => e.present).length / elements.length;

function fit(model: ModelSection, section: Section, text: string): Fit {
  const heading = headingFit(model, section.heading);
  const topic = section.topic !== 'other' && model.topics.includes(section.topic) ? (section.confidence >= 0.5 ? 0.8 : 0.5) : 0;
  const content = coverage(elementsIn(model, text));
  const score = 0.6 * Math.max(heading, topic) + 0.4 * content;
  // A headed model section needs its heading or topic in the notice section, or most of its
  // (several) elements: one shared element alone (a mention of the DfE) is not enough.
  const supported = Math.max(heading, topic) > 0 || (content >= 0.75 && model.elements.length >= 3);
  const accepted = model.heading === null ? score >= ACCEPT || content >= CONTENT_ONLY : supported && score >= ACCEPT;
  // A heading-less part has nothing but its content to go by.
  const value = model.heading === null ? Math.max(score, content) : score;
  return { score: accepted ? value : 0, heading, content };
}

export interface StructuralDiff {
  sections: SectionDiff[];
  /** Mean fit over the model's sections (missing = 0), 0–1. */
  similarity: number;
}

export function diffAgainstModel(notice: SectionedNotice, model: TemplateModel): StructuralDiff {
  const text = matchableText(notice);
  const sections = notice.sections;
  const ownText = sections.map((s) => text.slice(s.start, s.end));
  const fits = model.sections.map((m) => sections.map((s, i) => fit(m, s, ownText[i])));

  // Each notice section stands for the model section it fits best.
  const assigned = sections.map((_, i) => {
    let best = -1;
    for (let m = 0; m < model.sections.length; m++) {
      if (fits[m][i].score > 0 && (best === -1 || fits[m][i].score > fits[best][i].score)) best = m;
    }
    return best;
  });
  const indexById = new Map(sections.map((s, i) => [s.id, i]));
  const parentOf = (i: number): number => indexById.get(sections[i].parentId ?? '') ?? -1;
  const hasAncestorIn = (i: number, group: Set<number>): boolean => {
    for (let p = parentOf(i); p !== -1; p = parentOf(p)) if (group.has(p)) return true;
    return false;
  };

  const groups = model.sections.map((_, m) => {
    const members = new Set(sections.map((_, i) => i).filter((i) => assigned[i] === m));
    // Sub-sections of a matched section belong to it (e.g. "The NPD" under "How Government uses your data").
    return [...members].filter((i) => !hasAncestorIn(i, members));
  });
  // A model section no notice section chose may still be covered inside another one
  // (merged) — when at least half of its elements are there.
  const coveredBy = model.sections.map((_, m) => {
    if (groups[m].length > 0) return -1;
    let best = -1;
    for (let i = 0; i < sections.length; i++) {
      const f = fits[m][i];
      if (f.score > 0 && f.content >= 0.5 && (best === -1 || f.score > fits[m][best].score)) best = i;
    }
    return best;
  });

  // The section that stands for the model section: its first headed member if it has one.
  const primary = model.sections.map((_, m) => groups[m].find((i) => sections[i].heading !== null) ?? groups[m][0] ?? coveredBy[m]);
  const matched = model.sections.map((_, m) => m).filter((m) => primary[m] !== -1 && groups[m].length > 0);
  const ordered = inOrder(matched.map((m) => primary[m]));
  const outOfOrder = new Set(matched.filter((_, k) => !ordered.has(k)));

  // The descendants of a matched section that no other model section took.
  const textOf = (members: number[]): string => {
    const group = new Set(members);
    return sections
      .map((_, i) => i)
      .filter((i) => group.has(i) || (assigned[i] === -1 && hasAncestorIn(i, group)))
      .map((i) => ownText[i])
      .join('\n');
  };

  // Consecutive sections all headed like the model's own sub-headings ("Data collection
  // requirements", "The National Pupil Database (NPD)") are that section, not a split.
  const subParts = (mi: number, members: number[]): boolean => {
    const first = Math.min(...members);
    const last = Math.max(...members);
    const between = sections.map((_, i) => i).filter((i) => i > first && i < last && !members.includes(i));
    const partOf = (i: number): boolean => sections[i].heading === null || fits[mi][i].heading >= SAME_HEADING;
    return members.every(partOf) && between.every((i) => assigned[i] === -1);
  };

  const result: SectionDiff[] = model.sections.map((m, mi) => {
    const base: SectionDiff = { model: m.key, status: 'missing', modelHeading: displayHeading(m) };
    if (m.recalled) base.recalled = true;
    const at = primary[mi];
    if (at === -1) return base;
    const members = groups[mi].length > 0 ? groups[mi] : [at];
    const section = sections[at];
    const entry: SectionDiff = {
      ...base,
      noticeHeading: section.heading,
      line: section.line,
      similarity: round2(fits[mi][at].score),
      elements: elementsIn(m, textOf(members)),
    };
    // Only parts the model itself heads separately can be merged into one notice section.
    const sharers = model.sections
      .map((other, oi) => ({ other, oi }))
      .filter(({ other, oi }) => oi !== mi && other.heading !== null && primary[oi] === at);
    if (members.length > 1 && !subParts(mi, members)) {
      entry.status = 'split';
      entry.noticeSections = members.map((i) => ({ heading: sections[i].heading, line: sections[i].line }));
    } else if (m.heading !== null && sharers.length > 0) {
      entry.status = 'merged';
      entry.mergedWith = sharers.map(({ other }) => other.key);
    } else if (outOfOrder.has(mi)) {
      entry.status = 'moved';
    } else if (m.heading !== null && section.heading !== null && fits[mi][at].heading < SAME_HEADING) {
      entry.status = 'renamed';
    } else {
      entry.status = 'present';
    }
    return entry;
  });

  // Extra: headed notice sections standing for no model section and not inside one that does.
  const matchedSections = new Set(primary.filter((i) => i !== -1));
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (s.heading === null || assigned[i] !== -1 || matchedSections.has(i)) continue;
    const parent = parentOf(i);
    // Inside a matched section (other than the title), or inside an extra one: not listed.
    const inside = parent !== -1 && (assigned[parent] === -1
      ? !matchedSections.has(parent) && sections[parent].heading !== null
      : model.sections[assigned[parent]].key !== 'intro');
    if (!inside) result.push({ status: 'extra', noticeHeading: s.heading, line: s.line });
  }

  const scored = model.sections.map((_, mi) => (primary[mi] === -1 ? 0 : fits[mi][primary[mi]].score));
  const similarity = scored.length === 0 ? 0 : scored.reduce((a, b) => a + b, 0) / scored.length;
  return { sections: result, similarity: round2(similarity) };
}

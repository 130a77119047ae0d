// The shape of a built-in DfE model notice: its sections in order, what each must contain,
// and what changed from the model before it. Facts from shared/spec/dfe-template.md §1, in
// our own words; never DfE sentences.
import type { Topic } from '../../src/types.js';

export const MODEL_IDS = ['dfe-2016', 'dfe-2018', 'dfe-2021', 'dfe-2025'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

/**
 * Something a model section must contain: found when any of `cues` matches the section, or
 * with `together` when all of them do (short linear regexes instead of one with a gap).
 */
export interface ModelElement {
  id: string;
  description: string;
  cues: readonly RegExp[];
  together?: boolean;
}

export function elementFound(element: ModelElement, text: string): boolean {
  return element.together ? element.cues.every((cue) => cue.test(text)) : element.cues.some((cue) => cue.test(text));
}

export interface ModelSection {
  /** Stable id used in `diff --format json` ("model": "storage"). */
  key: string;
  /** Topics (rules.md ids) a notice section covering this part would have. */
  topics: readonly Topic[];
  /** The DfE heading, or null where the model runs on as paragraphs under one heading. */
  heading: string | null;
  /** Short description, used when there is no heading. */
  label: string;
  /** Other wordings of the heading seen in DfE versions and in schools' copies. */
  variants: readonly string[];
  elements: readonly ModelElement[];
  statutory: readonly string[];
  urls: readonly string[];
  /** The spec only recalls this section ([R]): reported, but never fails `missing-section`. */
  recalled?: boolean;
}

export interface TemplateModel {
  id: ModelId;
  title: string;
  /** When DfE published this text (or the range it stands for). */
  period: string;
  sections: readonly ModelSection[];
  /** What this version changed compared with the one before it. */
  changes: readonly string[];
}

/** The heading a reader should look for, or the label for a heading-less part. */
export function displayHeading(section: ModelSection): string {
  return section.heading ?? section.label;
}

/** A section derived from another with some fields replaced (versions share most sections). */
export function revise(section: ModelSection, changes: Partial<ModelSection>): ModelSection {
  return { ...section, ...changes };
}

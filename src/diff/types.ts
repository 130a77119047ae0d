// The result of `noticelint diff`: what `--format json` prints (cli.md "diff --format json"),
// plus the parsed notices the other formatters need to show text.
import type { ModelId, TemplateModel } from '../../rules/templates/index.js';
import type { SectionedNotice } from '../types.js';

export type LineageModel = ModelId | 'none';

export interface Lineage {
  model: LineageModel;
  /** 0–1. */
  confidence: number;
  /** Why: each line names what was seen and what it points to. */
  evidence: string[];
  /** What changed in the DfE model since `model` (empty for the current model and for none). */
  changedSince: string[];
}

export type SectionStatus = 'present' | 'renamed' | 'merged' | 'split' | 'moved' | 'missing' | 'extra';

export interface ElementResult {
  id: string;
  description: string;
  present: boolean;
}

export interface SectionRef {
  heading: string | null;
  line: number;
}

export interface SectionDiff {
  status: SectionStatus;
  /** Model mode: the model section key ("storage"). */
  model?: string;
  modelHeading?: string;
  /** Model mode: the spec only recalls this section; never fails `--fail-on missing-section`. */
  recalled?: boolean;
  /** File mode: the section of the `--against` file. */
  againstHeading?: string | null;
  againstLine?: number;
  noticeHeading?: string | null;
  line?: number;
  /** Every notice section involved when one model section is split over several. */
  noticeSections?: SectionRef[];
  /** Model mode: the other model sections a merged notice section also covers. */
  mergedWith?: string[];
  similarity?: number;
  elements?: ElementResult[];
}

export interface ChangePlace {
  line: number;
  column: number;
}

export interface Change {
  /** `removed`: in the --against file only; `added`: in the notice only. */
  type: 'added' | 'removed' | 'moved';
  text: string;
  /** Where it stands in the --against file (removed, moved). */
  from?: ChangePlace;
  /** Where it stands in the notice (added, moved). */
  to?: ChangePlace;
  /** Heading of the notice section (or of the --against section for removals). */
  section?: string | null;
}

export interface DiffResult {
  filePath: string;
  /** A model id, or the path of the --against file. */
  against: string;
  mode: 'model' | 'file';
  lineage: Lineage;
  similarity: number;
  sections: SectionDiff[];
  changes: Change[];
}

/** A marked range of text, for formatters that show the notices themselves. */
export interface Mark {
  start: number;
  end: number;
  kind: 'added' | 'removed' | 'moved';
}

/** Everything a formatter may need. */
export interface DiffReport {
  result: DiffResult;
  notice: SectionedNotice;
  /** Model mode. */
  model?: TemplateModel;
  /** File mode: the --against notice and the marked ranges in both texts. */
  base?: SectionedNotice;
  marks?: { base: Mark[]; notice: Mark[] };
  /** File mode: aligned section pairs (indexes into base.sections / notice.sections). */
  pairs?: { base: number | null; notice: number | null }[];
}

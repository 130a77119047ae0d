// `noticelint diff` as a library: compare a notice with a built-in DfE model (structure and
// required elements) or with another notice (section-aligned word diff), and decide the
// `--fail-on` conditions.
import { CURRENT_MODEL, getModel, isModelId, MODEL_IDS, type ModelId } from '../../rules/templates/index.js';
import { loadNotice, type LoadOptions } from '../load/index.js';
import { sectionNotice } from '../sections/index.js';
import type { SectionedNotice } from '../types.js';
import { UsageError } from '../types.js';
import { detectLineage, isOlderThan } from './lineage.js';
import { diffAgainstModel } from './structure.js';
import { diffNotices } from './text.js';
import type { DiffReport, DiffResult } from './types.js';

export { detectLineage } from './lineage.js';
export type * from './types.js';

export interface DiffOptions {
  /** A model id (default the current model) or the path of another notice. */
  against?: string;
  /** Keep case, punctuation and whitespace differences in the text diff. */
  strict?: boolean;
  load?: LoadOptions;
}

/** Compare a loaded notice with a built-in model. */
export function diffWithModel(notice: SectionedNotice, modelId: ModelId = CURRENT_MODEL): DiffReport {
  const model = getModel(modelId);
  const structure = diffAgainstModel(notice, model);
  const result: DiffResult = {
    filePath: notice.filePath, against: model.id, mode: 'model', lineage: detectLineage(notice),
    similarity: structure.similarity, sections: structure.sections, changes: [],
  };
  return { result, notice, model };
}

/** Compare a loaded notice with another one (`base`, the --against file). */
export function diffWithNotice(notice: SectionedNotice, base: SectionedNotice, strict = false): DiffReport {
  const text = diffNotices(base, notice, { strict });
  const result: DiffResult = {
    filePath: notice.filePath, against: base.filePath, mode: 'file', lineage: detectLineage(notice),
    similarity: text.similarity, sections: text.sections, changes: text.changes,
  };
  return { result, notice, base, marks: text.marks, pairs: text.pairs };
}

export async function loadSectioned(filePath: string, options: LoadOptions = {}): Promise<SectionedNotice> {
  return sectionNotice(await loadNotice(filePath, options));
}

/** Compare a loaded notice with `against`: a model id, or the path of another notice. */
export async function compareWith(notice: SectionedNotice, against: string, options: DiffOptions = {}): Promise<DiffReport> {
  if (isModelId(against)) return diffWithModel(notice, against);
  if (/^dfe-\d{4}$/i.test(against)) {
    throw new UsageError(`Unknown model "${against}". Built-in models: ${MODEL_IDS.join(', ')}.`);
  }
  return diffWithNotice(notice, await loadSectioned(against, options.load), options.strict);
}

/** Load `filePath` and compare it as `options.against` says. Bad input throws NoticeError/UsageError. */
export async function diffFile(filePath: string, options: DiffOptions = {}): Promise<DiffReport> {
  return compareWith(await loadSectioned(filePath, options.load), options.against ?? CURRENT_MODEL, options);
}

export type FailCondition = { kind: 'missing-section' } | { kind: 'lineage-older-than'; model: ModelId };

/** Parse `--fail-on` values: `missing-section`, `lineage-older-than:<model-id>`. */
export function parseFailOn(values: readonly string[]): FailCondition[] {
  return values.map((value): FailCondition => {
    if (value === 'missing-section') return { kind: 'missing-section' };
    const older = /^lineage-older-than:(.+)$/.exec(value);
    if (older && isModelId(older[1])) return { kind: 'lineage-older-than', model: older[1] };
    throw new UsageError(
      `Invalid --fail-on "${value}". Use missing-section or lineage-older-than:<model> (models: ${MODEL_IDS.join(', ')}).`,
    );
  });
}

/** Why the run fails, one line per condition met (empty: it passes). */
export function failures(result: DiffResult, conditions: readonly FailCondition[]): string[] {
  const reasons: string[] = [];
  for (const condition of conditions) {
    if (condition.kind === 'missing-section') {
      const missing = result.sections.filter((s) => s.status === 'missing' && !s.recalled);
      if (missing.length > 0) {
        const names = missing.map((s) => s.modelHeading ?? s.againstHeading ?? '(untitled)');
        reasons.push(`missing section${missing.length > 1 ? 's' : ''}: ${names.join('; ')}`);
      }
    } else if (isOlderThan(result.lineage.model, condition.model)) {
      reasons.push(`built on ${result.lineage.model}, older than ${condition.model}`);
    }
  }
  return reasons;
}

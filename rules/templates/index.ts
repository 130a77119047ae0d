// The built-in DfE model notices, oldest first, and what changed after each.
import { dfe2016 } from './dfe-2016.js';
import { dfe2018 } from './dfe-2018.js';
import { dfe2021 } from './dfe-2021.js';
import { dfe2025 } from './dfe-2025.js';
import { MODEL_IDS, type ModelId, type TemplateModel } from './model.js';

export { MODEL_IDS, displayHeading, elementFound } from './model.js';
export type { ModelElement, ModelId, ModelSection, TemplateModel } from './model.js';

export const MODELS: readonly TemplateModel[] = [dfe2016, dfe2018, dfe2021, dfe2025];
export const CURRENT_MODEL: ModelId = 'dfe-2025';

export function isModelId(value: string): value is ModelId {
  return (MODEL_IDS as readonly string[]).includes(value);
}

export function getModel(id: ModelId): TemplateModel {
  const model = MODELS.find((m) => m.id === id);
  if (!model) throw new Error(`no built-in model ${id}`);
  return model;
}

/** Position in time order, for "older than" comparisons. */
export function modelRank(id: ModelId): number {
  return MODEL_IDS.indexOf(id);
}

/** What changed in the DfE model after `id`, each line prefixed with the version that changed it. */
export function changesSince(id: ModelId): string[] {
  return MODELS.filter((m) => modelRank(m.id) > modelRank(id)).flatMap((m) => m.changes.map((c) => `${m.id}: ${c}`));
}

/** Model version items: the model's header (levels, perspectives, categories) as JSON. */
import { z } from 'zod';
import { modelSchema, type Model } from '../../nimm/model/schema';
import { modelVersionStatusSchema } from '../schema/choices';
import { F } from '../schema/names';
import type { ModelVersionSummary } from '../types';
import { itemIdentity, MapResult, parseItem, parseJsonColumnAs, RawItem } from './common';

/** Columns of a model version summary (without the header JSON). */
export const MODEL_VERSION_SELECT = ['Id', 'Title', F.modelKey, F.version, F.status, F.capabilityCount, F.profileCount, F.publishedAt];

/** Columns of a model version with its header, as needed to rebuild the model. */
export const MODEL_VERSION_WITH_HEADER_SELECT = [...MODEL_VERSION_SELECT, F.header];

/** A model without its capabilities and profiles: what the header column holds. */
export const modelHeaderSchema = modelSchema.omit({ capabilities: true, profiles: true });

/** The model header as stored. */
export type ModelHeader = z.infer<typeof modelHeaderSchema>;

const modelVersionItemSchema = itemIdentity.extend({
  Title: z.string().nullish(),
  [F.modelKey]: z.string().min(1),
  [F.version]: z.string().min(1),
  // Required, unlike the other choices: a version whose status cannot be read is skipped, never
  // guessed, because readers must only ever take a version that says 'published'.
  [F.status]: modelVersionStatusSchema,
  [F.capabilityCount]: z.number().int().min(0).nullish(),
  [F.profileCount]: z.number().int().min(0).nullish(),
  [F.publishedAt]: z.string().nullish()
});

const COLUMN_NAMES: Record<string, string> = { [F.modelKey]: 'Model key', [F.version]: 'Version', [F.status]: 'Status' };

/** Validates a model version item's summary columns. */
export function mapModelVersion(item: RawItem): MapResult<ModelVersionSummary> {
  const parsed = parseItem(modelVersionItemSchema, item, COLUMN_NAMES);
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  return {
    ok: true,
    value: {
      id: d.Id,
      modelKey: d[F.modelKey],
      version: d[F.version],
      name: d.Title ?? '',
      status: d[F.status],
      capabilityCount: d[F.capabilityCount] ?? 0,
      profileCount: d[F.profileCount] ?? 0,
      publishedAt: d[F.publishedAt] ?? null
    }
  };
}

/** Validates the header JSON of a model version item. */
export function mapModelHeader(item: RawItem): MapResult<ModelHeader> {
  return parseJsonColumnAs(item[F.header], 'Model header (JSON)', modelHeaderSchema);
}

/** The header part of a model, as written to the header column. */
export function headerOf(model: Model): ModelHeader {
  // Everything but the parts stored as items, so a field added to the model format later is kept.
  const header: Partial<Model> = { ...model };
  delete header.capabilities;
  delete header.profiles;
  return header as ModelHeader;
}

/** The newest published version: readers use exactly this rule, so a half-written draft is never seen. */
export function newestPublished(versions: ModelVersionSummary[]): ModelVersionSummary | null {
  return versions.filter((v) => v.status === 'published').reduce<ModelVersionSummary | null>((best, v) => (best === null || v.id > best.id ? v : best), null);
}

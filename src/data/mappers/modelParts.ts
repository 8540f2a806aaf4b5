/** Capability and profile items: one model part per item, its full content as JSON. */
import { z } from 'zod';
import { capabilitySchema, profileSchema, type Capability, type Profile } from '../../nimm/model/schema';
import { DataStrings, formatString } from '../../loc/strings';
import { F, NOTE_FIELD_LIMIT, TEXT_FIELD_LIMIT } from '../schema/names';
import { itemIdentity, MapResult, parseItem, parseJsonColumnAs, RawItem } from './common';

/** The words of what does not fit in SharePoint. */
const WORDS = DataStrings.Publish;

/** Columns read for capabilities. */
export const CAPABILITY_SELECT = ['Id', F.capabilityKey, F.order, F.detail];
/** Columns read for profiles. */
export const PROFILE_SELECT = ['Id', F.profileKey, F.order, F.detail];

/** A model part with its position in the model (SharePoint does not keep array order). */
export interface Ordered<T> {
  order: number;
  value: T;
}

const partItemSchema = itemIdentity.extend({ [F.order]: z.number().nullish() });

function mapPart<T>(item: RawItem, schema: z.ZodType<T, z.ZodTypeDef, unknown>, keyColumn: string, label: string): MapResult<Ordered<T>> {
  const base = parseItem(partItemSchema, item);
  if (!base.ok) return base;
  const parsed = parseJsonColumnAs(item[F.detail], `${label} (JSON)`, schema);
  if (!parsed.ok) return parsed;
  const key = (parsed.value as { key: string }).key;
  if (item[keyColumn] !== key) {
    return { ok: false, problem: formatString(DataStrings.Models.KeyMismatch, String(item[keyColumn]), String(key)) };
  }
  return { ok: true, value: { order: base.value[F.order] ?? Number.MAX_SAFE_INTEGER, value: parsed.value } };
}

/** Validates a capability item. */
export function mapCapability(item: RawItem): MapResult<Ordered<Capability>> {
  return mapPart(item, capabilitySchema, F.capabilityKey, 'Capability');
}

/** Validates a profile item. */
export function mapProfile(item: RawItem): MapResult<Ordered<Profile>> {
  return mapPart(item, profileSchema, F.profileKey, 'Profile');
}

/** The values of ordered parts, in model order. */
export function inOrder<T>(parts: Ordered<T>[]): T[] {
  return parts.slice().sort((a, b) => a.order - b.order).map((p) => p.value);
}

function checkedJson(value: unknown, what: string): string {
  const json = JSON.stringify(value);
  if (json.length > NOTE_FIELD_LIMIT) {
    throw new Error(formatString(DataStrings.Publish.TooLongAsJson, what, json.length.toLocaleString('en-GB'), NOTE_FIELD_LIMIT.toLocaleString('en-GB')));
  }
  return json;
}

/** A key for a single-line text column, which SharePoint limits to 255 characters. */
function checkedText(value: string, what: string): string {
  if (value.length > TEXT_FIELD_LIMIT) {
    throw new Error(formatString(DataStrings.Publish.TooLongText, what, value.length.toLocaleString('en-GB'), TEXT_FIELD_LIMIT));
  }
  return value;
}

function title(text: string): string {
  return text.length > TEXT_FIELD_LIMIT ? `${text.slice(0, TEXT_FIELD_LIMIT - 1)}…` : text;
}

/** Item fields for a capability of a model version. Throws a plain Error when it is too long. */
export function capabilityToItem(modelVersionId: number, capability: Capability, order: number): Record<string, unknown> {
  return {
    Title: title(capability.name),
    [F.modelVersionId]: modelVersionId,
    [F.capabilityKey]: checkedText(capability.key, formatString(WORDS.CapabilityKeySubject, capability.name)),
    [F.categoryKey]: checkedText(capability.category, formatString(WORDS.CategoryKeySubject, capability.key)),
    [F.order]: order,
    [F.detail]: checkedJson(capability, formatString(WORDS.CapabilitySubject, capability.key))
  };
}

/** Item fields for a profile of a model version. Throws a plain Error when it is too long. */
export function profileToItem(modelVersionId: number, profile: Profile, order: number): Record<string, unknown> {
  return {
    Title: title(profile.name),
    [F.modelVersionId]: modelVersionId,
    [F.profileKey]: checkedText(profile.key, formatString(WORDS.ProfileKeySubject, profile.name)),
    [F.profileKind]: profile.kind,
    [F.order]: order,
    [F.detail]: checkedJson(profile, formatString(WORDS.ProfileSubject, profile.key))
  };
}

/** The model's key and version as written to their single-line text columns, checked for length. */
export function modelIdentity(model: { key: string; version: string }): { key: string; version: string } {
  return { key: checkedText(model.key, WORDS.ModelKeySubject), version: checkedText(model.version, WORDS.ModelVersionSubject) };
}

/** The JSON for a model header column, checked for length. */
export function headerJson(header: unknown, modelKey: string): string {
  return checkedJson(header, formatString(WORDS.HeaderSubject, modelKey));
}

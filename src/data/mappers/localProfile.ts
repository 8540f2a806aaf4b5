/**
 * Local profiles (list "NIMM Local Profiles", schema version 7): profiles a trust keeps on its own
 * site, such as a deployment group's service profile. The name is the item's title; the kind and
 * the profile it started from are columns; the description and the target levels, by capability
 * key, are JSON in one column, so a profile outlives model versions.
 */
import { z } from 'zod';
import { KEY_PATTERN, suggestKey } from '../../nimm/model/keys';
import type { Profile } from '../../nimm/model/schema';
import { DataStrings } from '../../loc/strings';
import { F } from '../schema/names';
import type { LocalProfile, LocalProfileSave } from '../types';
import { itemIdentity, MapResult, parseItemWithEtag, parseJsonColumnAs, RawItem, textColumn } from './common';

/** Columns read for local profiles. */
export const LOCAL_PROFILE_SELECT = ['Id', 'Title', 'Modified', F.profileKey, F.profileKind, F.basedOn, F.detail];

/** The kinds a local profile may be: an entitlement's thresholds are set nationally, not by a site. */
export const LOCAL_PROFILE_KINDS = ['service', 'target'] as const;

/** Every local profile's key starts so, which keeps it apart from the published model's keys. */
export const LOCAL_PROFILE_PREFIX = 'local-';

/** Most characters of a profile's name (SharePoint's single line of text holds 255). */
export const LOCAL_PROFILE_NAME_MAX = 120;

/** The highest level a target may name (a model's levels are checked when it is planned). */
const MAX_TARGET = 9;

/** The key a new local profile with this name gets: "local-" and the name as a key. */
export function localProfileKey(name: string): string {
  const words = suggestKey(name).slice(0, 60).replace(/[-.]+$/, '');
  return `${LOCAL_PROFILE_PREFIX}${words === '' ? 'profile' : words}`;
}

const targetsSchema = z.record(
  z.string().regex(KEY_PATTERN, DataStrings.LocalProfiles.NotACapabilityKey),
  z.number().int(DataStrings.LocalProfiles.LevelWhole).min(1, DataStrings.LocalProfiles.LevelRange).max(MAX_TARGET, DataStrings.LocalProfiles.LevelRange)
);

const detailSchema = z.object({
  description: z.string().default(''),
  targets: targetsSchema
});

const itemSchema = itemIdentity.extend({
  Title: z.string().trim().min(1, DataStrings.LocalProfiles.NoName),
  Modified: z.string().nullish(),
  [F.profileKey]: z.string().regex(KEY_PATTERN, DataStrings.LocalProfiles.NotAKey),
  [F.profileKind]: z.enum(['target', 'service', 'entitlement']),
  [F.basedOn]: textColumn
});

const COLUMN_NAMES: Record<string, string> = {
  Title: 'Title',
  [F.profileKey]: 'Profile key',
  [F.profileKind]: 'Kind',
  [F.basedOn]: 'Based on'
};

/** Validates a local profile item. */
export function mapLocalProfile(item: RawItem): MapResult<LocalProfile> {
  const parsed = parseItemWithEtag(itemSchema, item, COLUMN_NAMES);
  if (!parsed.ok) return parsed;
  const { columns: d, etag } = parsed.value;
  const detail = parseJsonColumnAs(item[F.detail], 'Profile (JSON)', detailSchema);
  if (!detail.ok) return detail;
  return {
    ok: true,
    value: {
      itemId: d.Id,
      etag,
      key: d[F.profileKey],
      name: d.Title.trim(),
      kind: d[F.profileKind],
      description: detail.value.description,
      targets: detail.value.targets,
      basedOn: d[F.basedOn] === '' ? null : d[F.basedOn],
      modified: d.Modified ?? null
    }
  };
}

/** Checks a local profile before saving. */
export const localProfileSaveSchema = z.object({
  key: z
    .string()
    .regex(KEY_PATTERN, DataStrings.LocalProfiles.NotAKey)
    .refine((k) => k.indexOf(LOCAL_PROFILE_PREFIX) === 0, DataStrings.LocalProfiles.NotLocalKey),
  name: z.string().trim().min(1, DataStrings.LocalProfiles.NoName).max(LOCAL_PROFILE_NAME_MAX, DataStrings.LocalProfiles.NameTooLong),
  kind: z.enum(LOCAL_PROFILE_KINDS),
  description: z.string(),
  targets: targetsSchema.refine((t) => Object.keys(t).length > 0, DataStrings.LocalProfiles.NoTargets),
  basedOn: z.string().nullable()
});

/** Item fields for a local profile. */
export function localProfileToItem(profile: LocalProfileSave): Record<string, unknown> {
  return {
    Title: profile.name.trim(),
    [F.profileKey]: profile.key,
    [F.profileKind]: profile.kind,
    [F.basedOn]: profile.basedOn ?? '',
    [F.detail]: JSON.stringify({ description: profile.description, targets: profile.targets })
  };
}

/** A local profile as the engine reads a profile. */
export function asModelProfile(profile: LocalProfile | LocalProfileSave): Profile {
  return { key: profile.key, name: profile.name.trim(), kind: profile.kind, description: profile.description, targets: { ...profile.targets } };
}

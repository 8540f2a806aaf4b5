/**
 * A profile kept apart from a model (a site's own profile, or levels picked by hand), read against
 * one model version by capability key, so the same profile serves every version: a target on a
 * capability this version does not have is set aside (and named), and a target above the
 * version's top level is lowered to it (and named). Rule 7 would otherwise count the first against
 * level 1 and could never meet the second.
 */
import type { Model, Profile } from './schema';

export interface ProfileForModel {
  /** The profile with only the targets this model can plan and score. */
  profile: Profile;
  /** Capability keys of targets set aside: this model version has no such capability. */
  notInModel: string[];
  /** Capability keys of targets lowered to the model's top level. */
  capped: string[];
}

export function profileForModel(model: Model, profile: Profile): ProfileForModel {
  const top = model.levels.reduce((m, l) => Math.max(m, l.level), 1);
  const known = new Set(model.capabilities.map((c) => c.key));
  const targets: Record<string, number> = {};
  const notInModel: string[] = [];
  const capped: string[] = [];
  Object.keys(profile.targets).forEach((key) => {
    const level = profile.targets[key];
    if (!known.has(key)) notInModel.push(key);
    else if (level > top) {
      capped.push(key);
      targets[key] = top;
    } else targets[key] = level;
  });
  return { profile: { ...profile, targets }, notInModel, capped };
}

/** The model with these profiles added after its own (a profile with a key the model has is left out). */
export function withProfiles(model: Model, profiles: readonly Profile[]): Model {
  if (profiles.length === 0) return model;
  const own = new Set(model.profiles.map((p) => p.key));
  return { ...model, profiles: model.profiles.concat(profiles.filter((p) => !own.has(p.key))) };
}

/**
 * Rule 7: how far the effective levels are from a profile's targets. A target on a
 * not-applicable capability is left out, since the trust has said the capability does not
 * apply to it; a target on a capability that was not assessed counts against level 1.
 */
import type { ModelIndex } from '../model/modelIndex';
import type { Profile } from '../model/schema';
import type { LevelOrNotApplicable } from './effectiveLevels';
import type { ProfileGap, ProfileResult } from './types';

/** The gaps, whether the profile is met, and the share of targets met. */
export function profileResult(index: ModelIndex, profile: Profile, effective: readonly LevelOrNotApplicable[]): ProfileResult {
  const gaps: ProfileGap[] = [];
  let closed = 0;
  for (const capability of Object.keys(profile.targets)) {
    const target = profile.targets[capability];
    const entry = index.capabilityByKey.get(capability);
    // Only an unvalidated profile can name a capability the model lacks: it can never be met.
    const level = entry === undefined ? 1 : effective[entry.position];
    if (level === null) {
      continue;
    }
    const gap = Math.max(0, target - level);
    if (gap === 0) {
      closed += 1;
    }
    gaps.push({ capability, target, effectiveLevel: level, gap });
  }
  return {
    met: closed === gaps.length,
    // Nothing to meet is fully met: a profile whose targets are all not applicable is no gap.
    readiness: gaps.length === 0 ? 1 : closed / gaps.length,
    gaps
  };
}

/** Results for several profiles keyed by profile key; where keys repeat, the first profile wins. */
export function profileResults(index: ModelIndex, profiles: readonly Profile[], effective: readonly LevelOrNotApplicable[]): Record<string, ProfileResult> {
  const results: Record<string, ProfileResult> = {};
  for (const profile of profiles) {
    if (!Object.prototype.hasOwnProperty.call(results, profile.key)) {
      results[profile.key] = profileResult(index, profile, effective);
    }
  }
  return results;
}

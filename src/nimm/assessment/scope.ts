/**
 * Which capabilities an assessment round covers. Trusts rarely assess all of a model at once:
 * they start with the foundation capabilities, or with what a profile (say, EPR go-live) needs,
 * or with a list they pick. Progress and the assessment screens work over this scope.
 */
import { NimmError } from '../errors';
import { indexModel } from '../model/modelIndex';
import type { Model, Profile } from '../model/schema';

/** The capabilities an assessment round covers. */
export type AssessmentScope =
  | { kind: 'all' }
  | { kind: 'foundation' }
  /** The capabilities a profile targets: a profile key of the model's, or a profile given in full (a trust's own). */
  | { kind: 'profile'; profile: string | Profile }
  /** A hand-picked list of capability keys. */
  | { kind: 'capabilities'; capabilities: readonly string[] };

/**
 * The keys of the capabilities in scope, in model order, each once. Keys the model does not
 * have are left out (a hand-picked list or a trust's profile can outlive a model version), so
 * every key returned can be looked up. A profile key the model does not have is an error.
 */
export function capabilitiesInScope(model: Model, scope: AssessmentScope): string[] {
  const index = indexModel(model);
  // Keys come from the index, so a model listing a key twice still yields it once.
  const all = index.capabilities.filter((entry) => index.capabilityByKey.get(entry.capability.key) === entry).map((entry) => entry.capability);
  switch (scope.kind) {
    case 'all':
      return all.map((capability) => capability.key);
    case 'foundation':
      return all.filter((capability) => capability.foundation).map((capability) => capability.key);
    case 'profile': {
      const profile = typeof scope.profile === 'string' ? index.profileByKey.get(scope.profile) : scope.profile;
      if (profile === undefined) {
        throw new NimmError('unknown-profile', `There is no profile '${String(scope.profile)}' in model '${model.key}'.`);
      }
      return all.filter((capability) => Object.prototype.hasOwnProperty.call(profile.targets, capability.key)).map((capability) => capability.key);
    }
    case 'capabilities': {
      const picked = new Set(scope.capabilities);
      return all.filter((capability) => picked.has(capability.key)).map((capability) => capability.key);
    }
    default:
      return assertNever(scope);
  }
}

/** Makes the compiler check every kind of scope is handled. */
function assertNever(value: never): never {
  throw new Error(`Unknown assessment scope: ${JSON.stringify(value)}`);
}

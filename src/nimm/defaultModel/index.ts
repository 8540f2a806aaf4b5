import { modelSchema, type Model } from '../model/schema';
import header from './model.json';
import patternsPractices from './capabilities/patterns-practices.json';
import securityGovernance from './capabilities/security-governance.json';
import commonServices from './capabilities/common-services.json';
import endUserDevices from './capabilities/end-user-devices.json';
import hardwarePlatforms from './capabilities/hardware-platforms.json';
import network from './capabilities/network.json';
import operatingSystems from './capabilities/operating-systems.json';
import businessAlignment from './capabilities/business-alignment.json';
import infrastructureGovernance from './capabilities/infrastructure-governance.json';
import financialManagement from './capabilities/financial-management.json';
import peopleSkills from './capabilities/people-skills.json';
import pspg from './capabilities/pspg.json';
import procurement from './capabilities/procurement.json';
import profiles from './profiles.json';

/**
 * The default NHS model is kept as data: one header file, one file of capabilities per category
 * (so maintainers can review a category's wording in one place) and one file of profiles.
 * This module only stitches them together in category order; it adds no content of its own.
 */
const capabilityFiles: unknown[][] = [
  patternsPractices, securityGovernance, commonServices, endUserDevices, hardwarePlatforms, network,
  operatingSystems, businessAlignment, infrastructureGovernance, financialManagement, peopleSkills, pspg, procurement
];

/** The default model as raw interchange JSON (not yet validated). */
export function getDefaultModelJson(): unknown {
  return {
    ...(header as object),
    capabilities: ([] as unknown[]).concat(...capabilityFiles),
    profiles: profiles as unknown[]
  };
}

let cached: Model | undefined;

/**
 * The default model, parsed once (so schema defaults are filled in). Its full validation,
 * cross-references and cycles included, is proved by the model's tests, not repeated here.
 */
export function getDefaultModel(): Model {
  if (!cached) cached = modelSchema.parse(getDefaultModelJson());
  return cached;
}

/**
 * The suite's SharePoint lists as data: what ensureSchema creates and checks. Per-item JSON
 * (a model's header, a capability's detail, a response's answers) lives in Note columns so one
 * capability or response is one item, read in one request and guarded by one ETag.
 *
 * Rules for changing this file: never rename or delete a column or change its ID (sites in use
 * have data in it); add columns and lists freely, and bump SCHEMA_VERSION when you do, so
 * ensureSchema on an older site adds exactly what is missing. A Choice column's values come from
 * its zod enum in choices.ts, never a list written here.
 */
import {
  assessmentStatusSchema,
  DEFAULT_ASSESSMENT_STATUS,
  DEFAULT_EVIDENCE_REVIEW_STATUS,
  DEFAULT_MODEL_VERSION_STATUS,
  DEFAULT_RESPONSE_STATUS,
  DEFAULT_ROADMAP_ACTION_STATUS,
  evidenceReviewStatusSchema,
  modelVersionStatusSchema,
  profileKindSchema,
  responseStatusSchema,
  roadmapActionStatusSchema
} from './choices';
import type { FieldDef } from './fields';
import { F, LISTS } from './names';

/** The schema version this code writes and expects. Stored in NIMM Settings by ensureSchema. */
export const SCHEMA_VERSION = 7;

/** One list or library. */
export interface ListDef {
  title: string;
  description: string;
  /** 100 = custom list, 101 = document library. */
  template: 100 | 101;
  /** Keep item history (who changed what is SharePoint's own record). */
  versioning: boolean;
  /**
   * Only site owners may change it: set-up gives the list its own permissions, owners Full
   * Control and everyone else Read (schema/permissions.ts), so SharePoint itself refuses others.
   */
  ownersOnly?: boolean;
  fields: FieldDef[];
}

/** A complete schema: its version and its lists, in creation order. */
export interface SchemaDef {
  version: number;
  lists: ListDef[];
}

const settings: ListDef = {
  title: LISTS.settings,
  description: 'Settings of the NIMM Assessment Suite on this site, such as its schema version. Managed by the suite.',
  template: 100,
  versioning: false,
  ownersOnly: true,
  fields: [{ name: F.value, id: '9af049b0-42c1-4e5c-a0f7-ba5ae4ab2bc0', displayName: 'Value', type: 'Note' }]
};

const modelVersions: ListDef = {
  title: LISTS.modelVersions,
  description: 'Published versions of the maturity model. Only the newest published version is in force.',
  template: 100,
  versioning: false,
  ownersOnly: true,
  fields: [
    { name: F.modelKey, id: '3defe527-5380-47d8-b2d6-6005d388f430', displayName: 'Model key', type: 'Text', indexed: true },
    { name: F.version, id: '8736b1de-2473-4430-bf3f-baafb22beb38', displayName: 'Version', type: 'Text' },
    { name: F.status, id: 'bbae97a2-6b25-4bc8-94f6-9f1b88e8b88f', displayName: 'Status', type: 'Choice', indexed: true, choices: modelVersionStatusSchema.options, defaultValue: DEFAULT_MODEL_VERSION_STATUS },
    { name: F.header, id: '2e67f248-4edc-4106-bf8f-b05dbc109fc7', displayName: 'Model header (JSON)', type: 'Note', json: true },
    { name: F.capabilityCount, id: '81dcbda5-0388-4ed9-92d8-a5bc35faa61a', displayName: 'Capabilities', type: 'Number' },
    { name: F.profileCount, id: 'f75cfb57-fc56-44e7-92eb-0768d7d055d6', displayName: 'Profiles', type: 'Number' },
    { name: F.publishedAt, id: '620b03fc-9078-45c2-a133-770b7980f644', displayName: 'Published', type: 'DateTime' }
  ]
};

const capabilities: ListDef = {
  title: LISTS.capabilities,
  description: 'Capabilities of each model version, one item each, with descriptors and criteria as JSON.',
  template: 100,
  versioning: false,
  ownersOnly: true,
  fields: [
    { name: F.modelVersionId, id: 'e6870349-b389-49fa-bbf5-a0a17daabdbe', displayName: 'Model version ID', type: 'Number', indexed: true },
    { name: F.capabilityKey, id: 'eb8f40b8-4a2f-4157-8240-9dcf7f8bf3d1', displayName: 'Capability key', type: 'Text', indexed: true },
    { name: F.categoryKey, id: '52471337-c862-4a64-a9ef-8a306d59bc41', displayName: 'Category key', type: 'Text' },
    { name: F.order, id: '918b9c2c-90e9-4bac-b65f-1fb4234b72c2', displayName: 'Order', type: 'Number' },
    { name: F.detail, id: '10bf231b-bfd0-49f0-8a53-1cba5593c640', displayName: 'Capability (JSON)', type: 'Note', json: true }
  ]
};

const profiles: ListDef = {
  title: LISTS.profiles,
  description: 'Target, service and entitlement profiles of each model version.',
  template: 100,
  versioning: false,
  ownersOnly: true,
  fields: [
    { name: F.modelVersionId, id: 'c7cf2567-0ca1-4526-ab74-ef8787263ffb', displayName: 'Model version ID', type: 'Number', indexed: true },
    { name: F.profileKey, id: '50e9ed2f-554c-4678-93cd-a8bfee9c259a', displayName: 'Profile key', type: 'Text' },
    { name: F.profileKind, id: '302269f5-71f3-4975-9ba7-a4d359e0d0ec', displayName: 'Kind', type: 'Choice', choices: profileKindSchema.options },
    { name: F.order, id: 'ef4ba1a5-9970-42dc-8e53-19ab239c7900', displayName: 'Order', type: 'Number' },
    { name: F.detail, id: '2ece6b1a-5082-44b1-b300-794863044a90', displayName: 'Profile (JSON)', type: 'Note', json: true }
  ]
};

const assessments: ListDef = {
  title: LISTS.assessments,
  description: 'Assessments: what was assessed, against which model version, by whom.',
  template: 100,
  versioning: true,
  fields: [
    { name: F.modelVersionId, id: 'e4c899a5-8cb0-49a3-a2d9-b0cad4d1d401', displayName: 'Model version ID', type: 'Number', indexed: true },
    { name: F.modelKey, id: '253af90c-cfbc-4405-be3d-a7214f697142', displayName: 'Model key', type: 'Text' },
    { name: F.modelVersion, id: '8a373282-5aeb-461a-b29e-e3b799383285', displayName: 'Model version', type: 'Text' },
    { name: F.scope, id: '1d726d23-e6d8-4d2b-9b15-21df5fa575e9', displayName: 'Scope', type: 'Text' },
    { name: F.status, id: '5bb90b8b-10f8-4b86-b5f7-1dac7bf997ce', displayName: 'Status', type: 'Choice', indexed: true, choices: assessmentStatusSchema.options, defaultValue: DEFAULT_ASSESSMENT_STATUS },
    { name: F.targetProfile, id: 'e36e938f-931d-4750-a44e-6860f0f5bbe4', displayName: 'Target profile', type: 'Text' },
    { name: F.lead, id: 'f73556bb-d691-4715-8a99-2a89db7992e1', displayName: 'Lead', type: 'Text' },
    { name: F.facilitator, id: 'e61674a5-4aaf-4e25-871c-3d42cc3da9f3', displayName: 'Facilitator', type: 'Text' },
    { name: F.startDate, id: '383fdb61-05ab-4bf8-a36d-e551944bff89', displayName: 'Start date', type: 'DateTime', dateOnly: true },
    { name: F.closedDate, id: '36131c6c-10c0-43ac-921e-25cd654fee98', displayName: 'Closed date', type: 'DateTime', dateOnly: true },
    { name: F.runBudgetPercent, id: 'a777e678-123f-42f4-90af-33cf72b252d6', displayName: 'Run budget (%)', type: 'Number' },
    // Schema version 3: the set-up of an assessment round.
    { name: F.dueDate, id: '513a5366-790e-4007-a299-d56b97638eec', displayName: 'Due date', type: 'DateTime', dateOnly: true },
    { name: F.inScope, id: '094861ad-60d0-4bb6-8696-34143489d77e', displayName: 'Capabilities in scope (JSON)', type: 'Note', json: true },
    { name: F.previousAssessmentId, id: '2637bd36-96d1-4127-b1f6-cbc87870b8be', displayName: 'Previous assessment ID', type: 'Number' },
    // Schema version 5: the IT budget split recorded with the assessment (run and improve amounts
    // in pounds for a financial year such as "2026/27"; or only the run share in per cent above),
    // which the dashboard sets against the 70/30 benchmark and the roadmap against its costs.
    { name: F.budgetYear, id: '6b0f2f0e-5a8e-4b8f-9d51-3f7c1b2e4a61', displayName: 'Budget year', type: 'Text' },
    { name: F.runBudget, id: '0c6f3a9d-2b7e-4e15-8f3a-7d9b1c2e5f72', displayName: 'Run budget (GBP)', type: 'Number' },
    { name: F.improveBudget, id: 'f1d2c3b4-a596-4871-8c6d-5e4f3a2b1c83', displayName: 'Improve budget (GBP)', type: 'Number' }
  ]
};

const responses: ListDef = {
  title: LISTS.responses,
  description: 'One item per assessment and capability: answers, agreed level, rationale. Versioned.',
  template: 100,
  versioning: true,
  fields: [
    { name: F.assessmentId, id: 'f995aab9-d96f-4525-863c-0bd8b61e7138', displayName: 'Assessment ID', type: 'Number', indexed: true },
    { name: F.capabilityKey, id: 'd883308b-315b-4deb-8b2b-274246b9969c', displayName: 'Capability key', type: 'Text', indexed: true },
    { name: F.status, id: 'ae8b8d97-573c-4682-9e1d-c3acbc301647', displayName: 'Status', type: 'Choice', indexed: true, choices: responseStatusSchema.options, defaultValue: DEFAULT_RESPONSE_STATUS },
    { name: F.notApplicable, id: '9d80fce9-ff4f-427e-b376-3ff54dd2c2fd', displayName: 'Not applicable', type: 'Boolean', defaultValue: '0' },
    { name: F.agreedLevel, id: 'c908d9d3-f9ea-47f3-acf1-7f9b9fc071ed', displayName: 'Agreed level', type: 'Number' },
    { name: F.rationale, id: '880f3e58-d91c-44b2-a85b-1cb57f4e639c', displayName: 'Rationale', type: 'Note' },
    { name: F.answers, id: '4e006b29-65e4-452c-a0b3-da2242cb1550', displayName: 'Answers (JSON)', type: 'Note', json: true },
    { name: F.improvementIdeas, id: 'b2592911-6c62-49df-8618-a5f8c6e3db9e', displayName: 'Improvement ideas', type: 'Note' },
    { name: F.owner, id: '8e4c20e9-8010-4e4b-827d-7e3095cacaa8', displayName: 'Owner', type: 'Text' },
    { name: F.reviewer, id: '32519814-41e4-4d57-a88f-8785e85e0fd2', displayName: 'Reviewer', type: 'Text' },
    // "<assessment id>/<capability key>": one response per pair, enforced by SharePoint itself
    // (EnforceUniqueValues, turned on by ensureResponseKeys once existing items have a key).
    {
      name: F.responseKey,
      id: '6d3f8a52-93c1-4d7e-8b0a-2f4e91c7a6b5',
      displayName: 'Response key',
      type: 'Text',
      indexed: true,
      unique: true,
      description: 'Assessment ID and capability key. SharePoint refuses a second response for the same pair.'
    },
    // Schema version 3: a note with each criterion's answer, review, and who agreed the level.
    { name: F.criterionNotes, id: '9075862b-ceca-4a6e-8c2b-1fe95f196f51', displayName: 'Criterion notes (JSON)', type: 'Note', json: true },
    { name: F.reviewComment, id: '4b27e570-330c-435b-bc87-d220d5bef6af', displayName: 'Review comment', type: 'Note' },
    { name: F.agreedBy, id: '32cb3bd3-70de-4bc5-8caf-15ea075d4363', displayName: 'Agreed by', type: 'Text' },
    { name: F.agreedAt, id: 'e35655ec-0712-4b95-bcd3-6b8457de3811', displayName: 'Agreed at', type: 'DateTime' },
    { name: F.ownerLogin, id: '7f193c63-75a3-42ec-8ac2-97894fd021a1', displayName: 'Owner login', type: 'Text' },
    { name: F.reviewerLogin, id: 'd2427ddc-462b-446e-827f-1d04f2865fb3', displayName: 'Reviewer login', type: 'Text' }
  ]
};

const evidence: ListDef = {
  title: LISTS.evidence,
  description: 'Evidence files and links for assessments, tagged with assessment, capability and criterion.',
  template: 101,
  versioning: true,
  fields: [
    { name: F.assessmentId, id: '0234d773-5c20-4834-8542-25984a482f35', displayName: 'Assessment ID', type: 'Number', indexed: true },
    { name: F.capabilityKey, id: '95cfd737-311b-4731-ac56-bba2498c12c7', displayName: 'Capability key', type: 'Text', indexed: true },
    { name: F.criterionKey, id: '3613a0cb-f843-42c6-9e4c-6f9569e774e6', displayName: 'Criterion key', type: 'Text' },
    { name: F.description, id: 'af8b7831-f619-4589-a225-cf55c53e6f47', displayName: 'Evidence description', type: 'Note' },
    { name: F.expires, id: '891c8459-a76d-4790-a590-637f574fe11f', displayName: 'Expires', type: 'DateTime', dateOnly: true },
    { name: F.reviewStatus, id: 'e81064e7-cbe3-4bb1-a21d-01aee7ea8545', displayName: 'Review status', type: 'Choice', choices: evidenceReviewStatusSchema.options, defaultValue: DEFAULT_EVIDENCE_REVIEW_STATUS },
    { name: F.linkUrl, id: 'f759b37c-4822-4626-a6e1-52678eeb9bde', displayName: 'Link address', type: 'Note' }
  ]
};

const roadmapActions: ListDef = {
  title: LISTS.roadmapActions,
  description: 'Planned improvement steps of each assessment: capability, levels, phase, owner, due date.',
  template: 100,
  versioning: true,
  fields: [
    { name: F.assessmentId, id: '9c50d419-bb40-4d20-81fb-79045bda42cc', displayName: 'Assessment ID', type: 'Number', indexed: true },
    { name: F.capabilityKey, id: 'e2232c49-a62e-4653-a86b-a17424e066de', displayName: 'Capability key', type: 'Text', indexed: true },
    { name: F.fromLevel, id: '0cc288b5-7343-40a5-8ee9-8331930fa3b8', displayName: 'From level', type: 'Number' },
    { name: F.toLevel, id: '7ab00a6f-df0d-457f-9c06-519be17bbc1e', displayName: 'To level', type: 'Number' },
    { name: F.phase, id: 'fcc70c5f-d2a1-4eb8-b5be-66a9d20b76ed', displayName: 'Phase', type: 'Number' },
    { name: F.owner, id: '3b96faab-8de3-4426-8e19-eddf86752c54', displayName: 'Owner', type: 'Text' },
    { name: F.dueDate, id: '336ac0d7-9f4a-4fec-9474-a582d9aeb423', displayName: 'Due date', type: 'DateTime', dateOnly: true },
    { name: F.status, id: '5259c767-ebb7-46c9-88d3-bffff8cc9653', displayName: 'Status', type: 'Choice', indexed: true, choices: roadmapActionStatusSchema.options, defaultValue: DEFAULT_ROADMAP_ACTION_STATUS },
    { name: F.estimateDays, id: '0e926815-7e3d-4c24-b8ed-83f2008a80fd', displayName: 'Estimate (days)', type: 'Number' },
    { name: F.estimateCost, id: '5cf34e08-802f-4ade-baf6-bfad90cd3d03', displayName: 'Estimate (£)', type: 'Number' },
    { name: F.notes, id: '3beb47b4-5674-40e2-84ef-ccdf04a943ed', displayName: 'Notes', type: 'Note' },
    // Schema version 6: the roadmap web part's plan. An action it made carries its step
    // ("capability:level"), so a re-plan finds it again and leaves actions added by hand alone;
    // the owner's sign-in name beside the name shown; the phase's start date (the due date is the
    // phase's end); and the assessment's improvement ideas for the capability, copied in when planned.
    // The status gained the value 'obsolete' (choices.ts), added to the column by ensureSchema.
    { name: F.stepKey, id: '876e9d93-25ba-4f0b-a0e0-384f542e5e17', displayName: 'Planned step', type: 'Text' },
    { name: F.ownerLogin, id: '2c81db57-5686-45e9-bdb0-32b957df909a', displayName: 'Owner login', type: 'Text' },
    { name: F.startDate, id: '01f33925-0473-465f-9807-02385c543018', displayName: 'Start date', type: 'DateTime', dateOnly: true },
    { name: F.improvementIdeas, id: '741dbf6b-19c4-4aad-b200-ee011caf43e1', displayName: 'Improvement ideas', type: 'Note' }
  ]
};

/**
 * Schema version 6: the settings of each assessment's roadmap plan (the goal profile, the capacity
 * per phase in steps or person-days, the phase length in months, the start date and the effort of
 * a step not yet estimated), one item per assessment, as JSON in one column beside the profile key.
 * The plan's steps are its roadmap actions (each with its effort and cost), so the plan is the
 * settings item plus the actions; each has its own ETag. "Plan key" (the assessment ID) is unique,
 * enforced by SharePoint, and a first save writes this item before any action in the same $batch:
 * when two people save a first plan at the same moment, the second add is refused and SharePoint
 * runs nothing after it, so no action is added twice. Members edit it, like the actions.
 */
const roadmapPlans: ListDef = {
  title: LISTS.roadmapPlans,
  description: 'The roadmap plan of each assessment: goal profile, capacity per phase, phase length and start date. Its steps are in NIMM Roadmap Actions.',
  template: 100,
  versioning: true,
  fields: [
    { name: F.assessmentId, id: '55a7c175-005e-4790-b8b3-26fd7179be8b', displayName: 'Assessment ID', type: 'Number', indexed: true },
    { name: F.profileKey, id: '6a737b95-793d-4a0b-9999-75f72740a16a', displayName: 'Profile key', type: 'Text' },
    { name: F.planSettings, id: '7f069a00-19df-4981-9baf-f02faaba79e8', displayName: 'Plan settings (JSON)', type: 'Note', json: true },
    {
      name: F.planKey,
      id: '8ce7602a-b9f0-4d6f-a56d-03bbfc42964c',
      displayName: 'Plan key',
      type: 'Text',
      indexed: true,
      unique: true,
      description: 'The assessment ID. SharePoint refuses a second plan for the same assessment.'
    }
  ]
};

/**
 * Schema version 4: workshop mode. One item per (assessment, capability, participant) holding that
 * person's own score for each perspective, so each person writes only their own item (no merge
 * with anyone else's scores, one ETag each). Whether the facilitator has revealed a capability's
 * scores is one more item of the same list, whose participant is REVEAL_LOGIN ("*reveal*", which
 * no sign-in name can be) and whose "Revealed" column says yes or no. It is not a column on the
 * response, because every member edits responses; nor on the assessment, for the same reason and
 * because a reveal is per capability. Members can still write that item through REST: the store
 * refuses a reveal by anyone but the facilitator or a site owner, SharePoint does not (see
 * docs/sharepoint-site.md, "Workshop scores").
 */
const workshopScores: ListDef = {
  title: LISTS.workshopScores,
  description: 'Workshop mode: each participant\'s own scores for the perspectives of a capability, and whether the facilitator has revealed them.',
  template: 100,
  // Who changed a score, and who revealed the scores when, is SharePoint's own record.
  versioning: true,
  fields: [
    { name: F.assessmentId, id: '2d27417a-dc25-4c57-b3d5-afd890150481', displayName: 'Assessment ID', type: 'Number', indexed: true },
    { name: F.capabilityKey, id: '473c1f1d-f059-4179-aaa2-6a59cfa20a5e', displayName: 'Capability key', type: 'Text', indexed: true },
    { name: F.participantLogin, id: '0dcceab1-a912-42b5-9652-05ae32f4dc9d', displayName: 'Participant login', type: 'Text' },
    { name: F.participantName, id: 'f505e793-5634-41b8-b609-41879ac14eb4', displayName: 'Participant', type: 'Text' },
    { name: F.workshopScores, id: '6c6742eb-c1ad-43e9-91e5-97b6e61570a6', displayName: 'Scores (JSON)', type: 'Note', json: true },
    { name: F.revealed, id: '8cbe24f5-dbc7-425f-bcd5-79f11fb1514c', displayName: 'Revealed', type: 'Boolean', defaultValue: '0' },
    // "<assessment id>/<capability key>/<participant login>": one item per participant, enforced by
    // SharePoint itself (EnforceUniqueValues, turned on by ensureWorkshopKeys).
    {
      name: F.workshopKey,
      id: 'c2138a73-644e-4897-a48b-c90f06ea95f7',
      displayName: 'Workshop key',
      type: 'Text',
      indexed: true,
      unique: true,
      description: 'Assessment ID, capability key and participant. SharePoint refuses a second item for the same participant.'
    }
  ]
};

/**
 * Schema version 7: profiles a trust keeps on its own site (a deployment group's service profile,
 * such as an EPR programme's), apart from the published model's. One item per profile; its target
 * levels are JSON by capability key, so a profile outlives model versions (a target naming a
 * capability a later version lacks is kept and reported, not planned). "Profile key" is unique,
 * enforced by SharePoint. The list inherits the site's permissions, so members may create and
 * change local profiles, until a site owner chooses "site owners only" on the site set-up web
 * part, which gives the list its own permissions as for the model lists (schema/permissions.ts):
 * the rule is SharePoint's, not the page's. Set-up never changes the list's permissions after
 * creating it, so the owner's choice stays.
 */
const localProfiles: ListDef = {
  title: LISTS.localProfiles,
  description: 'Profiles kept on this site (for example a deployment group\'s service profile): target levels by capability key, kept across model versions.',
  template: 100,
  versioning: true,
  fields: [
    {
      name: F.profileKey,
      id: 'a3c8e1f4-6b2d-4f7a-9e05-1d8c7b6a5f43',
      displayName: 'Profile key',
      type: 'Text',
      indexed: true,
      unique: true,
      description: 'The profile\'s key. SharePoint refuses a second local profile with the same key.'
    },
    { name: F.profileKind, id: 'b7d2f9a1-3e4c-4b8d-a6f0-2c9e8d7b1a54', displayName: 'Kind', type: 'Choice', choices: profileKindSchema.options },
    { name: F.basedOn, id: 'c1e5a8b3-9f2d-4c6e-b7a4-3d0f9e8c2b65', displayName: 'Based on', type: 'Text' },
    { name: F.detail, id: 'd4f6b2c8-1a3e-4d9f-8c5b-4e1a0f9d3c76', displayName: 'Profile (JSON)', type: 'Note', json: true }
  ]
};

/** The schema this code needs, at SCHEMA_VERSION. Settings comes first: it records the version. */
export const NIMM_SCHEMA: SchemaDef = {
  version: SCHEMA_VERSION,
  lists: [settings, modelVersions, capabilities, profiles, assessments, responses, evidence, roadmapActions, workshopScores, roadmapPlans, localProfiles]
};

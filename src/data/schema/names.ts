/**
 * List titles and column internal names in one place, so queries, mappers and the schema
 * cannot drift apart. Internal names carry a "Nimm" prefix so they never collide with
 * SharePoint's own columns (a list already has Status-like and Owner-like built-ins on some
 * templates) or with columns a trust adds by hand.
 */

/** Titles of the suite's lists; every one starts "NIMM " so they sort together in Site contents. */
export const LISTS = {
  settings: 'NIMM Settings',
  modelVersions: 'NIMM Model Versions',
  capabilities: 'NIMM Capabilities',
  profiles: 'NIMM Profiles',
  assessments: 'NIMM Assessments',
  responses: 'NIMM Responses',
  evidence: 'NIMM Evidence',
  roadmapActions: 'NIMM Roadmap Actions',
  // Schema version 4.
  workshopScores: 'NIMM Workshop Scores',
  // Schema version 6.
  roadmapPlans: 'NIMM Roadmap Plans',
  // Schema version 7.
  localProfiles: 'NIMM Local Profiles'
} as const;

/** Column internal names. */
export const F = {
  value: 'NimmValue',
  modelKey: 'NimmModelKey',
  version: 'NimmVersion',
  status: 'NimmStatus',
  header: 'NimmHeader',
  capabilityCount: 'NimmCapabilityCount',
  profileCount: 'NimmProfileCount',
  publishedAt: 'NimmPublishedAt',
  modelVersionId: 'NimmModelVersionId',
  capabilityKey: 'NimmCapabilityKey',
  categoryKey: 'NimmCategoryKey',
  order: 'NimmOrder',
  detail: 'NimmDetail',
  profileKey: 'NimmProfileKey',
  profileKind: 'NimmProfileKind',
  modelVersion: 'NimmModelVersion',
  scope: 'NimmScope',
  targetProfile: 'NimmTargetProfile',
  lead: 'NimmLead',
  facilitator: 'NimmFacilitator',
  startDate: 'NimmStartDate',
  closedDate: 'NimmClosedDate',
  runBudgetPercent: 'NimmRunBudgetPercent',
  budgetYear: 'NimmBudgetYear',
  runBudget: 'NimmRunBudget',
  improveBudget: 'NimmImproveBudget',
  assessmentId: 'NimmAssessmentId',
  notApplicable: 'NimmNotApplicable',
  agreedLevel: 'NimmAgreedLevel',
  rationale: 'NimmRationale',
  answers: 'NimmAnswers',
  improvementIdeas: 'NimmImprovementIdeas',
  owner: 'NimmOwner',
  reviewer: 'NimmReviewer',
  criterionKey: 'NimmCriterionKey',
  description: 'NimmDescription',
  expires: 'NimmExpires',
  reviewStatus: 'NimmReviewStatus',
  linkUrl: 'NimmLinkUrl',
  fromLevel: 'NimmFromLevel',
  toLevel: 'NimmToLevel',
  phase: 'NimmPhase',
  dueDate: 'NimmDueDate',
  estimateDays: 'NimmEstimateDays',
  estimateCost: 'NimmEstimateCost',
  notes: 'NimmNotes',
  responseKey: 'NimmResponseKey',
  // Schema version 3.
  criterionNotes: 'NimmCriterionNotes',
  reviewComment: 'NimmReviewComment',
  agreedBy: 'NimmAgreedBy',
  agreedAt: 'NimmAgreedAt',
  ownerLogin: 'NimmOwnerLogin',
  reviewerLogin: 'NimmReviewerLogin',
  inScope: 'NimmInScope',
  previousAssessmentId: 'NimmPreviousAssessmentId',
  // Schema version 4: workshop mode.
  participantLogin: 'NimmParticipantLogin',
  participantName: 'NimmParticipantName',
  workshopScores: 'NimmWorkshopScores',
  revealed: 'NimmRevealed',
  workshopKey: 'NimmWorkshopKey',
  // Schema version 6: roadmap plans, and the roadmap actions a plan manages.
  stepKey: 'NimmStepKey',
  planKey: 'NimmPlanKey',
  planSettings: 'NimmPlanSettings',
  // Schema version 7: local profiles (their key, kind and detail reuse profileKey, profileKind, detail).
  basedOn: 'NimmBasedOn'
} as const;

/** Title of the NIMM Settings item holding the schema version. */
export const SCHEMA_VERSION_KEY = 'schemaVersion';

/** SharePoint's limit on a multi-line text column's length: per-item JSON must stay under it. */
export const NOTE_FIELD_LIMIT = 63999;

/** SharePoint's limit on a single line of text. */
export const TEXT_FIELD_LIMIT = 255;

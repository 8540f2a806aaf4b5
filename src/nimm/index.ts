/**
 * The NIMM domain engine: pure TypeScript over plain data, the same in the browser, in Node
 * (CLI, tests, benchmarks) and in the local workbench. Import from here, not from the files.
 */
export * from './model/schema';
export { keyProblem, suggestKey, KEY_RULE } from './model/keys';
export type { Problem, ValidationResult } from './validation/problems';
export { formatPath } from './validation/problems';
export { validateModel } from './model/validateModel';
export { validateAssessment } from './assessment/validateAssessment';
export { indexModel } from './model/modelIndex';
export type { ModelIndex, CapabilityIndex, CriterionLocation, IndexedRequirement, IndexedDependent } from './model/modelIndex';
export { highestAttainableLevel, highestDefinedLevel } from './model/capabilityFacts';
export { findDependencyCycles, describeCycle } from './model/dependencyGraph';
export type { DependencyCycle, CycleEdge, LevelNode } from './model/dependencyGraph';
export { responseStatus } from './assessment/responses';
export type { CapabilityStatus } from './assessment/responses';
export { scoreAssessment } from './scoring/scoreAssessment';
export type { CapabilityScore, ProfileGap, ProfileResult, RollUp, ScoreOptions, ScoreReport } from './scoring/types';
export { planRoadmap } from './roadmap/planRoadmap';
export type { RoadmapPhase, RoadmapReport, RoadmapStep, UnreachableTarget } from './roadmap/types';
export { analyseImpact } from './impact/analyseImpact';
export type { ImpactReport, LevelChange, ProfileChange, ProfileStanding } from './impact/types';
export { NimmError } from './errors';
export type { NimmErrorCode } from './errors';
export { searchCapabilities, SEARCH_FIELDS } from './assessment/capabilitySearch';
export type { CapabilitySearchResult, SearchField, TermMatch } from './assessment/capabilitySearch';
export { SEARCH_SYNONYMS } from './assessment/searchSynonyms';
export type { SynonymGroup } from './assessment/searchSynonyms';
export { capabilitiesInScope } from './assessment/scope';
export type { AssessmentScope } from './assessment/scope';
export { assessmentProgress, workflowStatus, workflowStatusSchema, WORKFLOW_STATUSES, COMPLETE_STATUSES } from './assessment/progress';
export type { AssessmentProgress, CategoryProgress, ProgressFigures, TrackedResponse, WorkflowStatus } from './assessment/progress';
export { explainCapability } from './assessment/explainCapability';
export type { CapabilityExplanation, ResponsesOrAssessment } from './assessment/explainCapability';
export type { HoldBack, UnmetRequirement } from './assessment/holdBack';
export type { CriteriaCounts, CriterionToDo, NextLevelProgress, PerspectiveToDo } from './assessment/nextLevel';
export { perspectiveSpread, DISCUSSION_SPREAD } from './assessment/workshop';
export type { ParticipantScores, PerspectiveSpread, SpreadOptions, WorkshopSpread } from './assessment/workshop';

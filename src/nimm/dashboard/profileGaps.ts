/**
 * A profile on the dashboard: its readiness and gaps as rule 7 of docs/scoring.md gives them,
 * and, for each gap, what comes next: the dependencies holding the capability back and the
 * criteria of its next level still to meet (the same facts the assessment screen explains).
 * An entitlement profile also gets a checklist with its evidence (see entitlementChecklist).
 */
import { explainCapability } from '../assessment/explainCapability';
import type { HoldBack } from '../assessment/holdBack';
import type { NextLevelProgress } from '../assessment/nextLevel';
import type { CapabilityStatus } from '../assessment/responses';
import { indexModel, ModelIndex } from '../model/modelIndex';
import type { Assessment, Model, Profile, ProfileKind } from '../model/schema';
import { profileResult } from '../scoring/profileResults';
import { scoreAssessment } from '../scoring/scoreAssessment';
import type { ScoreReport } from '../scoring/types';
import { EntitlementChecklist, entitlementChecklist } from './checklist';
import type { EvidenceRecord } from './evidence';
import { capabilityName, count, describeLevel, formatOneDecimal } from './format';
import { assessmentIssues, DashboardIssue } from './issues';
import { reportHas, reportPositions, scoreOf } from './reportRows';

/** Options for profileGaps. */
export interface ProfileGapOptions {
  /** The assessment's score report, when the screen already has it (saves scoring twice). */
  report?: ScoreReport;
  /** Evidence to attach to an entitlement profile's checklist. */
  evidence?: readonly EvidenceRecord[];
  /** Today as YYYY-MM-DD, to flag expired evidence; without it expiry is not checked. */
  today?: string;
}

/** What a profile is, for the heading. */
export interface ProfileSummary {
  key: string;
  name: string;
  kind: ProfileKind;
  description: string | null;
  /** Where an entitlement's thresholds come from and who sets them. */
  localSettingsNote: string | null;
}

/** What a capability needs next to close its gap. */
export interface GapNextStep {
  /** Dependencies of levels up to the target that hold it below its assessed level: fix these first. */
  holdBacks: HoldBack[];
  /**
   * The level above the computed level (as on the assessment screen) with its criteria still to
   * meet, by perspective, and the dependencies that level needs. Null when the assessed level
   * already reaches the target (only dependencies stand in the way), at the model's top level,
   * or for a capability the model does not have.
   */
  nextLevel: NextLevelProgress | null;
  /** What to do, in plain sentences, in reading order. */
  sentences: string[];
}

/** One counted target of the profile (rule 7). */
export interface CapabilityGap {
  capability: string;
  /** Its display name; its key when the model does not have it. */
  name: string;
  /** False for a target on a capability the model does not have: it counts against level 1 and can never be met. */
  inModel: boolean;
  status: CapabilityStatus;
  target: number;
  /** Rule 3 (agreed, else computed). */
  assessedLevel: number;
  /** Rule 4: the level compared with the target. */
  effectiveLevel: number;
  /** max(0, target - effective level). */
  gap: number;
  met: boolean;
  /** What comes next; null when met. */
  next: GapNextStep | null;
}

/** A target rule 7 leaves out, and why. */
export interface LeftOutTarget {
  capability: string;
  name: string;
  target: number;
  reason: string;
}

/** A profile against an assessment. */
export interface ProfileGapReport {
  /** Null when the profile asked for is not in the model: nothing else is filled in then. */
  profile: ProfileSummary | null;
  /** Rule 7: every counted target met. */
  met: boolean;
  /** Rule 7: share (0..1) of counted targets met; 1 when none is counted; null when the profile is not found. */
  readiness: number | null;
  /** Targets counted (those on not-applicable capabilities are left out). */
  counted: number;
  /** Counted targets with a gap of 0. */
  targetsMet: number;
  /** e.g. "7 of 10 targets met: 70% ready." */
  sentence: string;
  /** Every counted target, gap 0 included, in the profile's order. */
  gaps: CapabilityGap[];
  /** Targets on capabilities marked not applicable. */
  leftOut: LeftOutTarget[];
  /** For an entitlement profile, the checklist with its evidence; null for other kinds. */
  checklist: EntitlementChecklist | null;
  issues: DashboardIssue[];
}

/**
 * The gaps to a profile: one of the model's (by key) or a profile given in full (a trust's own
 * thresholds). A key the model does not have is reported in `issues`, not thrown.
 */
export function profileGaps(model: Model, assessment: Assessment, profileOrKey: string | Profile, options: ProfileGapOptions = {}): ProfileGapReport {
  const index = indexModel(model);
  const issues = assessmentIssues(index, assessment);
  const profile = typeof profileOrKey === 'string' ? index.profileByKey.get(profileOrKey) : profileOrKey;
  if (profile === undefined) {
    issues.push({ subject: String(profileOrKey), message: `There is no profile '${String(profileOrKey)}' in model '${model.key}' version ${model.version}.` });
    return { profile: null, met: false, readiness: null, counted: 0, targetsMet: 0, sentence: `There is no profile '${String(profileOrKey)}' to compare with.`, gaps: [], leftOut: [], checklist: null, issues };
  }

  // The explanations read the report for every capability: one made with another model version is not used.
  const report = options.report !== undefined && coversModel(index, options.report) ? options.report : scoreAssessment(model, assessment);
  // Rule 7 exactly as scoring applies it, over the report's effective levels.
  const result = profileResult(index, profile, reportPositions(index, report).effective);
  const gaps = result.gaps.map((gap): CapabilityGap => {
    const entry = index.capabilityByKey.get(gap.capability);
    const score = scoreOf(report, gap.capability);
    const inModel = entry !== undefined;
    const met = gap.gap === 0;
    return {
      capability: gap.capability,
      name: capabilityName(index, gap.capability),
      inModel,
      status: score.status,
      target: gap.target,
      assessedLevel: inModel ? (score.assessedLevel as number) : 1,
      effectiveLevel: gap.effectiveLevel,
      gap: gap.gap,
      met,
      next: met ? null : nextStep(index, assessment, report, gap.capability, gap.target)
    };
  });
  const counted = result.gaps.map((gap) => gap.capability);
  const leftOut = Object.keys(profile.targets)
    .filter((key) => counted.indexOf(key) === -1)
    .map((key): LeftOutTarget => ({
      capability: key,
      name: capabilityName(index, key),
      target: profile.targets[key],
      reason: `${capabilityName(index, key)} is marked not applicable, so its target is left out.`
    }));
  Object.keys(profile.targets).forEach((key) => {
    if (!index.capabilityByKey.has(key)) {
      issues.push({ subject: key, message: `Profile '${profile.key}' has a target for '${key}', which is not in model '${model.key}' version ${model.version}: it counts as level 1 and can never be met.` });
    } else if (profile.targets[key] > index.topLevel) {
      issues.push({ subject: key, message: `Profile '${profile.key}' asks for level ${profile.targets[key]} of '${key}', above the model's highest level, ${index.topLevel}: it can never be met.` });
    }
  });
  const targetsMet = gaps.filter((g) => g.met).length;
  const checklist =
    profile.kind === 'entitlement' ? entitlementChecklist(index, profile, gaps, leftOut, options.evidence ?? [], options.today ?? null, issues) : null;
  return {
    profile: {
      key: profile.key,
      name: profile.name,
      kind: profile.kind,
      description: profile.description ?? null,
      localSettingsNote: profile.localSettingsNote ?? null
    },
    met: result.met,
    readiness: result.readiness,
    counted: gaps.length,
    targetsMet,
    sentence: readinessSentence(gaps.length, targetsMet, result.readiness),
    gaps,
    leftOut,
    checklist,
    issues
  };
}

function readinessSentence(counted: number, targetsMet: number, readiness: number): string {
  if (counted === 0) {
    return 'No target applies here, so the profile is met: there is nothing to meet.';
  }
  const ready = `${targetsMet} of ${count(counted, 'target', 'targets')} met: ${formatOneDecimal(readiness * 100)}% ready`;
  return targetsMet === counted ? `${ready}, so the profile is met.` : `${ready}.`;
}

/** What a capability below its target needs next, from its explanation. */
function nextStep(index: ModelIndex, assessment: Assessment, report: ScoreReport, key: string, target: number): GapNextStep {
  const entry = index.capabilityByKey.get(key);
  if (entry === undefined) {
    return { holdBacks: [], nextLevel: null, sentences: [`'${key}' is not in this version of the model, so this target can never be met.`] };
  }
  const name = entry.capability.name;
  const explanation = explainCapability(index.model, assessment, key, report);
  const sentences: string[] = [];
  const effective = explanation.effectiveLevel as number;
  const assessed = explanation.assessedLevel as number;
  sentences.push(
    explanation.status === 'not-assessed'
      ? `${name} needs ${describeLevel(index, target)}; it has not been assessed, so counts as level 1.`
      : `${name} needs ${describeLevel(index, target)} and counts at level ${effective}.`
  );
  if (target > index.topLevel) {
    sentences.push(`Level ${target} is above the model's highest level, ${index.topLevel}, so this target can never be met.`);
  }
  const holdBacks = explanation.holdBacks.filter((h) => h.forLevel <= target);
  holdBacks.forEach((h) => sentences.push(h.sentence));
  const next = assessed < target ? explanation.nextLevel : null;
  if (next !== null) {
    if (next.applicable === 0 && next.notApplicable === 0) {
      sentences.push(`Level ${next.level} has no criteria for ${name} in this model, so answers cannot reach it.`);
    } else {
      const toDo = next.perspectives.filter((p) => p.toDo.length > 0).map((p) => `${p.toDo.length} in ${p.name}`);
      sentences.push(`Towards level ${next.level}: ${next.summary}${next.partial > 0 ? `, ${next.partial} partly` : ''}${toDo.length > 0 ? `; still to do: ${toDo.join(', ')}` : ''}.`);
      next.requirements.forEach((r) => sentences.push(r.sentence));
    }
  } else if (holdBacks.length > 0 && assessed >= target) {
    sentences.push(`Its assessed level, ${assessed}, already reaches the target: only the dependencies above stand in the way.`);
  }
  return { holdBacks, nextLevel: next, sentences };
}

function coversModel(index: ModelIndex, report: ScoreReport): boolean {
  return index.capabilities.every((entry) => reportHas(report, entry.capability.key));
}

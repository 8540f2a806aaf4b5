/**
 * The roadmap web part's plan, worked out in the browser from what was loaded and what the person
 * has set on the page: the engine's roadmap (rules 8 and 10 of docs/scoring.md) for the chosen
 * profile, capacity and efforts, its phases as dates, the readiness after each phase, each step's
 * work to do and links, and the merge with the actions already saved (what saving would write).
 * Pure functions of their inputs, so the plan re-flows on every change without asking SharePoint.
 */
import { domainAssessment } from '../../data/mappers/domainAssessment';
import { mergeRoadmap, type PlannedStep, type RoadmapMerge, type StepEdits } from '../../data/merge/mergeRoadmap';
import { asModelProfile } from '../../data/mappers/localProfile';
import { settingsOf } from '../../data/mappers/roadmapPlan';
import { CUSTOM_GOAL, type LocalProfile, type RoadmapAction, type RoadmapActionSave, type RoadmapActionStatus, type RoadmapPlan, type RoadmapPlanSettings, type RoadmapView, type StoredResponse } from '../../data/types';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { formatString } from '../../loc/strings';
import {
  phaseDates,
  planRoadmap,
  profileForModel,
  roadmapReadiness,
  roadmapStepLinks,
  scoreAssessment,
  stepKey,
  type Assessment,
  type Capability,
  type Model,
  type PhaseDates,
  type Profile,
  type RoadmapReadiness,
  type RoadmapReport,
  type ScoreReport
} from '../../nimm';

export { settingsOf };

/** The phase lengths offered, in months. */
export const PHASE_LENGTHS = [1, 3, 6, 12];

/** Person-days a step not yet estimated counts for in a new plan. */
export const DEFAULT_EFFORT_DAYS = 5;

/** What the person has changed about one step on the page, not yet saved. */
export interface StepDraft extends StepEdits {
  estimateDays?: number | null;
  estimateCost?: number | null;
}

/** What is on the site for the plan now (as loaded, then as each save left it). */
export interface StoredPlan {
  plan: RoadmapPlan | null;
  actions: RoadmapAction[];
  earlier: RoadmapView['earlier'];
}

/** Worked out once per load: the assessment as the engine reads it and its score. */
export interface PlanBase {
  view: RoadmapView;
  model: Model;
  assessment: Assessment;
  score: ScoreReport;
  responses: Map<string, StoredResponse>;
  capabilities: Map<string, Capability>;
  /** The score against the last goal that is not one of the model's profiles, kept while that goal is unchanged. */
  goalScore?: { profile: Profile; score: ScoreReport };
}

/** Where a goal comes from: the published model, this site's local profiles, or picked by hand. */
export type GoalSource = 'model' | 'local' | 'custom';

/** A goal as the engine plans to it, and what of it could not be planned against this model. */
export interface Goal {
  profile: Profile;
  source: GoalSource;
  /** The local profile, when the goal is one. */
  local: LocalProfile | null;
  /** Targets naming capabilities this model version does not have (kept on the site, not planned). */
  notInModel: string[];
  /** Targets above the model's top level, planned to the top level. */
  capped: string[];
}

/**
 * The goal the settings name: a profile of the model, one of the site's local profiles (its targets
 * by capability key read against this model version), or the levels picked by hand. Null when the
 * settings name a profile that is neither (withdrawn, or deleted from the site).
 */
export function goalOf(base: PlanBase, settings: RoadmapPlanSettings, localProfiles: LocalProfile[]): Goal | null {
  const own = base.model.profiles.filter((p) => p.key === settings.profile)[0];
  if (own) return { profile: own, source: 'model', local: null, notInModel: [], capped: [] };
  if (settings.profile === CUSTOM_GOAL) {
    if (!settings.customTargets) return null;
    const read = profileForModel(base.model, { key: CUSTOM_GOAL, name: strings.CustomGoalName, kind: 'target', targets: settings.customTargets });
    return { profile: read.profile, source: 'custom', local: null, notInModel: read.notInModel, capped: read.capped };
  }
  const local = localProfiles.filter((p) => p.key === settings.profile)[0];
  if (!local) return null;
  const read = profileForModel(base.model, asModelProfile(local));
  return { profile: read.profile, source: 'local', local, notInModel: read.notInModel, capped: read.capped };
}

/** The model and score to plan a goal with: the model's own for its profiles, else with the goal added. */
function goalModelAndScore(base: PlanBase, goal: Goal): { model: Model; score: ScoreReport } {
  if (goal.source === 'model') return { model: base.model, score: base.score };
  const model: Model = { ...base.model, profiles: [goal.profile] };
  const kept = base.goalScore;
  if (kept && kept.profile.key === goal.profile.key && sameRecords(kept.profile.targets, goal.profile.targets)) return { model, score: kept.score };
  const score = scoreAssessment(model, base.assessment);
  base.goalScore = { profile: goal.profile, score };
  return { model, score };
}

export function planBase(view: RoadmapView): PlanBase | null {
  if (!view.model || !view.assessment) return null;
  const assessment = domainAssessment(view.model, view.assessment, view.responses);
  const responses = new Map<string, StoredResponse>();
  view.responses.forEach((r) => responses.set(r.capability, r));
  const capabilities = new Map<string, Capability>();
  view.model.capabilities.forEach((c) => capabilities.set(c.key, c));
  return { view, model: view.model, assessment, score: scoreAssessment(view.model, assessment), responses, capabilities };
}

/** Today as YYYY-MM-DD in the reader's own time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The first day of the month after the one `date` is in. */
export function firstOfNextMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${month + 1 < 10 ? '0' : ''}${month + 1}-01`;
}

/** Whether two records of levels or phases by key (a goal's targets, a plan's holds) are the same; null for none. */
export function sameRecords(a: Record<string, number> | null, b: Record<string, number> | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Whether two sets of settings plan the same. */
export function sameSettings(a: RoadmapPlanSettings, b: RoadmapPlanSettings): boolean {
  const x = settingsOf(a);
  const y = settingsOf(b);
  return (Object.keys(x) as (keyof RoadmapPlanSettings)[]).every((k) =>
    k === 'customTargets' ? sameRecords(x.customTargets, y.customTargets) : k === 'holds' ? sameRecords(x.holds ?? {}, y.holds ?? {}) : x[k] === y[k]
  );
}

/**
 * Where a plan starts: its own saved settings; or those of the earlier plan it continues, starting
 * no earlier than next month; or the assessment's target profile (else the model's first), no
 * limit, quarters, from the first day of next month.
 */
export function initialSettings(view: RoadmapView, today: string): RoadmapPlanSettings {
  if (view.plan) return settingsOf(view.plan);
  const nextMonth = firstOfNextMonth(today);
  if (view.earlier && view.assessment) {
    const earlier = settingsOf(view.earlier.plan);
    return { ...earlier, startDate: earlier.startDate > nextMonth ? earlier.startDate : nextMonth, carriedFrom: view.earlier.assessment.id };
  }
  const profiles = view.model ? view.model.profiles : [];
  const target = view.assessment?.targetProfile;
  // A model without profiles starts with a goal picked by hand (empty until levels are picked).
  const profile = profiles.some((p) => p.key === target) ? (target as string) : profiles.length > 0 ? profiles[0].key : CUSTOM_GOAL;
  const customTargets = profile === CUSTOM_GOAL ? {} : null;
  return { profile, capacity: null, capacityUnit: 'steps', phaseMonths: 3, startDate: nextMonth, defaultEffortDays: DEFAULT_EFFORT_DAYS, carriedFrom: null, customTargets };
}

/** The actions a re-plan continues: this assessment's, and when it has no plan, the earlier plan's. */
export function existingActions(stored: StoredPlan): RoadmapAction[] {
  if (stored.plan || !stored.earlier) return stored.actions;
  return stored.actions.concat(stored.earlier.actions.filter((a) => a.stepKey !== null));
}

/** A criterion of the step's level not yet met. */
export interface WorkItem {
  key: string;
  text: string;
  answer: 'partial' | 'not-met' | null;
}

/** A step as the board shows it. */
export interface BoardStep {
  key: string;
  capability: string;
  name: string;
  level: number;
  levelName: string | null;
  title: string;
  phase: number;
  dates: PhaseDates;
  /** Person-days estimated, or null when not estimated. */
  estimateDays: number | null;
  estimateCost: number | null;
  /** The action on the site this step continues, or null before it is saved. */
  action: RoadmapAction | null;
  owner: string;
  ownerLogin: string;
  status: RoadmapActionStatus;
  notes: string;
  improvementIdeas: string;
  workToDo: WorkItem[];
  waitsOn: string[];
  waitedOnBy: string[];
  overdue: boolean;
  /** The person changed it on the page and has not saved yet. */
  edited: boolean;
  /** The phase it is held back to by hand, or null when it is not held. */
  held: number | null;
}

export interface BoardPhase {
  phase: number;
  dates: PhaseDates;
  steps: BoardStep[];
  /** The phase's effort as the capacity counts it (steps, or person-days). */
  used: number;
  /** Person-days of the phase's steps, those not estimated counted at the plan's default. */
  effortDays: number;
  /** Steps not estimated in the phase. */
  guessed: number;
}

/** An unreachable target in plain words. */
export interface UnreachableLine {
  capability: string;
  name: string;
  target: number;
  reason: string;
}

/** The plan the page shows and would save. */
export interface ComputedPlan {
  settings: RoadmapPlanSettings;
  profile: Profile;
  goal: Goal;
  report: RoadmapReport;
  phases: BoardPhase[];
  steps: Map<string, BoardStep>;
  readiness: RoadmapReadiness;
  unreachable: UnreachableLine[];
  merge: RoadmapMerge;
  /** The actions saving would write: adds, updates, obsolete and done. */
  writes: RoadmapActionSave[];
  /** Whether saving would write the settings. */
  settingsChanged: boolean;
  /** Milliseconds the planning, readiness, links and merge took. */
  elapsedMs: number;
}

function now(): number {
  return typeof performance !== 'undefined' && typeof performance.now === 'function' ? performance.now() : Date.now();
}

/** The engine's reason with each capability key in quotes replaced by the capability's name. */
export function plainReason(reason: string, capabilities: Map<string, Capability>): string {
  return reason.replace(/'([a-z0-9][a-z0-9-]*)'/g, (whole, key: string) => {
    const capability = capabilities.get(key);
    return capability ? capability.name : whole;
  });
}

/** The criteria of a level its answers do not meet yet ('n/a' counts as met). */
export function workToDo(capability: Capability | undefined, level: number, answers: Record<string, string>): WorkItem[] {
  const definition = capability ? capability.levels.filter((l) => l.level === level)[0] : undefined;
  if (!definition) return [];
  return definition.criteria
    .filter((c) => answers[c.key] !== 'met' && answers[c.key] !== 'n/a')
    .map((c) => ({ key: c.key, text: c.text, answer: answers[c.key] === 'partial' ? 'partial' : answers[c.key] === 'not-met' ? 'not-met' : null }));
}

/** The action a step continues among those stored: planned or under way first, then the oldest. */
function storedByStep(actions: RoadmapAction[]): Map<string, RoadmapAction> {
  const order: RoadmapActionStatus[] = ['in-progress', 'planned', 'done', 'dropped', 'obsolete'];
  const byStep = new Map<string, RoadmapAction>();
  actions.forEach((a) => {
    if (a.stepKey === null) return;
    const kept = byStep.get(a.stepKey);
    if (!kept || order.indexOf(a.status) < order.indexOf(kept.status) || (a.status === kept.status && a.itemId < kept.itemId)) byStep.set(a.stepKey, a);
  });
  return byStep;
}

/**
 * Plans from the settings and the person's step changes. Returns null when the profile is not one
 * of the model's (the model has none, or the saved one was withdrawn).
 */
export function computePlan(
  base: PlanBase,
  stored: StoredPlan,
  settings: RoadmapPlanSettings,
  edits: Record<string, StepDraft>,
  today: string,
  localProfiles: LocalProfile[] = []
): ComputedPlan | null {
  const started = now();
  const goal = goalOf(base, settings, localProfiles);
  const assessmentId = base.view.assessment ? base.view.assessment.id : 0;
  if (!goal || assessmentId === 0) return null;
  const profile = goal.profile;
  const planWith = goalModelAndScore(base, goal);
  const existing = existingActions(stored);
  const known = storedByStep(existing);
  const estimate = (key: string): number | null => {
    const edit = edits[key];
    if (edit && edit.estimateDays !== undefined) return edit.estimateDays;
    const action = known.get(key);
    return action ? action.estimateDays : null;
  };
  const cost = (key: string): number | null => {
    const edit = edits[key];
    if (edit && edit.estimateCost !== undefined) return edit.estimateCost;
    const action = known.get(key);
    return action ? action.estimateCost : null;
  };
  const inDays = settings.capacityUnit === 'days';
  const report = planRoadmap(planWith.model, base.assessment, profile.key, {
    capacity: settings.capacity === null ? undefined : settings.capacity,
    notBefore: settings.holds,
    efforts: inDays
      ? (capability: string, level: number) => {
          const days = estimate(stepKey(capability, level));
          return days === null ? settings.defaultEffortDays : days;
        }
      : undefined
  });
  const readiness = roadmapReadiness(planWith.score, report);
  const links = roadmapStepLinks(base.model, report);

  const planned: PlannedStep[] = [];
  const titles = new Map<string, string>();
  const datesOf: PhaseDates[] = report.phases.map((p) => phaseDates(settings.startDate, settings.phaseMonths, p.phase));
  report.phases.forEach((phase, i) => {
    phase.steps.forEach((step) => {
      const key = stepKey(step.capability, step.level);
      const capability = base.capabilities.get(step.capability);
      const title = formatString(strings.StepTitle, capability ? capability.name : step.capability, step.level);
      titles.set(key, title);
      const response = base.responses.get(step.capability);
      const edit = edits[key];
      const stepEdits: StepEdits = {};
      if (edit) {
        if (edit.owner !== undefined) stepEdits.owner = edit.owner;
        if (edit.ownerLogin !== undefined) stepEdits.ownerLogin = edit.ownerLogin;
        if (edit.notes !== undefined) stepEdits.notes = edit.notes;
        if (edit.status !== undefined) stepEdits.status = edit.status;
      }
      planned.push({
        key,
        capability: step.capability,
        level: step.level,
        title,
        phase: phase.phase,
        startDate: datesOf[i].start,
        dueDate: datesOf[i].end,
        estimateDays: estimate(key),
        estimateCost: cost(key),
        improvementIdeas: response ? response.improvementIdeas : '',
        edits: stepEdits
      });
    });
  });

  const assessedLevels: Record<string, number | null> = {};
  Object.keys(base.score.capabilities).forEach((key) => {
    assessedLevels[key] = base.score.capabilities[key].assessedLevel;
  });
  const merge = mergeRoadmap({ assessmentId, steps: planned, existing, assessedLevels });
  const plannedByKey = new Map<string, PlannedStep>();
  planned.forEach((p) => plannedByKey.set(p.key, p));

  const steps = new Map<string, BoardStep>();
  const levelNames = new Map<number, string>();
  base.model.levels.forEach((l) => levelNames.set(l.level, l.name));
  const phases: BoardPhase[] = report.phases.map((phase, i) => {
    const boardSteps = phase.steps.map((step): BoardStep => {
      const key = stepKey(step.capability, step.level);
      const plannedStep = plannedByKey.get(key) as PlannedStep;
      const action = merge.byStep[key] ?? null;
      const edit = edits[key] || {};
      const capability = base.capabilities.get(step.capability);
      const response = base.responses.get(step.capability);
      const status: RoadmapActionStatus = edit.status ?? (action ? (action.status === 'obsolete' ? 'planned' : action.status) : 'planned');
      const link = links[key] || { waitsOn: [], waitedOnBy: [] };
      const board: BoardStep = {
        key,
        capability: step.capability,
        name: capability ? capability.name : step.capability,
        level: step.level,
        levelName: levelNames.get(step.level) ?? null,
        title: plannedStep.title,
        phase: phase.phase,
        dates: datesOf[i],
        estimateDays: plannedStep.estimateDays,
        estimateCost: plannedStep.estimateCost,
        action,
        owner: edit.owner ?? (action ? action.owner : ''),
        ownerLogin: edit.ownerLogin ?? (action ? action.ownerLogin : ''),
        status,
        notes: edit.notes ?? (action ? action.notes : ''),
        improvementIdeas: plannedStep.improvementIdeas,
        workToDo: workToDo(capability, step.level, response ? response.answers : {}),
        waitsOn: link.waitsOn.map((s) => stepKey(s.capability, s.level)),
        waitedOnBy: link.waitedOnBy.map((s) => stepKey(s.capability, s.level)),
        overdue: datesOf[i].end < today && (status === 'planned' || status === 'in-progress'),
        edited: Object.prototype.hasOwnProperty.call(edits, key),
        held: settings.holds && settings.holds[key] > 1 ? settings.holds[key] : null
      };
      steps.set(key, board);
      return board;
    });
    let effortDays = 0;
    let guessed = 0;
    boardSteps.forEach((s) => {
      if (s.estimateDays === null) {
        guessed += 1;
        effortDays += settings.defaultEffortDays;
      } else effortDays += s.estimateDays;
    });
    return { phase: phase.phase, dates: datesOf[i], steps: boardSteps, used: phase.effort, effortDays, guessed };
  });

  const unreachable = report.unreachable.map((u) => {
    const capability = base.capabilities.get(u.capability);
    return { capability: u.capability, name: capability ? capability.name : u.capability, target: u.target, reason: plainReason(u.reason, base.capabilities) };
  });
  const settingsChanged = stored.plan === null || !sameSettings(stored.plan, settings);
  const writes = merge.add.concat(merge.update, merge.obsolete, merge.done);
  return { settings, profile, goal, report, phases, steps, readiness, unreachable, merge, writes, settingsChanged, elapsedMs: now() - started };
}

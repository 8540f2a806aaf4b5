/**
 * Re-planning a roadmap over the actions already on the site, as a pure function: from the steps
 * the plan now has, the actions saved earlier (this assessment's, or those of an earlier
 * assessment's plan being carried forward) and the levels the assessment shows, to the writes that
 * make the site match the plan:
 *
 * - **add**: a step with no action yet becomes a 'planned' action;
 * - **update**: a step that has an action keeps it, with its owner, notes and status (an
 *   'obsolete' one needed again is 'planned' again); its phase, dates, levels, estimates and the
 *   assessment's improvement ideas follow the plan, and it moves to this assessment;
 * - **done**: an action whose step the plan no longer has because the assessment shows the level
 *   reached (its assessed level is at or above the action's level) is marked 'done';
 * - **obsolete**: an action whose step the plan no longer has for any other reason (another
 *   profile, a capability now not applicable, a dependency that changed) is marked 'obsolete',
 *   never deleted; 'dropped' and 'done' actions stay as they are.
 *
 * Only actions the planner made (with a step key) take part: an action added by hand is left
 * alone. Two actions for one step (two people saving the same new step at the same moment) keep
 * the first ('planned' or under way before obsolete, then the oldest); the other is marked
 * obsolete, so it stays in view. Writes carry the ETag each action was loaded with.
 */
import type { RoadmapAction, RoadmapActionSave, RoadmapActionStatus } from '../types';

/** A step of the plan as the roadmap web part has planned it. */
export interface PlannedStep {
  /** "capability:level" (stepKey in src/nimm). */
  key: string;
  capability: string;
  /** The level the step raises the capability to. */
  level: number;
  /** What the action is called, e.g. "Raise Change management to level 3". */
  title: string;
  phase: number;
  startDate: string | null;
  dueDate: string | null;
  estimateDays: number | null;
  estimateCost: number | null;
  /** The assessment's improvement ideas for the capability ('' when none). */
  improvementIdeas: string;
  /** Changes the person has made on the page and not yet saved; they win over what is stored. */
  edits?: StepEdits;
}

/** What a person can change about a step's action on the page. */
export interface StepEdits {
  owner?: string;
  ownerLogin?: string;
  notes?: string;
  status?: RoadmapActionStatus;
}

export interface RoadmapMergeInput {
  /** The assessment the plan is for: every action written belongs to it afterwards. */
  assessmentId: number;
  steps: readonly PlannedStep[];
  /** The actions on the site this plan continues. */
  existing: readonly RoadmapAction[];
  /** Each capability's assessed level now (null when not applicable); a capability left out is at level 1. */
  assessedLevels: Readonly<Record<string, number | null>>;
}

/** Why an action is written. */
export type RoadmapWriteKind = 'add' | 'update' | 'obsolete' | 'done';

export interface RoadmapMerge {
  add: RoadmapActionSave[];
  update: RoadmapActionSave[];
  obsolete: RoadmapActionSave[];
  done: RoadmapActionSave[];
  /** Actions the plan keeps as they are. */
  unchanged: RoadmapAction[];
  /** The stored action each step continues, by step key. */
  byStep: Record<string, RoadmapAction>;
  /** Actions added by hand (no step key): left alone. */
  manual: RoadmapAction[];
}

/** The statuses under which an action's step is being (or was) worked on, best first. */
const KEEP_ORDER: RoadmapActionStatus[] = ['in-progress', 'planned', 'done', 'dropped', 'obsolete'];

/** The draft fields of an action, for comparing and saving. */
function draftOf(action: RoadmapAction): RoadmapActionSave {
  return {
    itemId: action.itemId,
    etag: action.etag,
    assessmentId: action.assessmentId,
    capability: action.capability,
    title: action.title,
    fromLevel: action.fromLevel,
    toLevel: action.toLevel,
    phase: action.phase,
    owner: action.owner,
    dueDate: action.dueDate,
    status: action.status,
    estimateDays: action.estimateDays,
    estimateCost: action.estimateCost,
    notes: action.notes,
    stepKey: action.stepKey,
    ownerLogin: action.ownerLogin,
    startDate: action.startDate,
    improvementIdeas: action.improvementIdeas
  };
}

const COMPARED: (keyof RoadmapActionSave)[] = [
  'assessmentId', 'capability', 'title', 'fromLevel', 'toLevel', 'phase', 'owner', 'dueDate', 'status', 'estimateDays', 'estimateCost', 'notes', 'stepKey', 'ownerLogin', 'startDate', 'improvementIdeas'
];

/** Whether saving `next` over `stored` changes anything. */
export function actionChanged(stored: RoadmapAction, next: RoadmapActionSave): boolean {
  const before = draftOf(stored);
  return COMPARED.some((field) => (before[field] ?? null) !== (next[field] ?? null));
}

/** The action a step keeps among several for it: under way or planned first, then the oldest. */
function pickKept(actions: RoadmapAction[]): RoadmapAction {
  return actions.slice().sort((a, b) => KEEP_ORDER.indexOf(a.status) - KEEP_ORDER.indexOf(b.status) || a.itemId - b.itemId)[0];
}

/** See the file comment. */
export function mergeRoadmap(input: RoadmapMergeInput): RoadmapMerge {
  const out: RoadmapMerge = { add: [], update: [], obsolete: [], done: [], unchanged: [], byStep: {}, manual: [] };
  const byKey = new Map<string, RoadmapAction[]>();
  for (const action of input.existing) {
    if (action.stepKey === null) {
      out.manual.push(action);
      continue;
    }
    const list = byKey.get(action.stepKey);
    if (list) list.push(action);
    else byKey.set(action.stepKey, [action]);
  }
  const planned = new Set<string>();

  for (const step of input.steps) {
    planned.add(step.key);
    const edits = step.edits ?? {};
    const fields = {
      assessmentId: input.assessmentId,
      capability: step.capability,
      title: step.title,
      fromLevel: step.level - 1,
      toLevel: step.level,
      phase: step.phase,
      startDate: step.startDate,
      dueDate: step.dueDate,
      estimateDays: step.estimateDays,
      estimateCost: step.estimateCost,
      improvementIdeas: step.improvementIdeas,
      stepKey: step.key
    };
    const candidates = byKey.get(step.key);
    if (!candidates) {
      out.add.push({ ...fields, owner: edits.owner ?? '', ownerLogin: edits.ownerLogin ?? '', notes: edits.notes ?? '', status: edits.status ?? 'planned' });
      continue;
    }
    const kept = pickKept(candidates);
    out.byStep[step.key] = kept;
    const next: RoadmapActionSave = {
      ...draftOf(kept),
      ...fields,
      owner: edits.owner ?? kept.owner,
      ownerLogin: edits.ownerLogin ?? kept.ownerLogin,
      notes: edits.notes ?? kept.notes,
      status: edits.status ?? (kept.status === 'obsolete' ? 'planned' : kept.status)
    };
    if (actionChanged(kept, next)) out.update.push(next);
    else out.unchanged.push(kept);
    for (const other of candidates) if (other !== kept) retire(other, 'obsolete', input.assessmentId, out);
  }

  byKey.forEach((actions, key) => {
    if (planned.has(key)) return;
    for (const action of actions) {
      const assessed = Object.prototype.hasOwnProperty.call(input.assessedLevels, action.capability) ? input.assessedLevels[action.capability] : 1;
      retire(action, assessed !== null && assessed >= action.toLevel ? 'done' : 'obsolete', input.assessmentId, out);
    }
  });
  return out;
}

/**
 * An action the plan no longer needs: marked done or obsolete (an action already done, dropped or
 * obsolete keeps its status), and moved to this assessment.
 */
function retire(action: RoadmapAction, as: 'done' | 'obsolete', assessmentId: number, out: RoadmapMerge): void {
  const settled = action.status === 'done' || action.status === 'dropped' || action.status === 'obsolete';
  // Reached is reached: an obsolete or dropped step the assessment now shows done becomes done.
  const status: RoadmapActionStatus = as === 'done' ? 'done' : settled ? action.status : 'obsolete';
  const next: RoadmapActionSave = { ...draftOf(action), assessmentId, status };
  if (!actionChanged(action, next)) {
    out.unchanged.push(action);
    return;
  }
  if (status !== action.status) (status === 'done' ? out.done : out.obsolete).push(next);
  else out.update.push(next);
}

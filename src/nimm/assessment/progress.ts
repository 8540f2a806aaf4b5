/**
 * How far an assessment round has got: where each capability in scope stands in the team's
 * workflow, how many criteria have been answered, and how much is complete, overall and per
 * category. This is about the work of assessing, not maturity: a capability agreed at level 1
 * is complete; one answered "met" throughout but not yet agreed is not.
 */
import { z } from 'zod';
import { indexModel } from '../model/modelIndex';
import type { Answer, Capability, Model } from '../model/schema';
import { AssessmentScope, capabilitiesInScope } from './scope';

/** Where a capability's assessment stands: the one list of statuses, which the data layer stores as a choice column. */
export const workflowStatusSchema = z.enum(['not-started', 'in-progress', 'ready-for-review', 'agreed', 'not-applicable']);
export type WorkflowStatus = z.infer<typeof workflowStatusSchema>;

/** The statuses in workflow order. */
export const WORKFLOW_STATUSES: readonly WorkflowStatus[] = workflowStatusSchema.options;

/** Statuses that count as complete: the team has agreed the level, or agreed it does not apply. */
export const COMPLETE_STATUSES: readonly WorkflowStatus[] = ['agreed', 'not-applicable'];

/**
 * What progress reads of a capability's response. A stored response from the data layer fits,
 * and so does a plain `Response` from an assessment file (which has no status: see workflowStatus).
 */
export interface TrackedResponse {
  capability: string;
  status?: WorkflowStatus | null;
  notApplicable?: boolean;
  agreedLevel?: number | null;
  answers?: Readonly<Record<string, Answer>>;
}

/** Counts for a set of capabilities. Percentages run 0 to 100 and are not rounded. */
export interface ProgressFigures {
  /** Capabilities counted. */
  capabilities: number;
  /** How many are at each status; the counts add up to `capabilities`. */
  byStatus: Record<WorkflowStatus, number>;
  /** Capabilities agreed or not applicable. */
  complete: number;
  /** complete / capabilities x 100; null when there are no capabilities. */
  percentComplete: number | null;
  /** Criteria to answer: every criterion of the applicable capabilities. */
  criteria: number;
  /** Of those, the ones with any answer (`n/a` included: it is a considered answer). */
  answeredCriteria: number;
  /** answeredCriteria / criteria x 100; null when there are no criteria to answer. */
  percentAnswered: number | null;
}

/** Progress of one category's capabilities in scope. */
export interface CategoryProgress extends ProgressFigures {
  category: string;
}

/** Progress of an assessment round over its scope. */
export interface AssessmentProgress extends ProgressFigures {
  /** The capabilities in scope, in model order. */
  scope: string[];
  /** The status of each capability in scope. */
  statuses: Record<string, WorkflowStatus>;
  /** Categories with at least one capability in scope, in model order. */
  categories: CategoryProgress[];
}

const ANSWERS: readonly string[] = ['met', 'partial', 'not-met', 'n/a'];

/**
 * A capability's status. A response marked not applicable is "not-applicable" whatever status
 * it carries, because scoring ignores its answers and progress must agree with scoring. Without
 * a stored status (a file from the command line), it is worked out: "in-progress" once anything
 * is answered or agreed, otherwise "not-started". No response at all is "not-started".
 */
export function workflowStatus(response: TrackedResponse | undefined): WorkflowStatus {
  if (response === undefined) {
    return 'not-started';
  }
  if (response.notApplicable === true) {
    return 'not-applicable';
  }
  if (response.status !== undefined && response.status !== null && WORKFLOW_STATUSES.indexOf(response.status) !== -1) {
    return response.status;
  }
  const agreed = response.agreedLevel !== undefined && response.agreedLevel !== null;
  return agreed || Object.keys(response.answers ?? {}).length > 0 ? 'in-progress' : 'not-started';
}

function emptyFigures(): ProgressFigures {
  const byStatus = {} as Record<WorkflowStatus, number>;
  WORKFLOW_STATUSES.forEach((status) => {
    byStatus[status] = 0;
  });
  return { capabilities: 0, byStatus, complete: 0, percentComplete: null, criteria: 0, answeredCriteria: 0, percentAnswered: null };
}

function add(figures: ProgressFigures, status: WorkflowStatus, criteria: number, answered: number): void {
  figures.capabilities += 1;
  figures.byStatus[status] += 1;
  if (COMPLETE_STATUSES.indexOf(status) !== -1) {
    figures.complete += 1;
  }
  figures.criteria += criteria;
  figures.answeredCriteria += answered;
  figures.percentComplete = (figures.complete / figures.capabilities) * 100;
  figures.percentAnswered = figures.criteria === 0 ? null : (figures.answeredCriteria / figures.criteria) * 100;
}

/**
 * Progress over the capabilities in scope (all of them when no scope is given). A capability
 * is **complete** when its status is agreed or not applicable. Criteria of capabilities that are
 * not applicable are not counted: there is nothing to answer. Answers to criteria the capability
 * does not have, and responses for capabilities out of scope, are ignored; where a capability
 * has two responses, the first counts, as in scoring.
 */
export function assessmentProgress(model: Model, responses: readonly TrackedResponse[], scope: AssessmentScope = { kind: 'all' }): AssessmentProgress {
  const index = indexModel(model);
  const keys = capabilitiesInScope(model, scope);
  const byCapability = new Map<string, TrackedResponse>();
  for (const response of responses) {
    if (!byCapability.has(response.capability)) {
      byCapability.set(response.capability, response);
    }
  }

  const overall = emptyFigures();
  const statuses: Record<string, WorkflowStatus> = {};
  const byCategory = new Map<string, ProgressFigures>();
  for (const key of keys) {
    const capability = (index.capabilityByKey.get(key) as { capability: Capability }).capability;
    const response = byCapability.get(key);
    const status = workflowStatus(response);
    statuses[key] = status;
    let criteria = 0;
    let answered = 0;
    if (status !== 'not-applicable') {
      const answers = response?.answers ?? {};
      for (const level of capability.levels) {
        for (const criterion of level.criteria) {
          criteria += 1;
          const answer: unknown = Object.prototype.hasOwnProperty.call(answers, criterion.key) ? answers[criterion.key] : undefined;
          if (typeof answer === 'string' && ANSWERS.indexOf(answer) !== -1) {
            answered += 1;
          }
        }
      }
    }
    add(overall, status, criteria, answered);
    const category = byCategory.get(capability.category) ?? emptyFigures();
    add(category, status, criteria, answered);
    byCategory.set(capability.category, category);
  }

  // Model order of categories; a category the model does not list (only in an invalid model) comes last.
  const order = model.categories.map((c) => c.key);
  const found = Array.from(byCategory.keys());
  const categories: CategoryProgress[] = found
    .slice()
    .sort((a, b) => rank(order, a) - rank(order, b) || found.indexOf(a) - found.indexOf(b))
    .map((category) => ({ category, ...(byCategory.get(category) as ProgressFigures) }));
  return { ...overall, scope: keys, statuses, categories };
}

function rank(order: readonly string[], key: string): number {
  const position = order.indexOf(key);
  return position === -1 ? order.length : position;
}

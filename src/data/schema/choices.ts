/**
 * Every Choice column's values, each written once as a zod enum. The TypeScript type
 * (src/data/types.ts re-exports it), the mapper that reads the column and the column's `choices`
 * in lists.ts are all derived from it, so a value added here reaches all three, and one can never
 * be added to only one of them. Values are stored on sites in use: never rename or remove one
 * (an item holding it would no longer be read). Adding one needs a SCHEMA_VERSION bump: ensureSchema
 * then adds the value to the column's choices on sites already set up (after the ones they have).
 */
import { z } from 'zod';
import { workflowStatusSchema } from '../../nimm/assessment/progress';
import { profileKindSchema } from '../../nimm/model/schema';

/** Lifecycle of a model version item. Readers only ever use 'published' (and older, 'retired'). */
export const modelVersionStatusSchema = z.enum(['draft', 'published', 'retired', 'failed']);
export type ModelVersionStatus = z.infer<typeof modelVersionStatusSchema>;
/** A model version is a draft until publishing has written all of it. */
export const DEFAULT_MODEL_VERSION_STATUS: ModelVersionStatus = 'draft';

/** Whether an assessment is still being worked on. */
export const assessmentStatusSchema = z.enum(['open', 'closed']);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;
/** A new assessment, or one whose status was cleared by hand, is open. */
export const DEFAULT_ASSESSMENT_STATUS: AssessmentStatus = 'open';

/** Where a capability's assessment stands. */
/** The domain's workflow statuses (src/nimm/assessment/progress.ts), stored as they are. */
export const responseStatusSchema = workflowStatusSchema;
export type ResponseStatus = z.infer<typeof responseStatusSchema>;
/** A response nobody has touched, or one whose status was cleared by hand. */
export const DEFAULT_RESPONSE_STATUS: ResponseStatus = 'not-started';

/** Whether someone has checked a piece of evidence. */
export const evidenceReviewStatusSchema = z.enum(['not-reviewed', 'accepted', 'rejected']);
export type EvidenceReviewStatus = z.infer<typeof evidenceReviewStatusSchema>;
/** New evidence has not been checked. */
export const DEFAULT_EVIDENCE_REVIEW_STATUS: EvidenceReviewStatus = 'not-reviewed';

/**
 * Where a roadmap action stands. 'obsolete' (schema version 6): a step the plan no longer needs
 * after a re-plan (a new assessment, another profile), kept with its owner and notes rather than
 * deleted; a later re-plan that needs the step again puts it back to 'planned'.
 */
export const roadmapActionStatusSchema = z.enum(['planned', 'in-progress', 'done', 'dropped', 'obsolete']);
export type RoadmapActionStatus = z.infer<typeof roadmapActionStatusSchema>;
/** A new action, or one whose status was cleared by hand, is planned. */
export const DEFAULT_ROADMAP_ACTION_STATUS: RoadmapActionStatus = 'planned';

/**
 * A profile's kind. Defined by the model format (src/nimm), which owns what a profile is; the
 * Profiles list's Kind column only mirrors it for people filtering the list in SharePoint.
 */
export { profileKindSchema };
export type { ProfileKind } from '../../nimm/model/schema';

/**
 * A choice column as read: one of the enum's values, or `fallback` when the item has none (an
 * item created outside the suite, or a value cleared by hand). Any other value fails, naming the
 * column.
 */
export function choiceColumn<T extends [string, ...string[]]>(choice: z.ZodEnum<T>, fallback: T[number]): z.ZodType<T[number], z.ZodTypeDef, unknown> {
  return z.union([choice, z.null(), z.undefined()]).transform((v): T[number] => v ?? fallback);
}

/** Roadmap action items. */
import { z } from 'zod';
import { KEY_PATTERN } from '../../nimm/model/schema';
import { DataStrings } from '../../loc/strings';
import { choiceColumn, DEFAULT_ROADMAP_ACTION_STATUS, roadmapActionStatusSchema } from '../schema/choices';
import { F } from '../schema/names';
import type { RoadmapAction, RoadmapActionDraft } from '../types';
import { CAPABILITY_ITEM_COLUMN_NAMES, capabilityItemColumns, dateColumn, itemIdentity, MapResult, numberColumn, parseItemWithEtag, RawItem, textColumn, toDateColumn } from './common';

/** Columns read for roadmap actions. */
export const ROADMAP_SELECT = [
  'Id', 'Title', 'Modified', F.assessmentId, F.capabilityKey, F.fromLevel, F.toLevel, F.phase, F.owner, F.dueDate, F.status, F.estimateDays, F.estimateCost, F.notes,
  // Schema version 6.
  F.stepKey, F.ownerLogin, F.startDate, F.improvementIdeas
];

const roadmapItemSchema = itemIdentity.extend({
  Title: textColumn,
  ...capabilityItemColumns,
  [F.fromLevel]: z.number().int().min(1),
  [F.toLevel]: z.number().int().min(1),
  [F.phase]: numberColumn,
  [F.owner]: textColumn,
  [F.dueDate]: dateColumn,
  [F.status]: choiceColumn(roadmapActionStatusSchema, DEFAULT_ROADMAP_ACTION_STATUS),
  [F.estimateDays]: numberColumn,
  [F.estimateCost]: numberColumn,
  [F.notes]: textColumn,
  Modified: z.string().nullish(),
  [F.stepKey]: textColumn,
  [F.ownerLogin]: textColumn,
  [F.startDate]: dateColumn,
  [F.improvementIdeas]: textColumn
});

const COLUMN_NAMES: Record<string, string> = {
  ...CAPABILITY_ITEM_COLUMN_NAMES,
  [F.fromLevel]: 'From level',
  [F.toLevel]: 'To level',
  [F.status]: 'Status'
};

/** Validates a roadmap action item. */
export function mapRoadmapAction(item: RawItem): MapResult<RoadmapAction> {
  const parsed = parseItemWithEtag(roadmapItemSchema, item, COLUMN_NAMES);
  if (!parsed.ok) return parsed;
  const { columns: d, etag } = parsed.value;
  return {
    ok: true,
    value: {
      itemId: d.Id,
      etag,
      assessmentId: d[F.assessmentId],
      capability: d[F.capabilityKey],
      title: d.Title,
      fromLevel: d[F.fromLevel],
      toLevel: d[F.toLevel],
      phase: d[F.phase],
      owner: d[F.owner],
      dueDate: d[F.dueDate],
      status: d[F.status],
      estimateDays: d[F.estimateDays],
      estimateCost: d[F.estimateCost],
      notes: d[F.notes],
      stepKey: d[F.stepKey] === '' ? null : d[F.stepKey],
      ownerLogin: d[F.ownerLogin],
      startDate: d[F.startDate],
      improvementIdeas: d[F.improvementIdeas],
      modified: d.Modified ?? null
    }
  };
}

/** Checks a roadmap action before saving. */
export const roadmapDraftSchema = z.object({
  assessmentId: z.number().int().positive(),
  capability: z.string().regex(KEY_PATTERN, DataStrings.Items.MustBeCapabilityKey),
  title: z.string().trim().min(1, DataStrings.Items.NeedsTitle).max(255),
  fromLevel: z.number().int().min(1),
  toLevel: z.number().int().min(1),
  phase: z.number().int().min(0).nullable(),
  owner: z.string().max(255),
  dueDate: z.string().nullable(),
  status: roadmapActionStatusSchema,
  estimateDays: z.number().min(0).nullable(),
  estimateCost: z.number().min(0).nullable(),
  notes: z.string().max(63999),
  stepKey: z.string().max(255).nullable().optional(),
  ownerLogin: z.string().max(255).optional(),
  startDate: z.string().nullable().optional(),
  improvementIdeas: z.string().max(63999).optional()
});

/** Item fields for a roadmap action. */
export function roadmapToItem(action: RoadmapActionDraft): Record<string, unknown> {
  return {
    Title: action.title.trim(),
    [F.assessmentId]: action.assessmentId,
    [F.capabilityKey]: action.capability,
    [F.fromLevel]: action.fromLevel,
    [F.toLevel]: action.toLevel,
    [F.phase]: action.phase,
    [F.owner]: action.owner,
    [F.dueDate]: toDateColumn(action.dueDate),
    [F.status]: action.status,
    [F.estimateDays]: action.estimateDays,
    [F.estimateCost]: action.estimateCost,
    [F.notes]: action.notes,
    // Schema version 6: written only when given, so a caller that leaves them out keeps what is stored.
    ...(action.stepKey !== undefined ? { [F.stepKey]: action.stepKey ?? '' } : {}),
    ...(action.ownerLogin !== undefined ? { [F.ownerLogin]: action.ownerLogin } : {}),
    ...(action.startDate !== undefined ? { [F.startDate]: toDateColumn(action.startDate) } : {}),
    ...(action.improvementIdeas !== undefined ? { [F.improvementIdeas]: action.improvementIdeas } : {})
  };
}

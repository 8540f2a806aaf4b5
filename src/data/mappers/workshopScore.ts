/**
 * Workshop score items (list "NIMM Workshop Scores", schema version 4): one per assessment,
 * capability and participant, holding that participant's own level for each perspective as JSON;
 * and, per assessment and capability, one reveal item (participant REVEAL_LOGIN) whose "Revealed"
 * column says whether the facilitator has shown everyone's scores.
 *
 * Read part by part, as responses are: only what identifies the item must be intact. A score that
 * is not a whole number from 1 (a hand edit) is left out and reported, so one bad entry never hides
 * a participant's other scores.
 */
import { z } from 'zod';
import { KEY_PATTERN } from '../../nimm/model/schema';
import { DataStrings, formatString } from '../../loc/strings';
import { F, NOTE_FIELD_LIMIT, TEXT_FIELD_LIMIT } from '../schema/names';
import type { WorkshopScores } from '../types';
import { CAPABILITY_ITEM_COLUMN_NAMES, capabilityItemColumns, itemIdentity, MapResult, parseItemWithEtag, RawItem, readJsonObjectColumn, textColumn } from './common';

/**
 * The participant of the reveal item. A sign-in name never holds "*" (claims logins and e-mail
 * addresses do not allow it), so it cannot be mistaken for, or collide with, a person.
 */
export const REVEAL_LOGIN = '*reveal*';

/** Columns read for workshop items. */
export const WORKSHOP_SELECT = ['Id', 'Modified', F.assessmentId, F.capabilityKey, F.participantLogin, F.participantName, F.workshopScores, F.revealed, F.workshopKey];

/**
 * The one key of a participant's item (or, with REVEAL_LOGIN, of the reveal item): SharePoint
 * enforces its uniqueness. Lower case, so that a login SharePoint sends in another case one day
 * still finds the same item (SharePoint compares unique values without case anyway).
 */
export function workshopKey(assessmentId: number, capability: string, login: string): string {
  return `${assessmentId}/${capability}/${login.trim().toLowerCase()}`;
}

/** True when two logins name the same person (SharePoint treats logins without case). */
export function sameLogin(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** A workshop item as read: a participant's scores, or the reveal state of its capability. */
export type WorkshopItem =
  | { kind: 'scores'; value: WorkshopScores; key: string; assessmentId: number; capability: string; problems: string[] }
  | { kind: 'reveal'; itemId: number; etag: string; key: string; assessmentId: number; capability: string; revealed: boolean; by: string; modified: string | null; problems: string[] };

const identitySchema = itemIdentity.extend({
  Modified: z.string().nullish(),
  ...capabilityItemColumns,
  [F.participantLogin]: z.string().trim().min(1, DataStrings.Items.IsEmpty),
  [F.participantName]: textColumn,
  [F.workshopKey]: textColumn,
  [F.revealed]: z.union([z.boolean(), z.null(), z.undefined()]).transform((v) => v === true)
});

const COLUMN_NAMES: Record<string, string> = {
  ...CAPABILITY_ITEM_COLUMN_NAMES,
  [F.participantLogin]: 'Participant login',
  [F.revealed]: 'Revealed'
};

/** A level as stored: a whole number from 1. */
const levelSchema = z.number().int().min(1);

/**
 * The scores column, entry by entry: perspective key to a level. Empty is no scores. What cannot
 * be read is left out and described in `problems`.
 */
function readScores(raw: unknown, problems: string[]): Record<string, number> {
  const json = readJsonObjectColumn(raw);
  if (json.kind === 'empty') return {};
  if (json.kind === 'invalid') {
    problems.push(DataStrings.Workshop.ScoresInvalidJson);
    return {};
  }
  const scores: Record<string, number> = {};
  const bad: string[] = [];
  for (const [perspective, value] of Object.entries(json.value)) {
    if (value === null) continue;
    if (KEY_PATTERN.test(perspective) && levelSchema.safeParse(value).success) scores[perspective] = value as number;
    else bad.push(formatString(DataStrings.Common.Quoted, perspective));
  }
  if (bad.length > 0) {
    problems.push(formatString(bad.length === 1 ? DataStrings.Workshop.ScoreBadOne : DataStrings.Workshop.ScoreBadMany, bad.join(DataStrings.Common.ListSeparator)));
  }
  return scores;
}

/** Validates a workshop item: a participant's scores, or a reveal item. */
export function mapWorkshopItem(item: RawItem): MapResult<WorkshopItem> {
  const parsed = parseItemWithEtag(identitySchema, item, COLUMN_NAMES);
  if (!parsed.ok) return parsed;
  const { columns: d, etag } = parsed.value;
  const login = d[F.participantLogin];
  const common = { key: d[F.workshopKey], assessmentId: d[F.assessmentId], capability: d[F.capabilityKey] };
  const modified = d.Modified ?? null;
  if (login === REVEAL_LOGIN) {
    return { ok: true, value: { kind: 'reveal', itemId: d.Id, etag, ...common, revealed: d[F.revealed], by: d[F.participantName], modified, problems: [] } };
  }
  const problems: string[] = [];
  const scores = readScores(item[F.workshopScores], problems);
  return {
    ok: true,
    value: { kind: 'scores', ...common, problems, value: { itemId: d.Id, etag, login, name: d[F.participantName] || login, scores, modified } }
  };
}

/** The scores as written: only perspectives with a level, in a stable order. */
export function scoresToColumn(scores: Readonly<Record<string, number>>): string {
  const sorted: Record<string, number> = {};
  for (const perspective of Object.keys(scores).sort()) sorted[perspective] = scores[perspective];
  const json = JSON.stringify(sorted);
  // Perspective keys are short and few; only a corrupt caller could get near the limit.
  if (json.length > NOTE_FIELD_LIMIT) throw new Error(`The scores would take ${json.length} characters; SharePoint keeps at most ${NOTE_FIELD_LIMIT}.`);
  return json;
}

/** Item fields for a participant's scores (a new item also needs its identity). */
export function scoresToItem(assessmentId: number, capability: string, login: string, name: string, scores: Readonly<Record<string, number>>): Record<string, unknown> {
  return {
    Title: `${capability}: ${name || login}`.slice(0, TEXT_FIELD_LIMIT),
    [F.assessmentId]: assessmentId,
    [F.capabilityKey]: capability,
    [F.participantLogin]: login,
    [F.participantName]: name.slice(0, TEXT_FIELD_LIMIT),
    [F.workshopScores]: scoresToColumn(scores),
    [F.workshopKey]: workshopKey(assessmentId, capability, login)
  };
}

/** Item fields for the reveal item of a capability: whether revealed, and who set it. */
export function revealToItem(assessmentId: number, capability: string, revealed: boolean, by: string): Record<string, unknown> {
  return {
    Title: formatString(DataStrings.ItemText.RevealItemTitle, capability).slice(0, TEXT_FIELD_LIMIT),
    [F.assessmentId]: assessmentId,
    [F.capabilityKey]: capability,
    [F.participantLogin]: REVEAL_LOGIN,
    [F.participantName]: by.slice(0, TEXT_FIELD_LIMIT),
    [F.revealed]: revealed,
    [F.workshopKey]: workshopKey(assessmentId, capability, REVEAL_LOGIN)
  };
}

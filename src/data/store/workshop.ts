/**
 * Workshop mode: each participant scores each perspective of a capability on their own, nobody
 * sees anyone else's scores until the facilitator reveals them, then the team talks through the
 * spread and agrees a level (the response's agreed level, saved as any other answer).
 *
 * Storage (list "NIMM Workshop Scores", see schema/lists.ts): one item per (assessment,
 * capability, participant), whose "Workshop key" SharePoint keeps unique, so a person has one item
 * however many tabs save at once; and one reveal item per (assessment, capability).
 *
 * What is enforced where, plainly:
 * - One item per participant: SharePoint (unique key).
 * - A save never overwrites a change it has not seen: SharePoint (IF-Match with the item's ETag).
 * - Only the facilitator or a site owner reveals: this store refuses anyone else. SharePoint does
 *   not: a member may write the reveal item with a REST call of their own.
 * - Others' scores hidden until the reveal: this store leaves them out of what it hands the page.
 *   SharePoint does not hide them: members (and visitors) can read the whole list through REST.
 *   A member can also change another person's item through REST. Enforcing any of this would
 *   take item-level permissions (each participant's item readable and writable by them alone
 *   until the reveal), which this version does not set: SharePoint advises keeping a list's
 *   uniquely permissioned items to a few thousand, and a workshop is a facilitated meeting of
 *   colleagues where the page keeping the scores out of sight is what independent scoring needs.
 *
 * Round trips: loading 1 (one $batch: the assessment, the user, their rights and the capability's
 * workshop items); saving 2 (the user and the items, then the write), plus 2 for each time another
 * tab saved in between (the refused write, a read of the item); revealing 2.
 */
import { KEY_PATTERN } from '../../nimm/model/schema';
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
import { ASSESSMENT_SELECT, mapAssessment } from '../mappers/assessment';
import { mapItems, RawItem } from '../mappers/common';
import { mapWorkshopItem, REVEAL_LOGIN, revealToItem, sameLogin, scoresToItem, WORKSHOP_SELECT, workshopKey, type WorkshopItem } from '../mappers/workshopScore';
import { F, LISTS, TEXT_FIELD_LIMIT } from '../schema/names';
import { finishRead, type ItemQuery } from '../sp/largeRead';
import { MAX_PAGE, odataString, readPage, type SPFI } from '../sp/pnp';
import { queueCurrentUser } from '../sp/users';
import { toStoreError, type ErrorContext } from '../sp/toStoreError';
import { askAnOwner } from '../sp/users';
import type { AssessmentSummary, CurrentUser, DataIssue, WorkshopScoreChanges, WorkshopScores, WorkshopView } from '../types';
import { silence } from './modelReads';

/** The words of this file's messages. */
const WORDS = DataStrings.Workshop;

/** How many times a write is tried again when yet another save lands in between. */
const MAX_ROUNDS = 3;

/** The reveal state of a capability, as read. */
interface RevealState {
  itemId: number;
  etag: string;
  revealed: boolean;
  by: string;
  modified: string | null;
}

/** Everything a workshop decision needs, read in one $batch. */
interface WorkshopReads {
  assessment: AssessmentSummary | null;
  user: CurrentUser;
  participants: WorkshopScores[];
  reveal: RevealState | null;
  issues: DataIssue[];
}

function statusOf(error: unknown): number | undefined {
  return (error as { status?: number })?.status;
}

function checkTarget(assessmentId: number, capability: string, unsaved?: unknown): void {
  if (!Number.isInteger(assessmentId) || assessmentId < 1 || typeof capability !== 'string' || !KEY_PATTERN.test(capability)) {
    throw new StoreError('invalid-data', formatString(WORDS.InvalidTarget, String(capability), String(assessmentId)), { unsaved });
  }
}

function itemsQuery(assessmentId: number, capability: string): ItemQuery {
  // The assessment id is indexed and comes first, so this keeps working past 5,000 items.
  return { list: LISTS.workshopScores, select: WORKSHOP_SELECT, filter: `${F.assessmentId} eq ${assessmentId} and ${F.capabilityKey} eq ${odataString(capability)}` };
}

/** "Jo Bloggs" and " jo  bloggs " are the same person as far as a typed name goes. */
function normalName(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * True when the assessment names the user as its facilitator. The Facilitator column is typed
 * text, so it is matched against the user's display name, e-mail address and sign-in name
 * (with or without its claims prefix), ignoring case and spacing. An assessment naming nobody has
 * no facilitator: then only site owners may reveal.
 */
export function isFacilitator(facilitator: string, user: CurrentUser): boolean {
  const named = normalName(facilitator);
  if (named === '') return false;
  const bareLogin = user.loginName.split('|').pop() ?? '';
  return [user.title, user.email, user.loginName, bareLogin].some((n) => n.trim() !== '' && normalName(n) === named);
}

/**
 * One item per participant and one reveal item. SharePoint keeps the key unique, so a second item
 * only exists if someone turned the rule off, or edited a key, by hand: the item holding the
 * proper key wins (else the oldest), and the others are reported and left out.
 */
function sortItems(assessmentId: number, capability: string, items: WorkshopItem[], issues: DataIssue[]): { participants: WorkshopScores[]; reveal: RevealState | null } {
  const proper = (item: WorkshopItem, login: string): boolean => item.key.toLowerCase() === workshopKey(assessmentId, capability, login);
  const idOf = (item: WorkshopItem): number => (item.kind === 'reveal' ? item.itemId : item.value.itemId);
  const byOwner = new Map<string, WorkshopItem>();
  const ordered = items.slice().sort((a, b) => idOf(a) - idOf(b));
  for (const item of ordered) {
    const login = item.kind === 'reveal' ? REVEAL_LOGIN : item.value.login.trim().toLowerCase();
    for (const problem of item.problems) issues.push({ list: LISTS.workshopScores, itemId: idOf(item), problem });
    const kept = byOwner.get(login);
    if (kept === undefined || (!proper(kept, login) && proper(item, login))) {
      byOwner.set(login, item);
      if (kept !== undefined) issues.push(second(kept, idOf(item)));
    } else {
      issues.push(second(item, idOf(kept)));
    }
  }
  const participants: WorkshopScores[] = [];
  let reveal: RevealState | null = null;
  for (const item of Array.from(byOwner.values())) {
    if (item.kind === 'scores') participants.push(item.value);
    else reveal = revealState(item);
  }
  return { participants: participants.sort((a, b) => a.itemId - b.itemId), reveal };
}

function revealState(item: Extract<WorkshopItem, { kind: 'reveal' }>): RevealState {
  return { itemId: item.itemId, etag: item.etag, revealed: item.revealed, by: item.by, modified: item.modified };
}

function second(item: WorkshopItem, keptId: number): DataIssue {
  const itemId = item.kind === 'reveal' ? item.itemId : item.value.itemId;
  const whose = item.kind === 'reveal' ? WORDS.TheRevealState : formatString(WORDS.ScoresOf, item.value.name);
  return { list: LISTS.workshopScores, itemId, problem: formatString(WORDS.SecondItem, whose, item.capability, keptId) };
}

/**
 * One $batch: the assessment (when wanted), the user and their rights, then the capability's
 * workshop items, last because that read alone can meet the list view threshold (sp/largeRead.ts).
 */
async function readWorkshop(sp: SPFI, assessmentId: number, capability: string, withAssessment: boolean, context: ErrorContext): Promise<WorkshopReads> {
  const [batched, execute] = sp.batched();
  const query = itemsQuery(assessmentId, capability);
  const reads = {
    assessment: withAssessment ? (batched.web.lists.getByTitle(LISTS.assessments).items.getById(assessmentId).select(...ASSESSMENT_SELECT)() as Promise<RawItem>) : null,
    user: queueCurrentUser(batched),
    items: readPage<RawItem>(batched.web.lists.getByTitle(LISTS.workshopScores).items.select(...query.select).filter(query.filter).top(MAX_PAGE))
  };
  silence(reads);
  try {
    await execute();
  } catch (error) {
    throw toStoreError(error, context);
  }

  let assessment: AssessmentSummary | null = null;
  if (reads.assessment !== null) {
    let raw: RawItem;
    try {
      raw = await reads.assessment;
    } catch (error) {
      throw toStoreError(error, { ...context, list: LISTS.assessments, itemId: assessmentId });
    }
    const mapped = mapAssessment(raw);
    if (!mapped.ok) {
      throw new StoreError('invalid-data', formatString(WORDS.AssessmentDamaged, assessmentId, LISTS.assessments, mapped.problem), { list: LISTS.assessments, itemId: assessmentId });
    }
    assessment = mapped.value;
  }
  let user: CurrentUser;
  try {
    user = await reads.user;
  } catch (error) {
    throw toStoreError(error, { ...context, list: undefined, itemId: undefined });
  }
  let raw: RawItem[];
  try {
    raw = await finishRead(sp, query, reads.items);
  } catch (error) {
    throw toStoreError(error, { ...context, list: LISTS.workshopScores, itemId: undefined });
  }
  const mapped = mapItems(LISTS.workshopScores, raw, mapWorkshopItem);
  const issues = mapped.issues.slice();
  const { participants, reveal } = sortItems(assessmentId, capability, mapped.items, issues);
  return { assessment, user, participants, reveal, issues };
}

/** What the page is told of the reveal state. */
type RevealShown = Pick<RevealState, 'revealed' | 'by' | 'modified'>;

/** The workshop as this user may see it: others' scores only once revealed, or for whoever may reveal. */
function viewOf(assessmentId: number, capability: string, reads: Omit<WorkshopReads, 'reveal'> & { reveal: RevealShown | null }): WorkshopView {
  const facilitator = reads.assessment?.facilitator.trim() ?? '';
  const canReveal = reads.user.can.setUp || isFacilitator(facilitator, reads.user);
  const revealed = reads.reveal?.revealed === true;
  const scored = reads.participants.filter((p) => Object.keys(p.scores).length > 0);
  return {
    assessmentId,
    capability,
    mine: reads.participants.find((p) => sameLogin(p.login, reads.user.loginName)) ?? null,
    revealed,
    revealedBy: reads.reveal?.by ?? '',
    revealedAt: reads.reveal?.modified ?? null,
    facilitator,
    canReveal,
    scoredBy: scored.map((p) => p.name),
    // Left out, not blanked: a screen cannot show what it never received (see the file comment
    // for what this does and does not protect).
    everyone: revealed || canReveal ? scored : null,
    issues: reads.issues
  };
}

/** Reads a capability's workshop as the signed-in user may see it. */
export async function loadWorkshop(sp: SPFI, assessmentId: number, capability: string): Promise<WorkshopView> {
  checkTarget(assessmentId, capability);
  const context: ErrorContext = { action: formatString(DataStrings.Actions.ReadWorkshopScores, capability), list: LISTS.workshopScores };
  const reads = await readWorkshop(sp, assessmentId, capability, true, context);
  return viewOf(assessmentId, capability, reads);
}

/** The changes, checked: perspective keys, and levels that are whole numbers from 1 (or null to clear). */
function checkChanges(assessmentId: number, capability: string, changes: WorkshopScoreChanges): WorkshopScoreChanges {
  checkTarget(assessmentId, capability, changes);
  if (changes === null || typeof changes !== 'object' || Array.isArray(changes)) {
    throw new StoreError('invalid-data', formatString(WORDS.NoScores, capability), { unsaved: changes });
  }
  const bad = Object.keys(changes).filter((perspective) => {
    const level = changes[perspective];
    return !KEY_PATTERN.test(perspective) || !(level === null || (typeof level === 'number' && Number.isInteger(level) && level >= 1));
  });
  if (bad.length > 0) {
    const quoted = bad.map((p) => formatString(DataStrings.Common.Quoted, p)).join(DataStrings.Common.ListSeparator);
    throw new StoreError('invalid-data', formatString(bad.length === 1 ? WORDS.BadLevelOne : WORDS.BadLevelMany, capability, quoted), { unsaved: changes });
  }
  return changes;
}

/** The stored scores with the changes made. */
function apply(stored: Readonly<Record<string, number>>, changes: WorkshopScoreChanges): Record<string, number> {
  const next: Record<string, number> = { ...stored };
  for (const perspective of Object.keys(changes)) {
    const level = changes[perspective];
    if (level === null) delete next[perspective];
    else next[perspective] = level;
  }
  return next;
}

function sameScores(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** The item holding a key, read in a request of its own (never behind a write that may fail in a $batch). */
async function readByKey(sp: SPFI, key: string): Promise<WorkshopItem | null> {
  const items: RawItem[] = await sp.web.lists.getByTitle(LISTS.workshopScores).items.select(...WORKSHOP_SELECT).filter(`${F.workshopKey} eq ${odataString(key)}`).top(1)();
  if (items.length === 0) return null;
  const mapped = mapWorkshopItem(items[0]);
  if (!mapped.ok) {
    throw new StoreError('invalid-data', formatString(WORDS.TooDamagedToSave, LISTS.workshopScores, String(items[0].Id), mapped.problem), {
      list: LISTS.workshopScores,
      itemId: typeof items[0].Id === 'number' ? items[0].Id : undefined
    });
  }
  return mapped.value;
}

/** What one write came to. */
type Outcome = { kind: 'written'; etag: string | null } | { kind: 'changed' } | { kind: 'gone' } | { kind: 'taken' };

/** Adds an item; 'taken' when SharePoint refuses it because the key is already there (a save at the same moment). */
async function add(sp: SPFI, fields: Record<string, unknown>, context: ErrorContext): Promise<{ outcome: Outcome; raw?: RawItem }> {
  try {
    const raw = (await sp.web.lists.getByTitle(LISTS.workshopScores).items.add(fields)) as RawItem;
    return { outcome: { kind: 'written', etag: null }, raw };
  } catch (error) {
    if (toStoreError(error, context).reason === 'duplicate') return { outcome: { kind: 'taken' } };
    throw error;
  }
}

/** Updates an item only if it is still as read (IF-Match). */
async function update(sp: SPFI, itemId: number, etag: string, fields: Record<string, unknown>): Promise<Outcome> {
  try {
    const result = await sp.web.lists.getByTitle(LISTS.workshopScores).items.getById(itemId).update(fields, etag);
    return { kind: 'written', etag: (result as { etag?: string } | undefined)?.etag ?? null };
  } catch (error) {
    if (statusOf(error) === 412) return { kind: 'changed' };
    if (statusOf(error) === 404) return { kind: 'gone' };
    throw error;
  }
}

/** The user's own item among those read (by login), or null. */
function ownItem(participants: WorkshopScores[], login: string): WorkshopScores | null {
  return participants.find((p) => sameLogin(p.login, login)) ?? null;
}

/**
 * Saves the signed-in user's scores for a capability: the changes are applied to their item as it
 * is stored, and written with that item's ETag, so a save from another tab in between is read and
 * kept (its other perspectives stay), never overwritten unseen. A first save adds the item; if
 * another save added it at the same moment, SharePoint refuses the second add (unique key) and
 * this one updates that item instead.
 */
export async function saveWorkshopScores(sp: SPFI, assessmentId: number, capability: string, changes: WorkshopScoreChanges): Promise<WorkshopScores> {
  const checked = checkChanges(assessmentId, capability, changes);
  const context: ErrorContext = { action: formatString(DataStrings.Actions.SaveWorkshopScores, capability), list: LISTS.workshopScores, unsaved: changes };
  const reads = await readWorkshop(sp, assessmentId, capability, false, context);
  const { user } = reads;
  try {
    if (user.loginName.trim() === '') {
      throw new StoreError('invalid-data', WORDS.WhoAreYouUnknown, { unsaved: changes });
    }
    const key = workshopKey(assessmentId, capability, user.loginName);
    if (key.length > TEXT_FIELD_LIMIT) {
      throw new StoreError('invalid-data', formatString(WORDS.KeyTooLong, capability, TEXT_FIELD_LIMIT), { unsaved: changes });
    }
    const name = user.title || user.loginName;
    let mine = ownItem(reads.participants, user.loginName);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const scores = apply(mine?.scores ?? {}, checked);
      const fields = scoresToItem(assessmentId, capability, user.loginName, name, scores);
      if (mine === null) {
        const added = await add(sp, fields, context);
        if (added.outcome.kind === 'written' && added.raw) {
          const read = mapWorkshopItem(added.raw);
          if (read.ok && read.value.kind === 'scores') return read.value.value;
          throw new StoreError('invalid-data', read.ok ? WORDS.ReadBackWrongly : formatString(WORDS.ReadBackWronglyBecause, read.problem), { list: LISTS.workshopScores });
        }
      } else {
        // Nothing to change (the same score chosen again): no write, no new version.
        if (sameScores(scores, mine.scores) && mine.name === name) return mine;
        const outcome = await update(sp, mine.itemId, mine.etag, fields);
        if (outcome.kind === 'written') {
          return { ...mine, etag: outcome.etag ?? mine.etag, name, scores, modified: new Date().toISOString() };
        }
      }
      // Another save got there first (the item was added, changed or deleted meanwhile): read the
      // item as it now stands and apply the changes to that.
      const now = await readByKey(sp, key);
      mine = now !== null && now.kind === 'scores' ? now.value : null;
    }
    throw new StoreError('conflict', formatString(WORDS.KeepsChanging, capability), {
      list: LISTS.workshopScores,
      unsaved: changes
    });
  } catch (error) {
    throw toStoreError(error, context);
  }
}

/** The refusal of a reveal (or hide) by someone who may not. */
async function refusal(sp: SPFI, facilitator: string, revealed: boolean): Promise<StoreError> {
  if (facilitator !== '') {
    return new StoreError('forbidden', formatString(revealed ? WORDS.FacilitatorRevealsOnly : WORDS.FacilitatorHidesOnly, facilitator));
  }
  const ask = await askAnOwner(sp, revealed ? WORDS.RevealThem : WORDS.HideThem);
  return new StoreError('forbidden', formatString(revealed ? WORDS.OwnerRevealsOnly : WORDS.OwnerHidesOnly, ask));
}

/**
 * Reveals (or hides again) everyone's workshop scores for a capability. Only the assessment's
 * facilitator or a site owner may: anyone else gets a 'forbidden' StoreError naming whom to ask
 * (checked here, not by SharePoint; see the file comment). Returns the workshop as it now stands.
 */
export async function revealWorkshop(sp: SPFI, assessmentId: number, capability: string, revealed: boolean): Promise<WorkshopView> {
  checkTarget(assessmentId, capability);
  const context: ErrorContext = { action: formatString(revealed ? DataStrings.Actions.RevealWorkshopScores : DataStrings.Actions.HideWorkshopScores, capability), list: LISTS.workshopScores };
  const reads = await readWorkshop(sp, assessmentId, capability, true, context);
  const facilitator = reads.assessment?.facilitator.trim() ?? '';
  if (!reads.user.can.setUp && !isFacilitator(facilitator, reads.user)) throw await refusal(sp, facilitator, revealed);

  const key = workshopKey(assessmentId, capability, REVEAL_LOGIN);
  const by = reads.user.title || reads.user.loginName;
  const fields = revealToItem(assessmentId, capability, revealed, by);
  try {
    let current = reads.reveal;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      if (current !== null && current.revealed === revealed && current.by === by) break;
      const outcome = current === null ? (await add(sp, fields, context)).outcome : await update(sp, current.itemId, current.etag, fields);
      if (outcome.kind === 'written') {
        return viewOf(assessmentId, capability, { ...reads, reveal: { revealed, by, modified: new Date().toISOString() } });
      }
      // Someone else revealed or hid at the same moment: the facilitator's choice still stands,
      // so it is written over theirs, with the ETag of what they wrote.
      const again = await readByKey(sp, key);
      current = again !== null && again.kind === 'reveal' ? revealState(again) : null;
    }
    if (current !== null && current.revealed === revealed) return viewOf(assessmentId, capability, { ...reads, reveal: current });
    throw new StoreError('conflict', formatString(revealed ? WORDS.RevealRaced : WORDS.HideRaced, capability), { list: LISTS.workshopScores });
  } catch (error) {
    throw toStoreError(error, context);
  }
}

/**
 * A response's history: SharePoint's own version history of its item (`items(n)/versions`, the
 * Responses list keeps versions), read leniently, newest first.
 *
 * What a version carries differs a little between SharePoint Online and the simulator, so only
 * what both send is relied on: the item's columns by internal name, `VersionLabel`, `VersionId`,
 * `IsCurrentVersion` and `Created` (when the version was made). Who made it: SharePoint Online
 * sends `Editor` as a user value ({ LookupId, LookupValue, Email }); the simulator sends
 * `EditorId`. A name is taken from `Editor.LookupValue` when there is one, and otherwise looked up
 * among the site's users by id, in one request for all the versions. Nothing is $selected (a
 * version made before a column existed does not have it) and nothing is $expanded.
 */
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
import type { RawItem } from '../mappers/common';
import { readResponseDraft } from '../mappers/response';
import { LISTS } from '../schema/names';
import type { SPFI } from '../sp/pnp';
import { toStoreError } from '../sp/toStoreError';
import type { DataIssue, Listed, ResponseVersion } from '../types';

/** Site users looked up by id in one request: more ids than this go in further requests. */
const IDS_PER_LOOKUP = 20;

interface EditorRef {
  id: number | null;
  name: string | null;
}

/** Who made a version, from `Editor` (SharePoint Online) or `EditorId` (the simulator). */
function editorOf(version: RawItem): EditorRef {
  const editor = version.Editor as { LookupId?: unknown; LookupValue?: unknown } | null | undefined;
  const id = typeof editor?.LookupId === 'number' ? editor.LookupId : typeof version.EditorId === 'number' ? version.EditorId : null;
  const name = typeof editor?.LookupValue === 'string' && editor.LookupValue !== '' ? editor.LookupValue : null;
  return { id, name };
}

/** Names of site users by id; an id that cannot be found (someone since removed) is left out. */
async function userNames(sp: SPFI, ids: number[]): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  const chunks: number[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_LOOKUP) chunks.push(ids.slice(i, i + IDS_PER_LOOKUP));
  await Promise.all(
    chunks.map(async (chunk) => {
      const users: { Id: number; Title?: string | null }[] = await sp.web.siteUsers.filter(chunk.map((id) => `Id eq ${id}`).join(' or ')).select('Id', 'Title')();
      for (const u of users) if (typeof u.Title === 'string') names.set(u.Id, u.Title);
    })
  );
  return names;
}

/** The order of versions: SharePoint's VersionId (512 a major version), else the label read as a number. */
function rank(version: RawItem): number {
  if (typeof version.VersionId === 'number') return version.VersionId;
  const label = Number(version.VersionLabel);
  return Number.isNaN(label) ? -1 : label * 512;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The versions of a response item, newest first, each with who saved it, when, and the answers,
 * notes, status, agreed level and rationale it held. A version damaged in part shows what could
 * be read and says what could not (in its `problems` and in `issues`); one without a version
 * label is skipped and reported. Names of people are best effort: '' when they cannot be found.
 */
export async function listResponseHistory(sp: SPFI, itemId: number): Promise<Listed<ResponseVersion>> {
  if (!Number.isInteger(itemId) || itemId < 1) {
    throw new StoreError('invalid-data', formatString(DataStrings.Responses.NoSuchResponse, String(itemId)));
  }
  let raw: RawItem[];
  try {
    raw = (await sp.web.lists.getByTitle(LISTS.responses).items.getById(itemId).versions()) as RawItem[];
  } catch (error) {
    throw toStoreError(error, { action: formatString(DataStrings.Actions.ReadResponseHistory, itemId), list: LISTS.responses, itemId });
  }

  const editors = raw.map(editorOf);
  const unnamed = Array.from(new Set(editors.filter((e) => e.name === null && e.id !== null).map((e) => e.id as number)));
  // Only names depend on this: history without them is still worth showing.
  const names = unnamed.length > 0 ? await userNames(sp, unnamed).catch(() => new Map<number, string>()) : new Map<number, string>();

  const items: ResponseVersion[] = [];
  const issues: DataIssue[] = [];
  const ordered = raw.map((version, i) => ({ version, editor: editors[i] })).sort((a, b) => rank(b.version) - rank(a.version));
  for (const { version, editor } of ordered) {
    const label = text(version.VersionLabel);
    if (label === null) {
      issues.push({ list: LISTS.responses, itemId, problem: DataStrings.Responses.VersionWithoutLabel });
      continue;
    }
    const { draft, damaged } = readResponseDraft(version);
    const problems = damaged.problems;
    for (const problem of problems) issues.push({ list: LISTS.responses, itemId, problem: formatString(DataStrings.Responses.VersionProblem, label, problem) });
    items.push({
      label,
      isCurrent: version.IsCurrentVersion === true,
      when: text(version.Created) ?? text(version.Modified),
      by: editor.name ?? (editor.id !== null ? names.get(editor.id) ?? '' : ''),
      status: draft.status,
      agreedLevel: draft.agreedLevel,
      rationale: draft.rationale,
      answers: draft.answers,
      notes: draft.notes,
      problems
    });
  }
  return { items, issues };
}

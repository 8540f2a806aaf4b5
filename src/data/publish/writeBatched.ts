/** Writing many items in $batch requests, within SharePoint's limits, reporting exactly which failed. */
// Loads the PnPjs features (sp.batched, items) this module relies on.
import '../sp/pnp';
import type { SPFI } from '../sp/pnp';
import { MAX_BATCH_OPERATIONS } from '../sp/largeRead';

/** At most this many operations go in one $batch: SharePoint Online's limit (PnPjs's default chunk is 20). */
export const MAX_BATCH = MAX_BATCH_OPERATIONS;

/**
 * The most JSON one $batch carries. SharePoint refuses request bodies over 1,048,576 bytes; the
 * margin covers each part's request line, headers and boundaries.
 */
export const MAX_BATCH_BYTES = 900_000;

/** One item to add, with a label for the error message if it fails. */
export interface PendingAdd {
  label: string;
  fields: Record<string, unknown>;
}

/** What happened to a set of adds. */
export interface BatchOutcome {
  added: number;
  failed: { label: string; error: unknown }[];
}

const utf8 = new TextEncoder();

/** Splits writes into batches of at most MAX_BATCH operations and MAX_BATCH_BYTES of JSON. */
export function chunkWrites<T extends { fields: Record<string, unknown> }>(items: T[], maxCount = MAX_BATCH, maxBytes = MAX_BATCH_BYTES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = utf8.encode(JSON.stringify(item.fields)).length;
    if (current.length > 0 && (current.length >= maxCount || bytes + size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Adds items to a list in batches (see chunkWrites). SharePoint's changesets are not
 * transactional, so each item's own answer is read; a batch that fails as a whole marks every
 * item in it failed and stops, since later batches would meet the same trouble.
 */
export async function addItemsBatched(sp: SPFI, listTitle: string, items: PendingAdd[], onChunk?: (done: number) => void): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { added: 0, failed: [] };
  let done = 0;
  for (const chunk of chunkWrites(items)) {
    const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH });
    const list = batched.web.lists.getByTitle(listTitle);
    const settled: Promise<void>[] = chunk.map((item) =>
      list.items.add(item.fields).then(
        () => { outcome.added += 1; },
        (error: unknown) => { outcome.failed.push({ label: item.label, error }); }
      )
    );
    try {
      await execute();
      await Promise.all(settled);
    } catch (error) {
      // The $batch request itself failed (after retries): none of its parts were answered.
      const answered = new Set(outcome.failed.map((f) => f.label));
      for (const item of chunk) if (!answered.has(item.label)) outcome.failed.push({ label: item.label, error });
      return outcome;
    }
    done += chunk.length;
    onChunk?.(done);
    if (outcome.failed.length > 0) return outcome;
  }
  return outcome;
}

/** Deletes items by id in batches of MAX_BATCH; best effort, returns how many went. */
export async function deleteItemsBatched(sp: SPFI, listTitle: string, ids: number[]): Promise<number> {
  let deleted = 0;
  for (let start = 0; start < ids.length; start += MAX_BATCH) {
    const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH });
    const list = batched.web.lists.getByTitle(listTitle);
    const settled = ids.slice(start, start + MAX_BATCH).map((id) => list.items.getById(id).delete().then(() => { deleted += 1; }, () => undefined));
    await execute().catch(() => undefined);
    await Promise.all(settled);
  }
  return deleted;
}

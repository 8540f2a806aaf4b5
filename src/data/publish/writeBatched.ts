/** Adding many items in $batch requests, reporting exactly which ones failed. */
// Loads the PnPjs features (sp.batched, items) this module relies on.
import '../sp/pnp';
import type { SPFI } from '../sp/pnp';

/**
 * SharePoint Online accepts at most 100 operations per $batch request (PnPjs's default chunk
 * is 20); 100 keeps a 500-capability model to a handful of round trips.
 */
export const MAX_BATCH = 100;

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

/**
 * Adds items to a list in batches of MAX_BATCH. SharePoint's changesets are not transactional,
 * so each item's own answer is read; a batch that fails as a whole marks every item in it failed
 * and stops, since later batches would meet the same trouble.
 */
export async function addItemsBatched(sp: SPFI, listTitle: string, items: PendingAdd[], onChunk?: (done: number) => void): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { added: 0, failed: [] };
  for (let start = 0; start < items.length; start += MAX_BATCH) {
    const chunk = items.slice(start, start + MAX_BATCH);
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
      // The $batch request itself failed (after PnPjs's retries): none of its parts were answered.
      const answered = new Set(outcome.failed.map((f) => f.label));
      for (const item of chunk) if (!answered.has(item.label)) outcome.failed.push({ label: item.label, error });
      return outcome;
    }
    onChunk?.(Math.min(start + MAX_BATCH, items.length));
    if (outcome.failed.length > 0) return outcome;
  }
  return outcome;
}

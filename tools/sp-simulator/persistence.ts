/**
 * Keeps the simulated site in one JSON file: written atomically (temp file + rename) before the
 * simulator answers a request that changed it, read back at start. A file that cannot be read is
 * moved aside, never silently overwritten.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ItemRec, ListRec, SiteState } from './types';

const FORMAT = 1;

interface StoredFile { name: string; uniqueId: string; contentBase64: string; timeCreated: string; timeLastModified: string; majorVersion: number }
type StoredItem = Omit<ItemRec, 'file'> & { file?: StoredFile };
type StoredList = Omit<ListRec, 'items'> & { items: StoredItem[] };
interface StoredSite { format: number; site: Omit<SiteState, 'lists'> & { lists: StoredList[] } }

export function serialise(state: SiteState): string {
  const lists: StoredList[] = state.lists.map((l) => ({
    ...l,
    items: Array.from(l.items.values()).map((i) => {
      const { file, ...rest } = i;
      if (!file) return rest;
      const { content, ...meta } = file;
      return { ...rest, file: { ...meta, contentBase64: content.toString('base64') } };
    }),
  }));
  const stored: StoredSite = { format: FORMAT, site: { ...state, lists } };
  return JSON.stringify(stored);
}

/**
 * An item's stored column values as an object. A hand-edited file may hold `"values": null` (or
 * something else that is not an object); SharePoint has no such item, only one whose columns are
 * all empty, so that is what it becomes. Individual `null` values are kept: they are empty columns.
 */
function columnValues(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

export function deserialise(text: string): SiteState {
  const stored = JSON.parse(text) as StoredSite;
  if (!stored || stored.format !== FORMAT || !stored.site || !Array.isArray(stored.site.lists)) {
    throw new Error(`unrecognised format (expected {"format":${FORMAT},"site":{…}})`);
  }
  const lists: ListRec[] = stored.site.lists.map((l) => {
    if (typeof l.title !== 'string' || !Array.isArray(l.fields) || !Array.isArray(l.items)) throw new Error(`list entry is malformed`);
    const items = new Map<number, ItemRec>();
    for (const i of l.items) {
      const { file, ...rest } = i;
      const item: ItemRec = { ...rest, values: columnValues(rest.values) };
      // Old versions get the same treatment; a history that is not a list is dropped.
      if (Array.isArray(rest.history)) item.history = rest.history.map((h) => ({ ...h, values: columnValues(h?.values) }));
      else delete item.history;
      if (file) {
        const { contentBase64, ...meta } = file;
        item.file = { ...meta, content: Buffer.from(contentBase64, 'base64') };
      }
      items.set(item.id, item);
    }
    return { ...l, items };
  });
  return { ...stored.site, lists };
}

export type LoadResult = { state: SiteState } | { state: null; movedTo?: string; error?: string };

/** Reads the data file; a corrupt one is renamed to `<file>.corrupt-<time>` and reported. */
export function load(file: string): LoadResult {
  if (!fs.existsSync(file)) return { state: null };
  const text = fs.readFileSync(file, 'utf8');
  try {
    return { state: deserialise(text) };
  } catch (e) {
    const movedTo = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(file, movedTo);
    return { state: null, movedTo, error: (e as Error).message };
  }
}

/** Writes the whole state atomically. */
export function saveNow(file: string, state: SiteState): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, serialise(state));
  fs.renameSync(tmp, file);
}

/**
 * Tracks whether the state has changed since it was last written. The simulator saves
 * synchronously before answering a request that changed something (flushPending), so an
 * acknowledged change is on disk; the short timer only catches changes made outside a request
 * (a test helper, an expired digest), which nobody has been told are saved.
 */
export class DebouncedSaver {
  private timer: NodeJS.Timeout | null = null;
  private dirty = false;

  constructor(private readonly file: string, private readonly getState: () => SiteState, private readonly delayMs = 30) {}

  /** Marks the state changed and arms the fallback timer. */
  schedule(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      try {
        this.flushPending();
      } catch (e) {
        // A timer has nobody to answer to: say so, and leave the state dirty for the next save.
        console.error('[sp-simulator] could not save the data file', e);
      }
    }, this.delayMs);
  }

  /** Writes now, whether or not anything changed. Throws if the write fails (the state stays dirty). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dirty = true;
    saveNow(this.file, this.getState());
    this.dirty = false;
  }

  /** Writes now if anything changed since the last save. */
  flushPending(): void {
    if (this.dirty) this.flush();
  }
}

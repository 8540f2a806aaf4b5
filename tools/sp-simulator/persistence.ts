/**
 * Keeps the simulated site in one JSON file: written atomically (temp file + rename) shortly
 * after each change, read back at start. A file that cannot be read is moved aside, never
 * silently overwritten.
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
      const item: ItemRec = { ...rest };
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

/** Coalesces bursts of writes (a seeding run, a batch) into one save. */
export class DebouncedSaver {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly file: string, private readonly getState: () => SiteState, private readonly delayMs = 30) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    saveNow(this.file, this.getState());
  }

  /** Writes now if a save is pending. */
  flushPending(): void {
    if (this.timer) this.flush();
  }
}

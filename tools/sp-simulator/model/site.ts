/**
 * The simulated site's content: lists (with their fields and items) and the names SharePoint
 * derives from a list's title. Pure state operations; HTTP concerns live in the handlers.
 */
import { randomBytes, randomUUID } from 'crypto';
import { errors } from '../errors';
import { FieldDef, ItemRec, ListRec, SiteState } from '../types';
import { baseFields } from './fieldTypes';

export function emptySite(title = 'NIMM Assessment Suite'): SiteState {
  const now = new Date().toISOString();
  return {
    webId: randomUUID(),
    siteId: randomUUID(),
    title,
    created: now,
    digestSecret: randomBytes(32).toString('hex'),
    lists: [],
  };
}

/** Characters SharePoint drops when it turns a list title into its URL. */
function urlNameFrom(title: string): string {
  const cleaned = title.replace(/[~"#%&*:<>?/\\{|}]/g, '').replace(/^[\s.]+|[\s.]+$/g, '');
  return cleaned || 'List';
}

function xmlEncodeName(s: string): string {
  return Array.from(s).map((ch) => (/[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`)).join('');
}

export class SiteModel {
  constructor(public state: SiteState, public readonly sitePath: string) {}

  get lists(): ListRec[] {
    return this.state.lists;
  }

  /** `getByTitle` matches titles case-insensitively. */
  listByTitle(title: string): ListRec | undefined {
    const t = title.toLowerCase();
    return this.lists.find((l) => l.title.toLowerCase() === t);
  }

  listById(id: string): ListRec | undefined {
    const clean = id.replace(/[{}]/g, '').toLowerCase();
    return this.lists.find((l) => l.id === clean);
  }

  /** Server-relative URL of a list's root folder: `/sites/x/Lists/Name` or `/sites/x/Name` for a library. */
  rootFolderUrl(list: ListRec): string {
    return list.baseTemplate === 101 ? `${this.sitePath}/${list.urlName}` : `${this.sitePath}/Lists/${list.urlName}`;
  }

  /** `AssessmentsList` for a list, `Evidence` for a library, with spaces as `_x0020_`. */
  entityTypeName(list: ListRec): string {
    const name = xmlEncodeName(list.urlName);
    const cap = name.charAt(0).toUpperCase() + name.slice(1);
    return list.baseTemplate === 101 ? cap : `${cap}List`;
  }

  itemTypeName(list: ListRec): string {
    return `SP.Data.${this.entityTypeName(list)}Item`;
  }

  addList(p: { title: string; description?: string; baseTemplate?: number; enableVersioning?: boolean; contentTypesEnabled?: boolean; hidden?: boolean }): ListRec {
    if (this.listByTitle(p.title)) throw errors.listExists();
    const template = p.baseTemplate ?? 100;
    let urlName = urlNameFrom(p.title);
    const taken = new Set(this.lists.filter((l) => (l.baseTemplate === 101) === (template === 101)).map((l) => l.urlName.toLowerCase()));
    for (let n = 1; taken.has(urlName.toLowerCase()); n++) urlName = `${urlNameFrom(p.title)}${n}`;
    const now = new Date().toISOString();
    const list: ListRec = {
      id: randomUUID(),
      title: p.title,
      description: p.description ?? '',
      baseTemplate: template,
      urlName,
      created: now,
      lastItemModified: now,
      // SPO turns versioning on for new libraries and off for new lists unless asked.
      enableVersioning: p.enableVersioning ?? template === 101,
      majorVersionLimit: template === 101 ? 500 : 50,
      hidden: p.hidden ?? false,
      contentTypesEnabled: p.contentTypesEnabled ?? false,
      version: 1,
      fields: baseFields(template),
      items: new Map(),
      nextItemId: 1,
    };
    this.lists.push(list);
    return list;
  }

  removeList(list: ListRec): void {
    this.state.lists = this.lists.filter((l) => l !== list);
  }

  /** `getByInternalNameOrTitle`: internal name first, then display name, ignoring case. */
  field(list: ListRec, name: string): FieldDef | undefined {
    const exact = list.fields.find((f) => f.internalName === name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return list.fields.find((f) => f.internalName.toLowerCase() === lower) ?? list.fields.find((f) => f.title.toLowerCase() === lower);
  }

  addField(list: ListRec, f: FieldDef): FieldDef {
    const clash = list.fields.find((x) => x.internalName.toLowerCase() === f.internalName.toLowerCase() || x.id === f.id);
    if (clash) throw errors.duplicateField(f.internalName);
    list.fields.push(f);
    list.version++;
    return f;
  }

  /** Adds an item without any checks (used by both the REST handler and bulk seeding). */
  insertItem(list: ListRec, values: Record<string, unknown>, userId: number, when = new Date().toISOString()): ItemRec {
    const item: ItemRec = {
      id: list.nextItemId++,
      guid: randomUUID(),
      version: 1,
      created: when,
      modified: when,
      authorId: userId,
      editorId: userId,
      values,
    };
    list.items.set(item.id, item);
    list.lastItemModified = when;
    return item;
  }

  /** Applies an update: bumps the version, keeps a snapshot when versioning is on. */
  updateItem(list: ListRec, item: ItemRec, values: Record<string, unknown>, userId: number): void {
    if (list.enableVersioning) {
      item.history = item.history ?? [];
      item.history.push({ version: item.version, modified: item.modified, editorId: item.editorId, values: { ...item.values } });
      if (item.history.length > list.majorVersionLimit) item.history.shift();
    }
    Object.assign(item.values, values);
    item.version++;
    item.modified = new Date().toISOString();
    item.editorId = userId;
    list.lastItemModified = item.modified;
  }
}

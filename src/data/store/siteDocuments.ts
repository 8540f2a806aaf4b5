/**
 * Documents already on the site as evidence: finding them in the site's libraries, and recording
 * one as evidence. A document stays where it is (its owners keep managing it, and every version
 * stays in its own library); the evidence library gets a link to it, made the way linkEvidence
 * makes any link (a .url file with the address in "Link address").
 *
 * The search is deliberately simple: each document library's top folder, one request per library
 * in one $batch, matching file names. A tenant's search API (`/_api/search/query`, KQL such as
 * `path:"<site>" filename:policy*`) would add files in sub-folders, matches in the document's text
 * and properties, ranking, and libraries of any size, but finds a new or renamed document only
 * once the search crawl has reached it (minutes, sometimes longer), and needs results trimmed to
 * this site.
 */
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
import { LISTS, TEXT_FIELD_LIMIT } from '../schema/names';
import { isSkippedBatchPart, isThresholdRefusal, MAX_BATCH_OPERATIONS } from '../sp/largeRead';
import { odataString, type SPFI } from '../sp/pnp';
import { toStoreError } from '../sp/toStoreError';
import type { DataIssue, EvidenceItem, ExistingDocumentLink, LibraryDocument, Listed } from '../types';
import { checkTarget, linkEvidence } from './evidence';

/** The most documents one search returns. */
export const MAX_DOCUMENTS = 100;

/** SharePoint's template number for a document library. */
const DOCUMENT_LIBRARY = 101;

/** How many names a link may try when the first is taken (the same document linked again). */
const NAME_ATTEMPTS = 20;

interface LibraryRow {
  Title: string;
  IsCatalog?: boolean;
}

interface FileRow {
  Name: string;
  ServerRelativeUrl: string;
  Length?: string | number | null;
  TimeLastModified?: string | null;
}

/** True for a link file (.url): a link, not a document. */
function isLinkFile(name: string): boolean {
  return /\.url$/i.test(name);
}

function filesQuery(sp: SPFI, library: string, query: string, top: number) {
  const files = sp.web.lists.getByTitle(library).rootFolder.files.select('Name', 'ServerRelativeUrl', 'Length', 'TimeLastModified').top(top);
  return query === '' ? files : files.filter(`substringof(${odataString(query)},Name)`);
}

function documentOf(library: string, f: FileRow): LibraryDocument {
  const size = Number(f.Length);
  return { name: f.Name, serverRelativeUrl: f.ServerRelativeUrl, library, size: f.Length === null || f.Length === undefined || Number.isNaN(size) ? null : size, modified: f.TimeLastModified ?? null };
}

/**
 * Documents in the top folder of the site's visible document libraries whose name contains the
 * query (every document when it is empty), by name, at most `top` (1 to 100). The NIMM Evidence
 * library is left out (its files are already evidence, and most are links), and so are link
 * files (.url) anywhere. A library SharePoint will not search (for example one with more than
 * 5,000 files in its top folder, past the list view threshold) is reported in `issues`, and the
 * others are still searched.
 */
export async function listLibraryDocuments(sp: SPFI, query: string, top = 20): Promise<Listed<LibraryDocument>> {
  const q = query.trim().slice(0, TEXT_FIELD_LIMIT);
  if (!Number.isFinite(top) || top < 1) throw new StoreError('invalid-data', DataStrings.Documents.AtLeastOneDocument);
  const n = Math.min(Math.floor(top), MAX_DOCUMENTS);
  let libraries: string[];
  try {
    const rows: LibraryRow[] = await sp.web.lists.filter(`BaseTemplate eq ${DOCUMENT_LIBRARY} and Hidden eq false`).select('Title', 'IsCatalog')();
    libraries = rows.filter((l) => l.IsCatalog !== true && l.Title !== LISTS.evidence).map((l) => l.Title);
  } catch (error) {
    throw toStoreError(error, { action: DataStrings.Actions.FindLibraries });
  }

  const found: LibraryDocument[] = [];
  const issues: DataIssue[] = [];
  const collect = (library: string, rows: FileRow[]): void => {
    for (const f of rows) if (!isLinkFile(f.Name)) found.push(documentOf(library, f));
  };
  const refused = (library: string, error: unknown): void => {
    const problem = isThresholdRefusal(error)
      ? DataStrings.Documents.LibraryTooLarge
      : formatString(DataStrings.Documents.LibraryNotSearched, toStoreError(error, { action: formatString(DataStrings.Actions.SearchLibrary, library), list: library }).message);
    issues.push({ list: library, itemId: null, problem });
  };
  for (let start = 0; start < libraries.length; start += MAX_BATCH_OPERATIONS) {
    const chunk = libraries.slice(start, start + MAX_BATCH_OPERATIONS);
    const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH_OPERATIONS });
    const parts = chunk.map((library) => filesQuery(batched, library, q, n)() as Promise<FileRow[]>);
    for (const p of parts) p.catch(() => undefined);
    try {
      await execute();
    } catch (error) {
      throw toStoreError(error, { action: DataStrings.Actions.SearchLibraries });
    }
    for (let i = 0; i < chunk.length; i++) {
      try {
        collect(chunk[i], await parts[i]);
      } catch (error) {
        if (!isSkippedBatchPart(error)) {
          refused(chunk[i], error);
          continue;
        }
        // Not run because an earlier part failed: asked again on its own.
        try {
          collect(chunk[i], (await filesQuery(sp, chunk[i], q, n)()) as FileRow[]);
        } catch (again) {
          refused(chunk[i], again);
        }
      }
    }
  }
  found.sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.library.localeCompare(b.library, 'en-GB'));
  return { items: found.slice(0, n), issues };
}

/** The server-relative path of a document address on this site, or null when it is not on it. */
function pathOnSite(address: string, web: { Url: string; ServerRelativeUrl: string }): string | null {
  let path = address.trim();
  if (/^https?:\/\//i.test(path)) {
    let url: URL;
    try {
      url = new URL(path);
    } catch {
      return null;
    }
    if (url.origin.toLowerCase() !== new URL(web.Url).origin.toLowerCase()) return null;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return null;
    }
  }
  const site = web.ServerRelativeUrl.replace(/\/+$/, '');
  const segments = path.split('/');
  if (!path.toLowerCase().startsWith(`${site.toLowerCase()}/`) || segments.some((s) => s === '.' || s === '..')) return null;
  return path;
}

/**
 * Records a document already in one of this site's libraries as evidence: a link in the evidence
 * library to the document's own address, named after it ("Change policy.docx.url"; "... (2).url"
 * and so on when the same document is linked again). Refuses an address that is not on this
 * site, a document that is not there, and a link file.
 */
export async function linkExistingDocument(sp: SPFI, link: ExistingDocumentLink): Promise<EvidenceItem> {
  checkTarget(link);
  const given = link.serverRelativeUrl;
  let web: { Url: string; ServerRelativeUrl: string };
  try {
    web = await sp.web.select('Url', 'ServerRelativeUrl')();
  } catch (error) {
    throw toStoreError(error, { action: DataStrings.Actions.FindSiteAddress });
  }
  const path = pathOnSite(given, web);
  if (path === null) {
    throw new StoreError('invalid-data', formatString(DataStrings.Documents.NotOnSite, given));
  }
  let file: { Name: string; ServerRelativeUrl: string };
  try {
    file = await sp.web.getFileByServerRelativePath(path).select('Name', 'ServerRelativeUrl')();
  } catch (error) {
    if ((error as { status?: number })?.status === 404) {
      throw new StoreError('not-found', formatString(DataStrings.Documents.NotThere, path), { cause: error, status: 404 });
    }
    throw toStoreError(error, { action: formatString(DataStrings.Actions.FindDocument, path) });
  }
  if (isLinkFile(file.Name)) {
    throw new StoreError('invalid-data', formatString(DataStrings.Documents.IsLinkFile, file.Name));
  }
  const address = new URL(file.ServerRelativeUrl.split('/').map(encodeURIComponent).join('/'), web.Url).href;
  for (let attempt = 1; ; attempt++) {
    try {
      return await linkEvidence(sp, { ...link, title: attempt === 1 ? file.Name : `${file.Name} (${attempt})`, url: address });
    } catch (error) {
      const taken = (error as StoreError).kind === 'conflict' && (error as StoreError).reason === 'already-exists';
      if (!taken || attempt >= NAME_ATTEMPTS) throw error;
    }
  }
}

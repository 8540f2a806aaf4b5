/**
 * Evidence: files in the "NIMM Evidence" library carrying assessment, capability and criterion
 * metadata, opened and co-authored in Office as usual. A web link is stored the way SharePoint's
 * own "New > Link" does it: a small .url file, plus its address in a column for listing.
 */
import { KEY_PATTERN } from '../../nimm/model/schema';
import { DataStrings, formatString } from '../../loc/strings';
import { StoreError } from '../errors';
import { mapItems } from '../mappers/common';
import { EVIDENCE_SELECT, evidenceMetadata, hasControlCharacter, isWebAddress, mapEvidence } from '../mappers/evidence';
import { F, LISTS, TEXT_FIELD_LIMIT } from '../schema/names';
import { readMatching } from '../sp/largeRead';
import { odataString, type SPFI } from '../sp/pnp';
import { toStoreError } from '../sp/toStoreError';
import type { EvidenceItem, EvidenceLink, EvidenceTarget, EvidenceUpload, Listed, UploadProgressHandler } from '../types';

/** Characters SharePoint Online refuses in file names. */
const FORBIDDEN_IN_NAMES = /["*:<>?/\\|]/;

/** Evidence of an assessment (optionally one capability); damaged items are skipped and reported. */
export async function listEvidence(sp: SPFI, assessmentId: number, capability?: string): Promise<Listed<EvidenceItem>> {
  // The indexed assessment id comes first in the filter, so the query survives past 5,000 files.
  const filter = capability
    ? `${F.assessmentId} eq ${assessmentId} and ${F.capabilityKey} eq ${odataString(capability)}`
    : `${F.assessmentId} eq ${assessmentId}`;
  try {
    const items = await readMatching(sp, { list: LISTS.evidence, select: EVIDENCE_SELECT, filter });
    return mapItems(LISTS.evidence, items, mapEvidence);
  } catch (error) {
    throw toStoreError(error, { action: formatString(DataStrings.Actions.ListEvidence, assessmentId), list: LISTS.evidence });
  }
}

export function checkTarget(target: EvidenceTarget): void {
  const words = DataStrings.Evidence;
  if (!Number.isInteger(target.assessmentId) || target.assessmentId < 1 || !KEY_PATTERN.test(target.capability)) {
    throw new StoreError('invalid-data', formatString(words.InvalidTarget, String(target.capability), String(target.assessmentId)));
  }
  // Single lines of text: SharePoint refuses more than 255 characters.
  for (const [label, value] of [[words.CapabilityKeyLabel, target.capability], [words.CriterionKeyLabel, target.criterion ?? '']] as const) {
    if (value.length > TEXT_FIELD_LIMIT) {
      throw new StoreError('invalid-data', formatString(words.KeyTooLong, label, value.length.toLocaleString('en-GB'), TEXT_FIELD_LIMIT));
    }
  }
}

function checkFileName(name: string): void {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 250 || FORBIDDEN_IN_NAMES.test(trimmed) || trimmed.startsWith('~$') || trimmed.endsWith('.')) {
    throw new StoreError('invalid-data', formatString(DataStrings.Evidence.BadFileName, name));
  }
}

/**
 * Files up to this size go in one request; larger ones in chunks of this size (PnPjs's default),
 * since SharePoint Online refuses single-request uploads over 250 MB and a chunked upload can
 * report its progress.
 */
export const UPLOAD_CHUNK_BYTES = 10 * 1024 * 1024;

function sizeOf(content: ArrayBuffer | Uint8Array | Blob): number {
  return content instanceof Blob ? content.size : content.byteLength;
}

/**
 * Puts the file in the library: one request when small, else an empty file first (Overwrite off)
 * and then its content in chunks (startUpload, continueUpload, finishUpload), reporting progress.
 * Returns the file's server-relative URL as soon as it exists, through `created`, for clean-up.
 */
async function putFile(sp: SPFI, fileName: string, content: ArrayBuffer | Uint8Array | Blob, created: (url: string) => void, onProgress?: UploadProgressHandler): Promise<void> {
  const folder = sp.web.lists.getByTitle(LISTS.evidence).rootFolder;
  const total = sizeOf(content);
  // Overwrite is off: someone else's evidence with the same name must never be replaced.
  if (total <= UPLOAD_CHUNK_BYTES) {
    created((await folder.files.addUsingPath(fileName, content as Blob, { Overwrite: false })).ServerRelativeUrl);
    onProgress?.({ sentBytes: total, totalBytes: total });
    return;
  }
  const stub = await folder.files.addUsingPath(fileName, '', { Overwrite: false });
  created(stub.ServerRelativeUrl);
  const source = content instanceof Blob ? content : new Blob([content]);
  await sp.web.getFileByServerRelativePath(stub.ServerRelativeUrl).setContentChunked(source, {
    chunkSize: UPLOAD_CHUNK_BYTES,
    progress: (p) => onProgress?.({ sentBytes: Math.min(p.stage === 'finishing' ? total : p.offset, total), totalBytes: total })
  });
}

/** Uploads, tags and reads back one file; removes the file again if it could not be filled or tagged. */
async function addTaggedFile(sp: SPFI, fileName: string, content: ArrayBuffer | Uint8Array | Blob, metadata: Record<string, unknown>, onProgress?: UploadProgressHandler): Promise<EvidenceItem> {
  const library = sp.web.lists.getByTitle(LISTS.evidence);
  let action = formatString(DataStrings.Actions.UploadFile, fileName);
  let readingBack = false;
  let itemId: number | undefined;
  let uploadedUrl: string | null = null;
  try {
    await putFile(sp, fileName, content, (url) => { uploadedUrl = url; }, onProgress);
    if (uploadedUrl === null) throw new StoreError('unavailable', formatString(DataStrings.Evidence.NoUploadAddress, fileName), { list: LISTS.evidence });
    const url: string = uploadedUrl;
    action = formatString(DataStrings.Actions.TagFile, fileName);
    const listItem: { Id: number } = await sp.web.getFileByServerRelativePath(url).listItemAllFields.select('Id')();
    itemId = listItem.Id;
    await library.items.getById(itemId).update(metadata);
    action = formatString(DataStrings.Actions.ReadBackFile, fileName);
    readingBack = true;
    const saved = mapEvidence(await library.items.getById(itemId).select(...EVIDENCE_SELECT)());
    if (!saved.ok) throw new StoreError('invalid-data', formatString(DataStrings.Evidence.ReadBackWrongly, fileName, saved.problem), { list: LISTS.evidence, itemId });
    return saved.value;
  } catch (error) {
    if (uploadedUrl !== null && !readingBack) {
      // A half-uploaded or untagged file would be evidence for nothing; take it out again (best effort).
      await sp.web.getFileByServerRelativePath(uploadedUrl).delete().catch(() => undefined);
    }
    throw toStoreError(error, { action, list: LISTS.evidence, itemId });
  }
}

/** Uploads a file as evidence. */
export async function uploadEvidence(sp: SPFI, upload: EvidenceUpload): Promise<EvidenceItem> {
  checkTarget(upload);
  checkFileName(upload.fileName);
  return addTaggedFile(sp, upload.fileName.trim(), upload.content, evidenceMetadata(upload, null), upload.onProgress);
}

/** Records a web address as evidence. Only http and https addresses are accepted. */
export async function linkEvidence(sp: SPFI, link: EvidenceLink): Promise<EvidenceItem> {
  checkTarget(link);
  // new URL() silently strips tabs and line breaks, so an address with them would pass the check
  // while its raw text wrote extra lines (IconFile=\\host\share...) into the .url file.
  const url = link.url.trim();
  if (hasControlCharacter(url)) {
    throw new StoreError('invalid-data', DataStrings.Evidence.ControlCharacter);
  }
  if (!isWebAddress(url)) {
    throw new StoreError('invalid-data', formatString(DataStrings.Evidence.NotWebAddress, link.url));
  }
  // Only the normalised address is ever written: the form the browser itself would open.
  const address = new URL(url).href;
  const base = (Array.from(link.title, (c) => (hasControlCharacter(c) ? ' ' : c)).join('').trim() || new URL(address).hostname).replace(/["*:<>?/\\|#%]/g, '-').replace(/\.+$/, '').slice(0, 200);
  const fileName = `${base}.url`;
  checkFileName(fileName);
  // The Windows "Internet Shortcut" format, which SharePoint and Office open as a link.
  const content = new TextEncoder().encode(`[InternetShortcut]\r\nURL=${address}\r\n`);
  return addTaggedFile(sp, fileName, content, evidenceMetadata(link, address));
}

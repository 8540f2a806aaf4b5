/**
 * Evidence: files in the "NIMM Evidence" library carrying assessment, capability and criterion
 * metadata, opened and co-authored in Office as usual. A web link is stored the way SharePoint's
 * own "New > Link" does it: a small .url file, plus its address in a column for listing.
 */
import { KEY_PATTERN } from '../../nimm/model/schema';
import { StoreError } from '../errors';
import { mapItems } from '../mappers/common';
import { EVIDENCE_SELECT, evidenceMetadata, isWebAddress, mapEvidence } from '../mappers/evidence';
import { F, LISTS } from '../schema/names';
import { readMatching } from '../sp/largeRead';
import { odataString, type SPFI } from '../sp/pnp';
import { toStoreError } from '../sp/toStoreError';
import type { EvidenceItem, EvidenceLink, EvidenceTarget, EvidenceUpload, Listed } from '../types';

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
    throw toStoreError(error, { action: `list the evidence of assessment ${assessmentId}`, list: LISTS.evidence });
  }
}

function checkTarget(target: EvidenceTarget): void {
  if (!Number.isInteger(target.assessmentId) || target.assessmentId < 1 || !KEY_PATTERN.test(target.capability)) {
    throw new StoreError('invalid-data', `Evidence must belong to an assessment and a capability; "${target.capability}" of assessment ${target.assessmentId} is not valid.`);
  }
}

function checkFileName(name: string): void {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 250 || FORBIDDEN_IN_NAMES.test(trimmed) || trimmed.startsWith('~$') || trimmed.endsWith('.')) {
    throw new StoreError('invalid-data', `"${name}" cannot be used as a file name in SharePoint. Use a name of up to 250 characters without " * : < > ? / \\ |, not starting with ~$ and not ending with a full stop.`);
  }
}

/** Uploads, tags and reads back one file; removes the file again if it could not be tagged. */
async function addTaggedFile(sp: SPFI, fileName: string, content: ArrayBuffer | Uint8Array | Blob, metadata: Record<string, unknown>): Promise<EvidenceItem> {
  const library = sp.web.lists.getByTitle(LISTS.evidence);
  let action = `upload "${fileName}"`;
  let itemId: number | undefined;
  let uploadedUrl: string | null = null;
  try {
    // Overwrite is off: someone else's evidence with the same name must never be replaced.
    const info = await library.rootFolder.files.addUsingPath(fileName, content as Blob, { Overwrite: false });
    uploadedUrl = info.ServerRelativeUrl;
    action = `tag "${fileName}" with its assessment and capability`;
    const listItem: { Id: number } = await sp.web.getFileByServerRelativePath(uploadedUrl).listItemAllFields.select('Id')();
    itemId = listItem.Id;
    await library.items.getById(itemId).update(metadata);
    action = `read back "${fileName}"`;
    const saved = mapEvidence(await library.items.getById(itemId).select(...EVIDENCE_SELECT)());
    if (!saved.ok) throw new StoreError('invalid-data', `"${fileName}" was uploaded but reads back wrongly: ${saved.problem}.`, { list: LISTS.evidence, itemId });
    return saved.value;
  } catch (error) {
    if (uploadedUrl && action.startsWith('tag')) {
      // An untagged file would be evidence for nothing; take it out again (best effort).
      await sp.web.getFileByServerRelativePath(uploadedUrl).delete().catch(() => undefined);
    }
    throw toStoreError(error, { action, list: LISTS.evidence, itemId });
  }
}

/** Uploads a file as evidence. */
export async function uploadEvidence(sp: SPFI, upload: EvidenceUpload): Promise<EvidenceItem> {
  checkTarget(upload);
  checkFileName(upload.fileName);
  return addTaggedFile(sp, upload.fileName.trim(), upload.content, evidenceMetadata(upload, null));
}

/** Records a web address as evidence. Only http and https addresses are accepted. */
export async function linkEvidence(sp: SPFI, link: EvidenceLink): Promise<EvidenceItem> {
  checkTarget(link);
  // new URL() silently strips tabs and line breaks, so an address with them would pass the check
  // while its raw text wrote extra lines (IconFile=\\host\share...) into the .url file.
  const url = link.url.trim();
  if (/[\u0000-\u001f\u007f]/.test(url)) {
    throw new StoreError('invalid-data', `That address contains a line break, tab or other control character, which a web address cannot hold. Copy the address again from the browser's address bar.`);
  }
  if (!isWebAddress(url)) {
    throw new StoreError('invalid-data', `"${link.url}" is not a web address the suite can link to. Evidence links must start with http:// or https:// (for example https://intranet.example.nhs.uk/policy).`);
  }
  // Only the normalised address is ever written: the form the browser itself would open.
  const address = new URL(url).href;
  const base = (link.title.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() || new URL(address).hostname).replace(/["*:<>?/\\|#%]/g, '-').replace(/\.+$/, '').slice(0, 200);
  const fileName = `${base}.url`;
  checkFileName(fileName);
  // The Windows "Internet Shortcut" format, which SharePoint and Office open as a link.
  const content = new TextEncoder().encode(`[InternetShortcut]\r\nURL=${address}\r\n`);
  return addTaggedFile(sp, fileName, content, evidenceMetadata(link, address));
}

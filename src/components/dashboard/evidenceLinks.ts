/**
 * Evidence on the dashboard: the store's items as the engine's evidence records, and the address a
 * link may open. Plain functions (no React), tested on their own.
 */
import type { EvidenceItem } from '../../data/types';
import type { EvidenceRecord } from '../../nimm';
import { evidenceName, safeHref } from '../assessment/evidence/evidenceText';

/** The evidence of an assessment as profileGaps reads it; the id is the library item's. */
export function evidenceRecords(items: readonly EvidenceItem[]): EvidenceRecord[] {
  return items.map((item) => ({
    id: item.itemId,
    capability: item.capability,
    criterion: item.criterion,
    title: evidenceName(item),
    url: item.url,
    expires: item.expires
  }));
}

/** The origin of the site the evidence is on, when it may be linked to: https, or http on this machine (the workbench). */
function siteOrigin(siteUrl: string): string | null {
  try {
    const url = new URL(siteUrl);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    return url.protocol === 'https:' || (local && url.protocol === 'http:') ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The absolute address to open a piece of evidence at, or null when it must be shown as text only.
 * A web link must already be an absolute http or https address; an uploaded file's server-relative
 * path ("/sites/nimm/NIMM Evidence/x.pdf") is put on the site's own host. Anything else
 * (javascript:, data:, a protocol-relative "//host") is never a link: see safeHref.
 */
export function evidenceHref(url: string, siteUrl: string): string | null {
  const safe = safeHref(url);
  if (safe === null) return null;
  if (/^https?:\/\//i.test(safe)) return safe;
  const origin = siteOrigin(siteUrl);
  if (origin === null) return null;
  try {
    const absolute = new URL(`${origin}${safe}`);
    return absolute.origin === origin ? absolute.href : null;
  } catch {
    return null;
  }
}

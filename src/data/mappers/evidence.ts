/** Evidence library items: a file (or a .url link file) with assessment metadata. */
import { z } from 'zod';
import { DataStrings } from '../../loc/strings';
import { choiceColumn, DEFAULT_EVIDENCE_REVIEW_STATUS, evidenceReviewStatusSchema } from '../schema/choices';
import { F } from '../schema/names';
import type { EvidenceItem, EvidenceTarget } from '../types';
import { CAPABILITY_ITEM_COLUMN_NAMES, capabilityItemColumns, dateColumn, itemIdentity, MapResult, parseItemWithEtag, RawItem, textColumn, toDateColumn } from './common';

/** Columns read for evidence. FileLeafRef and FileRef are the library's own name and URL. */
export const EVIDENCE_SELECT = ['Id', 'Modified', 'FileLeafRef', 'FileRef', F.assessmentId, F.capabilityKey, F.criterionKey, F.description, F.expires, F.reviewStatus, F.linkUrl];

const evidenceItemSchema = itemIdentity.extend({
  Modified: z.string().nullish(),
  FileLeafRef: z.string().min(1),
  FileRef: z.string().min(1),
  ...capabilityItemColumns,
  [F.criterionKey]: z.string().nullish(),
  [F.description]: textColumn,
  [F.expires]: dateColumn,
  [F.reviewStatus]: choiceColumn(evidenceReviewStatusSchema, DEFAULT_EVIDENCE_REVIEW_STATUS),
  [F.linkUrl]: z.string().nullish()
});

/** Validates an evidence item. */
export function mapEvidence(item: RawItem): MapResult<EvidenceItem> {
  const parsed = parseItemWithEtag(evidenceItemSchema, item, CAPABILITY_ITEM_COLUMN_NAMES);
  if (!parsed.ok) return parsed;
  const { columns: d, etag } = parsed.value;
  const link = d[F.linkUrl];
  if (link && !isWebAddress(link)) {
    return { ok: false, problem: DataStrings.Evidence.LinkColumnNotWeb };
  }
  return {
    ok: true,
    value: {
      itemId: d.Id,
      etag,
      assessmentId: d[F.assessmentId],
      capability: d[F.capabilityKey],
      criterion: d[F.criterionKey] || null,
      kind: link ? 'link' : 'file',
      name: d.FileLeafRef,
      url: link || d.FileRef,
      description: d[F.description],
      expires: d[F.expires],
      reviewStatus: d[F.reviewStatus],
      modified: d.Modified ?? null
    }
  };
}

/** True when the text holds a control character (line breaks and tabs included), which no address may. */
export function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** True for an absolute http or https address: the only links the suite stores or opens. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Metadata fields for an evidence item. */
export function evidenceMetadata(target: EvidenceTarget, linkUrl: string | null): Record<string, unknown> {
  return {
    [F.assessmentId]: target.assessmentId,
    [F.capabilityKey]: target.capability,
    [F.criterionKey]: target.criterion ?? null,
    [F.description]: target.description ?? '',
    [F.expires]: toDateColumn(target.expires),
    [F.linkUrl]: linkUrl
  };
}

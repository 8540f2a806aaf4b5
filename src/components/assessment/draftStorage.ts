/**
 * Unsent edits kept in the browser (localStorage), so a reload, a dropped network or a long
 * throttling wait never loses what someone typed. One entry per site, assessment and capability:
 * the response as the user loaded it (the base a later save merges against) and their draft.
 * Anything unreadable in storage is ignored, never trusted.
 */
import type { ResponseDraft, StoredResponse } from '../../data/types';

export interface KeptDraft {
  base: StoredResponse | null;
  draft: ResponseDraft;
  /** When it was kept (ms since 1970), to show "changes from 10:42". */
  keptAt: number;
}

const PREFIX = 'nimm:draft:';

function keyFor(site: string, assessmentId: number, capability: string): string {
  return `${PREFIX}${site.toLowerCase()}|${assessmentId}|${capability}`;
}

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    // Storage can be switched off (a locked-down browser): edits then live only on the page.
    return null;
  }
}

/** Keeps a draft; false when the browser would not keep it (storage off or full). */
export function keepDraft(site: string, assessmentId: number, capability: string, kept: KeptDraft): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(keyFor(site, assessmentId, capability), JSON.stringify(kept));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a draft once it is saved. */
export function forgetDraft(site: string, assessmentId: number, capability: string): void {
  storage()?.removeItem(keyFor(site, assessmentId, capability));
}

function isKept(value: unknown): value is KeptDraft {
  const v = value as KeptDraft;
  return typeof v === 'object' && v !== null && typeof v.keptAt === 'number' && typeof v.draft === 'object' && v.draft !== null && typeof v.draft.answers === 'object';
}

/** The draft kept for one capability, if any. */
export function readDraft(site: string, assessmentId: number, capability: string): KeptDraft | null {
  const raw = storage()?.getItem(keyFor(site, assessmentId, capability));
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isKept(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Every capability of an assessment with a kept draft. */
export function keptCapabilities(site: string, assessmentId: number): string[] {
  const s = storage();
  if (!s) return [];
  const prefix = `${PREFIX}${site.toLowerCase()}|${assessmentId}|`;
  const found: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key && key.indexOf(prefix) === 0) found.push(key.slice(prefix.length));
  }
  return found;
}

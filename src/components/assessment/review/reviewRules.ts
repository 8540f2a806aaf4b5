/**
 * Who may agree a capability or send it back, as plain functions so each rule is easy to test.
 *
 * These rules guide the team; they are not a control. The store does not enforce them: any
 * member may save a response as 'agreed' (SharePoint only knows who may write to the list), and
 * any member may change the reviewer. What the store does guarantee is the record: it writes who
 * agreed the level and when (StoredResponse.agreedBy, agreedAt), and SharePoint's version history
 * keeps every change, so an agreement made outside these rules can always be seen and questioned.
 */
import type { CurrentUser, ResponseDraft } from '../../../data/types';
import { formatString, ReviewStrings as strings } from '../../../loc/strings';

/** Whether the signed-in person may agree the capability or send it back, and if not, why. */
export interface ReviewRight {
  may: boolean;
  /** Why not, in words for the person; null when they may, or when nothing needs saying. */
  reason: string | null;
}

/**
 * The part of a login that stays the same however SharePoint writes it: a claims login
 * ("i:0#.f|membership|ann@trust.nhs.uk") and a bare one compare by what follows the last "|".
 */
function loginKey(login: string): string {
  const parts = login.trim().toLowerCase().split('|');
  return parts[parts.length - 1];
}

function sameName(a: string, b: string): boolean {
  return a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Whether a person named in a response (by name, and by login when picked from the site's
 * people) is the signed-in user. A name typed by hand (no login: the search was unavailable)
 * can only be compared by name.
 */
export function isPerson(name: string, login: string, user: CurrentUser): boolean {
  if (login.trim() !== '') return loginKey(login) === loginKey(user.loginName);
  return sameName(name, user.title);
}

/**
 * The named reviewer or a site owner may agree a capability or send it back.
 *
 * - A site owner always may: they answer for the site's assessments, and someone must be able
 *   to finish a review whose reviewer is away or was never named.
 * - Otherwise only the named reviewer may, and not when they also own the capability: a review
 *   is someone else looking at the work.
 * - Nobody may without the right to edit (visitors); the screen shows them no buttons.
 */
export function reviewRight(draft: ResponseDraft, user: CurrentUser): ReviewRight {
  if (!user.can.edit) return { may: false, reason: null };
  if (user.can.setUp) return { may: true, reason: null };
  if (draft.reviewer.trim() === '') return { may: false, reason: strings.MayNotReviewNoReviewer };
  if (!isPerson(draft.reviewer, draft.reviewerLogin, user)) return { may: false, reason: formatString(strings.MayNotReviewNotReviewer, draft.reviewer.trim()) };
  if (isPerson(draft.owner, draft.ownerLogin, user)) return { may: false, reason: strings.MayNotReviewOwnWork };
  return { may: true, reason: null };
}

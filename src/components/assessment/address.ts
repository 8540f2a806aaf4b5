/**
 * The assessment web part's place in the page address: `nimmAssessment=<id>` and
 * `nimmCapability=<key>` in the query string. SharePoint keeps unknown query parameters on a
 * page address (and Teams keeps them in a tab's link), so the address can be shared as it is.
 */
export interface AssessmentPlace {
  assessmentId: number | null;
  capability: string | null;
}

const ASSESSMENT = 'nimmAssessment';
const CAPABILITY = 'nimmCapability';

/** The place an address names; nothing when it names none (or names it badly). */
export function readAddress(href: string): AssessmentPlace {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { assessmentId: null, capability: null };
  }
  const id = Number(url.searchParams.get(ASSESSMENT));
  const capability = url.searchParams.get(CAPABILITY);
  const assessmentId = Number.isInteger(id) && id > 0 ? id : null;
  return { assessmentId, capability: assessmentId !== null && capability && /^[a-z0-9.-]+$/.test(capability) ? capability : null };
}

/** The address for a place, keeping everything else in it. */
export function addressFor(href: string, place: AssessmentPlace): string {
  const url = new URL(href);
  url.searchParams.delete(ASSESSMENT);
  url.searchParams.delete(CAPABILITY);
  if (place.assessmentId !== null) url.searchParams.set(ASSESSMENT, String(place.assessmentId));
  if (place.assessmentId !== null && place.capability) url.searchParams.set(CAPABILITY, place.capability);
  return url.toString();
}

/** Puts the place in the browser's address (a new history entry, so Back returns). */
export function writeAddress(place: AssessmentPlace): void {
  const next = addressFor(window.location.href, place);
  if (next !== window.location.href) window.history.pushState(null, '', next);
}

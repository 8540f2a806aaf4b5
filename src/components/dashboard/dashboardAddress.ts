/**
 * The dashboard's place in the page address (?nimmDashboard=<assessment id>&nimmView=<view>), so a
 * link pasted into a Teams chat or a board paper opens the same assessment and view.
 */
const ASSESSMENT = 'nimmDashboard';
const VIEW = 'nimmView';

export interface DashboardPlace {
  assessmentId: number | null;
  view: string | null;
}

export function readDashboardAddress(href: string): DashboardPlace {
  const url = new URL(href);
  const id = Number(url.searchParams.get(ASSESSMENT));
  const view = url.searchParams.get(VIEW);
  return { assessmentId: Number.isInteger(id) && id > 0 ? id : null, view: view && /^[a-z-]{1,40}$/.test(view) ? view : null };
}

export function dashboardAddress(href: string, place: DashboardPlace): string {
  const url = new URL(href);
  url.searchParams.delete(ASSESSMENT);
  url.searchParams.delete(VIEW);
  if (place.assessmentId !== null) url.searchParams.set(ASSESSMENT, String(place.assessmentId));
  if (place.view) url.searchParams.set(VIEW, place.view);
  return url.toString();
}

/** The profile chosen on the "Against a target" view (?nimmProfile=<profile key>). */
const PROFILE = 'nimmProfile';

/** The profile key in the address, or null when there is none or it cannot be a key. */
export function readProfileAddress(href: string): string | null {
  const profile = new URL(href).searchParams.get(PROFILE);
  return profile && /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/.test(profile) && profile.length <= 100 ? profile : null;
}

/** The address with the profile chosen (or none), everything else kept. */
export function profileAddress(href: string, profile: string | null): string {
  const url = new URL(href);
  url.searchParams.delete(PROFILE);
  if (profile) url.searchParams.set(PROFILE, profile);
  return url.toString();
}

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

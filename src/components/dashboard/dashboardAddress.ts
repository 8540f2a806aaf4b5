/**
 * The dashboard's place in the page address (?nimmDashboard=<assessment id>&nimmView=<view>), so a
 * link pasted into a Teams chat or a board paper opens the same assessment and view.
 */
import { viewAddress, type ViewPlace } from '../shared/viewAddress';

export type DashboardPlace = ViewPlace;

export const DASHBOARD_ADDRESS = viewAddress({ assessment: 'nimmDashboard', view: 'nimmView' });

export const readDashboardAddress = DASHBOARD_ADDRESS.read;
export const dashboardAddress = DASHBOARD_ADDRESS.write;

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

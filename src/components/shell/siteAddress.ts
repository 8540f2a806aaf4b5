/**
 * The NIMM site's address, as a person types or pastes it (often a page's address, copied from the
 * browser): checked and reduced to the site. A Teams tab runs on the team's site and a personal app
 * on the tenant's root site, so neither is the NIMM site unless someone says which is (see
 * ../shared/docs/ui-and-teams.md §4). SharePoint REST through SPFx only reaches sites of the same
 * tenant, so the address must be on the same host as the page.
 */
import { formatString, ShellStrings } from '../../loc/strings';

export type SiteAddress = { ok: true; url: string } | { ok: false; problem: string };

/** Where a site's path ends: a page, a list or a library below it is cut off. */
const BELOW_SITE = /\/(SitePages|Pages|Lists|Shared%20Documents|Shared Documents|Forms|_layouts|_api)(\/|$).*/i;

/** Checks an address against the tenant's origin (the page's, e.g. https://trust.sharepoint.com). */
export function readSiteAddress(input: string, tenantOrigin: string): SiteAddress {
  const text = input.trim();
  if (text === '') return { ok: false, problem: ShellStrings.SiteAddressEmpty };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: formatString(ShellStrings.SiteAddressNotAddress, text) };
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) return { ok: false, problem: ShellStrings.SiteAddressNotHttps };
  let tenant: URL | null = null;
  try {
    tenant = new URL(tenantOrigin);
  } catch {
    tenant = null;
  }
  if (tenant && url.host.toLowerCase() !== tenant.host.toLowerCase()) return { ok: false, problem: formatString(ShellStrings.SiteAddressOtherTenant, tenant.host) };
  const path = decodeURI(url.pathname).replace(BELOW_SITE, '').replace(/\/+$/, '');
  return { ok: true, url: `${url.protocol}//${url.host}${encodeURI(path)}` };
}

/** Where the personal app keeps the NIMM site the person chose, in this browser (or Teams client). */
export const SITE_SETTING_KEY = 'nimm.siteUrl';

/** The NIMM site chosen earlier in this browser, or null. */
export function storedSiteAddress(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    const value = storage ? storage.getItem(SITE_SETTING_KEY) : null;
    return value && value.trim() ? value : null;
  } catch {
    return null;
  }
}

/** Keeps the chosen NIMM site; false when the browser will not keep it (private mode, storage off). */
export function storeSiteAddress(storage: Pick<Storage, 'setItem'> | undefined, url: string): boolean {
  try {
    if (!storage) return false;
    storage.setItem(SITE_SETTING_KEY, url);
    return true;
  } catch {
    return false;
  }
}

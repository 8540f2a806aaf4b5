/**
 * An SPFI for a site reached outside SharePoint's own pages: the local workbench, tests and the
 * round-trip benchmark, all talking to the SharePoint simulator. Kept out of src so the shipped
 * bundle's data layer offers no way to act as another user (the X-Sim-User header).
 *
 * It uses PnPjs's SPFx behaviour with a minimal page context, as a real SharePoint page provides
 * one: `legacyPageContext.formDigestValue` lets PnPjs sign writes without first calling
 * `_api/contextinfo`, so round-trip counts match what users get on a real page.
 */
import { spfi, SPFx, type SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '../../src/data/sp/pnp';


/** How to reach a local site. */
export interface LocalSiteOptions {
  /** Absolute URL of the web, e.g. http://127.0.0.1:4322/sites/nimm. */
  webUrl: string;
  /** Login of the user to act as; sent as the simulator's X-Sim-User header. */
  userLogin?: string;
  /**
   * The page's form digest, as SharePoint puts it in legacyPageContext. Without one, PnPjs asks
   * `_api/contextinfo` for it before the first write (one extra round trip, then cached).
   */
  formDigestValue?: string;
}

/** spForLocalSite with the page's form digest fetched first, as on a real SharePoint page. */
export async function connectLocalSite(options: LocalSiteOptions): Promise<SPFI> {
  const formDigestValue = options.formDigestValue ?? (await fetchFormDigest(options.webUrl, options.userLogin));
  return spForLocalSite({ ...options, formDigestValue });
}

/** A PnPjs SPFI for a local (simulated) site, acting as the given user. */
export function spForLocalSite(options: LocalSiteOptions): SPFI {
  const context = {
    pageContext: {
      web: { absoluteUrl: options.webUrl.replace(/\/$/, '') },
      // null makes PnPjs fall back to _api/contextinfo, exactly as it does outside SharePoint.
      legacyPageContext: options.formDigestValue ? { formDigestValue: options.formDigestValue, formDigestTimeoutSeconds: 1800 } : null
    }
  };
  // SPFx() only reads pageContext from its argument; the full SPFx context type is not needed.
  const sp = spfi(context.pageContext.web.absoluteUrl).using(SPFx(context as unknown as Parameters<typeof SPFx>[0]));
  return options.userLogin ? sp.using(InjectHeaders({ 'X-Sim-User': options.userLogin })) : sp;
}

/** Asks the site for a form digest, as a SharePoint page has one in its context on load. */
export async function fetchFormDigest(webUrl: string, userLogin?: string): Promise<string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // The simulator's stand-in for a signed-in session; SharePoint itself ignores the header.
  if (userLogin) headers['X-Sim-User'] = userLogin;
  const response = await fetch(`${webUrl.replace(/\/$/, '')}/_api/contextinfo`, { method: 'POST', headers });
  if (!response.ok) throw new Error(`contextinfo answered ${response.status} ${response.statusText}`);
  const info = (await response.json()) as { FormDigestValue?: string; d?: { GetContextWebInformation?: { FormDigestValue?: string } } };
  const digest = info.FormDigestValue ?? info.d?.GetContextWebInformation?.FormDigestValue;
  if (!digest) throw new Error('contextinfo answered without a FormDigestValue');
  return digest;
}

import type { SimUser } from '../sp-simulator';
import { fetchFormDigest } from '../support/connectLocalSite';

export interface WorkbenchPageContext {
  webAbsoluteUrl: string;
  formDigestValue: string;
  userLogin: string;
  users: { login: string; title: string; role: string }[];
  /** Other trusts' NIMM sites on the same server, for the dashboard's across-sites view. */
  otherSites: string[];
}

/** JSON that is safe inside a <script> element: no "</script>" or HTML comment can break out. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * Renders the workbench page. Like a real SharePoint page, it carries the page context with a
 * form digest for the signed-in user, so PnPjs's SPFx behaviour needs no contextinfo call.
 */
export async function renderPage(args: { origin: string; internalOrigin: string; sitePath: string; user: SimUser; users: SimUser[]; otherSitePaths?: string[] }): Promise<string> {
  const { origin, internalOrigin, sitePath, user, users } = args;
  const context: WorkbenchPageContext = {
    webAbsoluteUrl: `${origin}${sitePath}`,
    formDigestValue: await fetchFormDigest(`${internalOrigin}${sitePath}`, user.login),
    userLogin: user.login,
    users: users.map((u) => ({ login: u.login, title: u.title, role: u.role })),
    // On the page's own origin, so the browser sends the same sign-in (cookie) to each.
    otherSites: (args.otherSitePaths ?? []).map((p) => `${origin}${p}`)
  };
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NIMM Assessment Suite: local workbench</title>
<style>
  html, body { margin: 0; padding: 0; font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; background: #faf9f8; color: #323130; }
  #workbench-root { min-height: 100vh; }
  noscript p { padding: 1rem; }
</style>
</head>
<body>
<noscript><p>The NIMM workbench needs JavaScript turned on.</p></noscript>
<div id="workbench-root"></div>
<script>window.FabricConfig = { fontBaseUrl: '' };</script>
<script>window.__NIMM_WORKBENCH__ = ${scriptJson(context)};</script>
<script src="/workbench/app.js"></script>
</body>
</html>`;
}

import * as React from 'react';
import * as ReactDom from 'react-dom';
import { registerIcons, setIconOptions } from '@fluentui/react';
import { SharePointStore, type NimmStore } from '../../../src/data';
import { spForLocalSite } from '../../support/connectLocalSite';
import { pageStoreFor } from '../../../src/data/cache/PageStore';
import type { WorkbenchPageContext } from '../page';
import { Workbench } from './Workbench';

declare global {
  interface Window {
    __NIMM_WORKBENCH__: WorkbenchPageContext;
  }
}

// On SharePoint, the page loads Fluent's icon font from Microsoft's CDN. The workbench reaches
// nothing beyond this machine, so it registers plain characters for the few icons Fluent's
// controls draw (chevrons, search, clear, message bar icons) instead of calling initializeIcons.
setIconOptions({ disableWarnings: true });
registerIcons({
  icons: {
    ChevronDown: '\u25BE', ChevronUp: '\u25B4', ChevronRight: '\u203A', ChevronRightMed: '\u203A', ChevronDownMed: '\u25BE',
    Search: '\u2315', Clear: '\u00D7', Cancel: '\u00D7', CheckMark: '\u2713', Completed: '\u2713', Info: '\u2139',
    ErrorBadge: '\u2716', Error: '\u2716', Warning: '\u26A0', Blocked2: '\u26D4', Back: '\u2190'
  }
});

const context = window.__NIMM_WORKBENCH__;
// The signed-in user travels in the simulator's cookie, as a SharePoint session would; the
// page context carries that user's form digest, as a real SharePoint page does.
// One store for the page, shared by every web part on it, as on a SharePoint page.
const store = pageStoreFor(context.webAbsoluteUrl, () => new SharePointStore(spForLocalSite({ webUrl: context.webAbsoluteUrl, formDigestValue: context.formDigestValue })));

/**
 * Another trust's site for the dashboard's across-sites view, as the web part reaches one: one
 * store per address for the page, the same sign-in, and no form digest in hand (PnPjs asks that
 * site's contextinfo for one before its first $batch, as it does on a SharePoint page).
 */
const storeForSite = (siteUrl: string): NimmStore => pageStoreFor(siteUrl, () => new SharePointStore(spForLocalSite({ webUrl: siteUrl })));

ReactDom.render(<Workbench context={context} store={store} storeForSite={storeForSite} />, document.getElementById('workbench-root'));

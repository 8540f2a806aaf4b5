import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, type IPropertyPaneField, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { spfi, SPFx } from '@pnp/sp';
import type { PartialTheme } from '@fluentui/react';
import { pageStoreFor } from '../../data/cache/PageStore';
import type { NimmStore } from '../../data/NimmStore';
import { SharePointStore } from '../../data/SharePointStore';
import { hostTheme } from '../../components/shell/hostTheme';
import { detectHost, followTeamsTheme, type HostInfo, type SdksLike } from '../../components/shell/host';
import { readSiteAddress, storedSiteAddress, storeSiteAddress } from '../../components/shell/siteAddress';
import { SiteAddressPrompt } from '../../components/shell/SiteAddressPrompt';
import { NimmAppShell } from '../../components/shell/NimmAppShell';
import { formatString, ShellStrings } from '../../loc/strings';

/** The properties every NIMM web part has. */
export interface INimmWebPartProps {
  /** The heading shown above the web part's app. */
  title: string;
  /**
   * The NIMM site's address, when it is not the site the page is on: a Teams channel tab runs on
   * the team's site and a personal app on the tenant's root site. Empty means this site.
   */
  siteUrl?: string;
}

/** The property pane's labels, which each web part takes from its own loc strings. */
export interface INimmPropertyPaneStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
}

/** What a subclass is given to render its app. */
export interface INimmRenderContext {
  store: NimmStore;
  theme: PartialTheme | undefined;
  /** The NIMM site's address (this site unless set otherwise). */
  siteUrl: string;
  host: HostInfo;
  /** A store for another NIMM site of the same tenant (the dashboard's across-sites view). */
  storeForSite: (siteUrl: string) => NimmStore;
}

/**
 * What the NIMM web parts share: the page's store for the NIMM site (one for every NIMM web part on
 * the page, so the model is read once and a change in one refreshes the others), the host (a
 * SharePoint page or Teams) and its theme (the SharePoint section's, or Teams' dark and
 * high-contrast themes as the user switches them), the NIMM site's address (this site; or the
 * property pane's; or, in a Teams personal app, the one the person chose at first run), clean
 * disposal and a property pane with the heading and site fields. A subclass only says which app to
 * render, so each web part stays a thin shell (its module's default export must be its own class).
 */
export abstract class NimmWebPartBase<TProps extends INimmWebPartProps> extends BaseClientSideWebPart<TProps> {
  private _theme: IReadonlyTheme | undefined;
  private _teamsTheme: string | undefined;
  private _host: HostInfo = { kind: 'sharepoint' };
  /** Set when the person asks to choose another NIMM site in the personal app. */
  private _choosingSite = false;

  /** The labels for the property pane, from the web part's loc strings. */
  protected abstract get paneStrings(): INimmPropertyPaneStrings;

  /** The app this web part shows. */
  protected abstract renderApp(context: INimmRenderContext): React.ReactElement;

  /** Extra property pane fields of this web part, after the heading and site address. */
  protected get extraPaneFields(): IPropertyPaneField<unknown>[] {
    return [];
  }

  protected async onInit(): Promise<void> {
    // In Teams, follow the Teams theme (SPFx gives the SharePoint site's) and its changes while open.
    const sdks = this.context.sdks as SdksLike;
    this._host = await detectHost(sdks);
    if (this._host.kind !== 'sharepoint') {
      this._teamsTheme = this._host.theme;
      followTeamsTheme(sdks, (theme) => {
        this._teamsTheme = theme;
        if (this.renderedOnce) this.render();
      });
    }
    return super.onInit();
  }

  private get tenantOrigin(): string {
    return new URL(this.context.pageContext.web.absoluteUrl).origin;
  }

  /** The NIMM site, or null when a personal app has not been told which it is yet. */
  private nimmSite(): string | null {
    const configured = (this.properties.siteUrl || '').trim();
    if (configured) {
      const read = readSiteAddress(configured, this.tenantOrigin);
      if (read.ok) return read.url;
    }
    if (this._host.kind === 'teams-personal') return storedSiteAddress(window.localStorage);
    return this.context.pageContext.web.absoluteUrl;
  }

  /** One store per page and site: a re-render (property or theme change) must not read again. */
  private storeFor = (siteUrl: string): NimmStore => pageStoreFor(siteUrl, () => new SharePointStore(spfi(siteUrl).using(SPFx(this.context))));

  public render(): void {
    const theme = this._teamsTheme
      ? hostTheme({ host: 'teams', teamsTheme: this._teamsTheme, siteTheme: this._theme as PartialTheme | undefined })
      : hostTheme({ host: 'sharepoint', sectionTheme: this._theme as PartialTheme | undefined });
    const site = this.nimmSite();
    if (site === null || this._choosingSite) {
      // First run of the personal app (or "change site"): ask which site holds the NIMM lists.
      const prompt = React.createElement(SiteAddressPrompt, {
        tenantOrigin: this.tenantOrigin,
        current: site ?? undefined,
        onChoose: (url: string) => {
          storeSiteAddress(window.localStorage, url);
          this._choosingSite = false;
          this.render();
        }
      });
      ReactDom.render(
        React.createElement(NimmAppShell, { store: this.storeFor(this.context.pageContext.web.absoluteUrl), theme, title: ShellStrings.SiteAddressHeading, defaultTitle: ShellStrings.SiteAddressHeading }, prompt),
        this.domElement
      );
      return;
    }
    const app = this.renderApp({ store: this.storeFor(site), theme, siteUrl: site, host: this._host, storeForSite: this.storeFor });
    if (this._host.kind === 'teams-personal') {
      // The personal app says which site it reads, with a way to choose another.
      const change = React.createElement(
        'p',
        { style: { margin: '0 0 8px' } },
        `${formatString(ShellStrings.SiteAddressInForce, site)} `,
        React.createElement(
          'button',
          { type: 'button', onClick: () => { this._choosingSite = true; this.render(); }, style: { background: 'none', border: 'none', padding: 0, textDecoration: 'underline', cursor: 'pointer', color: 'inherit', font: 'inherit' } },
          ShellStrings.SiteAddressChange
        )
      );
      ReactDom.render(React.createElement(React.Fragment, null, change, app), this.domElement);
      return;
    }
    ReactDom.render(app, this.domElement);
  }

  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    this._theme = currentTheme;
    // A section or page theme can change after the first render (an editor picks a section
    // background): show it at once. The apps keep their state across this re-render.
    if (this.renderedOnce) this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const strings = this.paneStrings;
    const origin = this.tenantOrigin;
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.BasicGroupName,
              groupFields: [
                PropertyPaneTextField('title', { label: strings.TitleFieldLabel }),
                PropertyPaneTextField('siteUrl', {
                  label: strings.SiteUrlFieldLabel,
                  description: strings.SiteUrlFieldDescription,
                  // The pane shows the reason beside the field and keeps what was typed.
                  onGetErrorMessage: (value: string) => {
                    if (!value || value.trim() === '') return '';
                    const read = readSiteAddress(value, origin);
                    return read.ok ? '' : read.problem;
                  },
                  deferredValidationTime: 500
                }),
                ...this.extraPaneFields
              ]
            }
          ]
        }
      ]
    };
  }
}

import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { spfi, SPFx } from '@pnp/sp';
import type { PartialTheme } from '@fluentui/react';
import { pageStoreFor } from '../../data/cache/PageStore';
import type { NimmStore } from '../../data/NimmStore';
import { SharePointStore } from '../../data/SharePointStore';
import { hostTheme } from '../../components/shell/hostTheme';
import { detectHost, followTeamsTheme, type SdksLike } from '../../components/shell/host';

/** The properties every NIMM web part has. */
export interface INimmWebPartProps {
  /** The heading shown above the web part's app. */
  title: string;
}

/** The property pane's labels, which each web part takes from its own loc strings. */
export interface INimmPropertyPaneStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
}

/**
 * What the NIMM web parts share: the page's store for this site (one for every NIMM web part on
 * the page, so the model is read once and a change in one refreshes the others), the host's theme
 * (the SharePoint section's, or Teams' dark and high-contrast themes as the user switches them),
 * clean disposal and a property pane with the heading field. A subclass only says which app to
 * render, so each web part stays a thin shell (its module's default export must be its own class).
 */
export abstract class NimmWebPartBase<TProps extends INimmWebPartProps> extends BaseClientSideWebPart<TProps> {
  private _store: NimmStore | undefined;
  private _theme: IReadonlyTheme | undefined;
  private _teamsTheme: string | undefined;

  /** The labels for the property pane, from the web part's loc strings. */
  protected abstract get paneStrings(): INimmPropertyPaneStrings;

  /** The app this web part shows, given the site's store and the host's theme. */
  protected abstract renderApp(store: NimmStore, theme: PartialTheme | undefined): React.ReactElement;

  protected async onInit(): Promise<void> {
    // Built once per page and site: a re-render (property or theme change) must not read again.
    this._store = pageStoreFor(this.context.pageContext.web.absoluteUrl, () => new SharePointStore(spfi().using(SPFx(this.context))));
    // In Teams, follow the Teams theme (SPFx gives the SharePoint site's) and its changes while open.
    const sdks = this.context.sdks as SdksLike;
    const host = await detectHost(sdks);
    if (host.kind !== 'sharepoint') {
      this._teamsTheme = host.theme;
      followTeamsTheme(sdks, (theme) => {
        this._teamsTheme = theme;
        if (this.renderedOnce) this.render();
      });
    }
    return super.onInit();
  }

  public render(): void {
    if (!this._store) return;
    const theme = this._teamsTheme
      ? hostTheme({ host: 'teams', teamsTheme: this._teamsTheme, siteTheme: this._theme as PartialTheme | undefined })
      : hostTheme({ host: 'sharepoint', sectionTheme: this._theme as PartialTheme | undefined });
    ReactDom.render(this.renderApp(this._store, theme), this.domElement);
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
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.BasicGroupName,
              groupFields: [PropertyPaneTextField('title', { label: strings.TitleFieldLabel })]
            }
          ]
        }
      ]
    };
  }
}

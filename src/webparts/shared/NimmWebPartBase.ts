import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { spfi, SPFx } from '@pnp/sp';
import type { NimmStore } from '../../data/NimmStore';
import { SharePointStore } from '../../data/SharePointStore';

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
 * What the NIMM web parts share: a store for this site, the page's theme, clean disposal and a
 * property pane with the heading field. A subclass only says which app to render, so each web
 * part stays a thin shell (its module's default export must still be its own class for SPFx).
 */
export abstract class NimmWebPartBase<TProps extends INimmWebPartProps> extends BaseClientSideWebPart<TProps> {
  private _store: NimmStore | undefined;
  private _theme: IReadonlyTheme | undefined;

  /** The labels for the property pane, from the web part's loc strings. */
  protected abstract get paneStrings(): INimmPropertyPaneStrings;

  /** The app this web part shows, given the site's store and the page's theme. */
  protected abstract renderApp(store: NimmStore, theme: IReadonlyTheme | undefined): React.ReactElement;

  protected onInit(): Promise<void> {
    // Built once: a re-render (property or theme change) must not start the app's reads again.
    this._store = new SharePointStore(spfi().using(SPFx(this.context)));
    return super.onInit();
  }

  public render(): void {
    if (!this._store) return;
    ReactDom.render(this.renderApp(this._store, this._theme), this.domElement);
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

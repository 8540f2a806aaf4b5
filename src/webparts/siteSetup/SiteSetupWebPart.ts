import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { spfi, SPFx } from '@pnp/sp';
import * as strings from 'SiteSetupWebPartStrings';
import { SiteSetupApp } from '../../components/siteSetup/SiteSetupApp';
import { type NimmStore, SharePointStore } from '../../data';

export interface ISiteSetupWebPartProps {
  title: string;
}

/** Thin shell: builds the store for this site and renders the set-up app. */
export default class SiteSetupWebPart extends BaseClientSideWebPart<ISiteSetupWebPartProps> {
  private _store: NimmStore | undefined;
  private _theme: IReadonlyTheme | undefined;

  protected onInit(): Promise<void> {
    // Built once: a re-render (property or theme change) must not start the app's reads again.
    this._store = new SharePointStore(spfi().using(SPFx(this.context)));
    return super.onInit();
  }

  public render(): void {
    if (!this._store) return;
    const element = React.createElement(SiteSetupApp, {
      store: this._store,
      title: this.properties.title,
      theme: this._theme
    });
    ReactDom.render(element, this.domElement);
  }

  protected onThemeChanged(currentTheme: IReadonlyTheme | undefined): void {
    this._theme = currentTheme;
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
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

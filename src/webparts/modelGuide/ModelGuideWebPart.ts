import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import * as strings from 'ModelGuideWebPartStrings';
import { spfi, SPFx } from '@pnp/sp';
import { ModelGuideApp } from '../../components/modelGuide/ModelGuideApp';
import { loadSiteModel } from '../../components/modelGuide/loadSiteModel';
import { SharePointStore } from '../../data/SharePointStore';

export interface IModelGuideWebPartProps {
  title: string;
}

/** Thin shell: reads its properties, connects the store to this site and renders the guide. */
export default class ModelGuideWebPart extends BaseClientSideWebPart<IModelGuideWebPartProps> {
  private _theme: IReadonlyTheme | undefined;
  private _store!: SharePointStore;

  protected onInit(): Promise<void> {
    this._store = new SharePointStore(spfi().using(SPFx(this.context)));
    return super.onInit();
  }

  public render(): void {
    const element = React.createElement(ModelGuideApp, {
      title: this.properties.title,
      theme: this._theme,
      loadModel: () => loadSiteModel(this._store)
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

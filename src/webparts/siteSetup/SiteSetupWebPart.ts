import * as React from 'react';
import * as strings from 'SiteSetupWebPartStrings';
import { SiteSetupApp } from '../../components/siteSetup/SiteSetupApp';
import { type INimmPropertyPaneStrings, type INimmRenderContext, type INimmWebPartProps, NimmWebPartBase } from '../shared/NimmWebPartBase';

export interface ISiteSetupWebPartProps extends INimmWebPartProps {}

/** Thin shell: renders the set-up app over this site's store. */
export default class SiteSetupWebPart extends NimmWebPartBase<ISiteSetupWebPartProps> {
  protected get paneStrings(): INimmPropertyPaneStrings {
    return strings;
  }

  protected renderApp({ store, theme }: INimmRenderContext): React.ReactElement {
    return React.createElement(SiteSetupApp, {
      store,
      title: this.properties.title,
      theme
    });
  }
}

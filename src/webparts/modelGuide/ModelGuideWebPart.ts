import * as React from 'react';
import * as strings from 'ModelGuideWebPartStrings';
import { ModelGuideApp } from '../../components/modelGuide/ModelGuideApp';
import { type INimmPropertyPaneStrings, type INimmRenderContext, type INimmWebPartProps, NimmWebPartBase } from '../shared/NimmWebPartBase';

export interface IModelGuideWebPartProps extends INimmWebPartProps {}

/** Thin shell: renders the guide over the model published on this site. */
export default class ModelGuideWebPart extends NimmWebPartBase<IModelGuideWebPartProps> {
  protected get paneStrings(): INimmPropertyPaneStrings {
    return strings;
  }

  protected renderApp({ store, theme }: INimmRenderContext): React.ReactElement {
    return React.createElement(ModelGuideApp, { store, title: this.properties.title, theme, instanceId: this.instanceId });
  }
}

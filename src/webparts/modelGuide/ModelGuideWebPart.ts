import * as React from 'react';
import type { PartialTheme } from '@fluentui/react';
import * as strings from 'ModelGuideWebPartStrings';
import { ModelGuideApp } from '../../components/modelGuide/ModelGuideApp';
import type { NimmStore } from '../../data/NimmStore';
import { type INimmPropertyPaneStrings, type INimmWebPartProps, NimmWebPartBase } from '../shared/NimmWebPartBase';

export interface IModelGuideWebPartProps extends INimmWebPartProps {}

/** Thin shell: renders the guide over the model published on this site. */
export default class ModelGuideWebPart extends NimmWebPartBase<IModelGuideWebPartProps> {
  protected get paneStrings(): INimmPropertyPaneStrings {
    return strings;
  }

  protected renderApp(store: NimmStore, theme: PartialTheme | undefined): React.ReactElement {
    return React.createElement(ModelGuideApp, { store, title: this.properties.title, theme, instanceId: this.instanceId });
  }
}

import * as React from 'react';
import * as strings from 'RoadmapWebPartStrings';
import { RoadmapApp } from '../../components/roadmap/RoadmapApp';
import { type INimmPropertyPaneStrings, type INimmRenderContext, type INimmWebPartProps, NimmWebPartBase } from '../shared/NimmWebPartBase';

export type IRoadmapWebPartProps = INimmWebPartProps;

/** Thin shell: renders the roadmap app over the NIMM site's store. */
export default class RoadmapWebPart extends NimmWebPartBase<IRoadmapWebPartProps> {
  protected get paneStrings(): INimmPropertyPaneStrings {
    return strings;
  }

  protected renderApp({ store, theme, siteUrl, host }: INimmRenderContext): React.ReactElement {
    return React.createElement(RoadmapApp, { store, title: this.properties.title, theme, siteUrl, host });
  }
}

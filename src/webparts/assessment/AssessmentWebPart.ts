import * as React from 'react';
import * as strings from 'AssessmentWebPartStrings';
import { AssessmentApp } from '../../components/assessment/AssessmentApp';
import { type INimmPropertyPaneStrings, type INimmRenderContext, type INimmWebPartProps, NimmWebPartBase } from '../shared/NimmWebPartBase';

export interface IAssessmentWebPartProps extends INimmWebPartProps {}

/** Thin shell: renders the assessment app over this site's store. */
export default class AssessmentWebPart extends NimmWebPartBase<IAssessmentWebPartProps> {
  protected get paneStrings(): INimmPropertyPaneStrings {
    return strings;
  }

  protected renderApp({ store, theme, siteUrl }: INimmRenderContext): React.ReactElement {
    return React.createElement(AssessmentApp, { store, title: this.properties.title, theme, siteUrl });
  }
}

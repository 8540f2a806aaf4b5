import * as React from 'react';
import type { PartialTheme } from '@fluentui/react';
import * as strings from 'AssessmentWebPartStrings';
import { AssessmentApp } from '../../components/assessment/AssessmentApp';
import type { NimmStore } from '../../data/NimmStore';
import { type INimmPropertyPaneStrings, type INimmWebPartProps, NimmWebPartBase } from '../shared/NimmWebPartBase';

export interface IAssessmentWebPartProps extends INimmWebPartProps {}

/** Thin shell: renders the assessment app over this site's store. */
export default class AssessmentWebPart extends NimmWebPartBase<IAssessmentWebPartProps> {
  protected get paneStrings(): INimmPropertyPaneStrings {
    return strings;
  }

  protected renderApp(store: NimmStore, theme: PartialTheme | undefined): React.ReactElement {
    return React.createElement(AssessmentApp, { store, title: this.properties.title, theme, siteUrl: this.context.pageContext.web.absoluteUrl });
  }
}

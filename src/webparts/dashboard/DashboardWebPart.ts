import * as React from 'react';
import { type IPropertyPaneField, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'DashboardWebPartStrings';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { readSiteAddress } from '../../components/shell/siteAddress';
import { type INimmPropertyPaneStrings, type INimmRenderContext, type INimmWebPartProps, NimmWebPartBase } from '../shared/NimmWebPartBase';

export interface IDashboardWebPartProps extends INimmWebPartProps {
  /** Other trusts' NIMM sites for the across-sites view, one address per line. */
  otherSites?: string;
}

/** The addresses in the across-sites field, one per line; blank lines are skipped. */
function siteLines(text: string | undefined): string[] {
  return (text || '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}

/** Thin shell: renders the dashboard app over the NIMM site's store. */
export default class DashboardWebPart extends NimmWebPartBase<IDashboardWebPartProps> {
  protected get paneStrings(): INimmPropertyPaneStrings {
    return strings;
  }

  protected get extraPaneFields(): IPropertyPaneField<unknown>[] {
    const origin = new URL(this.context.pageContext.web.absoluteUrl).origin;
    return [
      PropertyPaneTextField('otherSites', {
        label: strings.OtherSitesFieldLabel,
        description: strings.OtherSitesFieldDescription,
        multiline: true,
        rows: 5,
        onGetErrorMessage: (value: string) => {
          const bad = siteLines(value).map((line) => ({ line, read: readSiteAddress(line, origin) })).find((x) => !x.read.ok);
          return bad && !bad.read.ok ? `${bad.line}: ${bad.read.problem}` : '';
        },
        deferredValidationTime: 500
      })
    ];
  }

  protected renderApp({ store, theme, siteUrl, host, storeForSite }: INimmRenderContext): React.ReactElement {
    return React.createElement(DashboardApp, { store, title: this.properties.title, theme, siteUrl, host, otherSites: siteLines(this.properties.otherSites), storeForSite });
  }
}

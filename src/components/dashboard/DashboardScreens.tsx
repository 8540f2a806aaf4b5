import * as React from 'react';
import { Dropdown, type IDropdownOption, MessageBar, Pivot, PivotItem, useTheme } from '@fluentui/react';
import { DashboardStrings as strings, formatString } from '../../loc/strings';
import { DataIssuesNotice, DataView, useStoreData } from '../shell';
import { dateText } from '../shell/dates';
import type { HostInfo } from '../shell/host';
import type { NimmStore } from '../../data/NimmStore';
import { getDashboardClassNames } from './dashboard.styles';
import { dashboardData } from './dashboardData';
import { dashboardAddress, readDashboardAddress } from './dashboardAddress';
import { DASHBOARD_VIEWS } from './views';
import { DashboardActions } from './export/DashboardActions';

export interface IDashboardScreensProps {
  headingLevel: number;
  host: HostInfo;
  siteUrl: string;
  otherSites: string[];
  storeForSite?: (siteUrl: string) => NimmStore;
}

/**
 * The dashboard: the assessment shown (the newest unless another is chosen), and its views as tabs.
 * The assessment and the view are kept in the page address, so a link opens at them.
 */
const DashboardScreens: React.FC<IDashboardScreensProps> = ({ headingLevel, host, siteUrl, otherSites, storeForSite }) => {
  const classNames = getDashboardClassNames(useTheme());
  const [place, setPlace] = React.useState(() => readDashboardAddress(window.location.href));
  React.useEffect(() => {
    const onPop = (): void => setPlace(readDashboardAddress(window.location.href));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = (next: typeof place): void => {
    setPlace(next);
    const href = dashboardAddress(window.location.href, next);
    if (href !== window.location.href) window.history.pushState(null, '', href);
  };
  const { state, retry } = useStoreData((store) => store.loadDashboard({ assessmentId: place.assessmentId ?? undefined }), {
    refreshOn: ['assessments', 'responses', 'evidence', 'model'],
    key: place.assessmentId ?? 0
  });
  const viewKey = DASHBOARD_VIEWS.some((v) => v.key === place.view) ? (place.view as string) : DASHBOARD_VIEWS[0].key;

  return (
    <DataView state={state} onRetry={retry} loadingLabel={strings.Loading} failedLabel={strings.LoadFailed}>
      {(view) => {
        const data = dashboardData(view);
        if (!data) return <MessageBar>{strings.NoAssessments}</MessageBar>;
        const options: IDropdownOption[] = view.assessments.map((a) => ({
          key: a.id,
          text: formatString(strings.AssessmentOption, a.title, a.scope, dateText(a.startDate ?? a.created ?? ''))
        }));
        return (
          <>
            <div className={classNames.toolbar}>
              <Dropdown
                className={classNames.chooser}
                label={strings.ChooseAssessment}
                options={options}
                selectedKey={data.shown.assessment.id}
                onChange={(_e, option) => option && go({ assessmentId: Number(option.key), view: place.view })}
              />
              <DashboardActions data={data} host={host} siteUrl={siteUrl} />
            </div>
            <DataIssuesNotice issues={view.issues} canFix={view.user.can.setUp} />
            <Pivot
              aria-label={strings.ViewsLabel}
              selectedKey={viewKey}
              onLinkClick={(item) => item && item.props.itemKey && go({ assessmentId: place.assessmentId, view: item.props.itemKey })}
              overflowBehavior="menu"
              overflowAriaLabel={strings.MoreViews}
            >
              {DASHBOARD_VIEWS.map((v) => (
                <PivotItem key={v.key} itemKey={v.key} headerText={v.label}>
                  {v.key === viewKey ? (
                    <v.component data={data} headingLevel={headingLevel + 1} host={host} siteUrl={siteUrl} otherSites={otherSites} storeForSite={storeForSite} />
                  ) : null}
                </PivotItem>
              ))}
            </Pivot>
          </>
        );
      }}
    </DataView>
  );
};

export default DashboardScreens;

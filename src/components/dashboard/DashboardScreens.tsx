import * as React from 'react';
import { MessageBar, Pivot, PivotItem, useTheme } from '@fluentui/react';
import { DashboardStrings as strings } from '../../loc/dashboardStrings';
import { DataIssuesNotice, DataView, useStoreData } from '../shell';
import { AssessmentChooser } from '../shared/AssessmentChooser';
import { useViewPlace } from '../shared/useViewPlace';
import type { HostInfo } from '../shell/host';
import type { NimmStore } from '../../data/NimmStore';
import { getDashboardClassNames } from './dashboard.styles';
import { dashboardData } from './dashboardData';
import { DASHBOARD_ADDRESS } from './dashboardAddress';
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
  const [place, go] = useViewPlace(DASHBOARD_ADDRESS);
  const { state, retry } = useStoreData((store) => store.loadDashboard({ assessmentId: place.assessmentId ?? undefined }), {
    // 'profiles': a site profile saved in the roadmap on the same page is offered here at once.
    refreshOn: ['assessments', 'responses', 'evidence', 'model', 'profiles'],
    key: place.assessmentId ?? 0
  });
  const viewKey = DASHBOARD_VIEWS.some((v) => v.key === place.view) ? (place.view as string) : DASHBOARD_VIEWS[0].key;

  return (
    <DataView state={state} onRetry={retry} loadingLabel={strings.Loading} failedLabel={strings.LoadFailed}>
      {(view) => {
        const data = dashboardData(view);
        if (!data) return <MessageBar>{strings.NoAssessments}</MessageBar>;
        return (
          <>
            <div className={classNames.toolbar}>
              <AssessmentChooser
                className={classNames.chooser}
                label={strings.ChooseAssessment}
                assessments={view.assessments}
                selectedId={data.shown.assessment.id}
                onChoose={(assessmentId) => go({ assessmentId, view: place.view })}
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

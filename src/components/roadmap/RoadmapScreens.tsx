import * as React from 'react';
import { Dropdown, type IDropdownOption, MessageBar, useTheme } from '@fluentui/react';
import { RoadmapStrings as strings, formatString } from '../../loc/strings';
import { DataIssuesNotice, DataView, useStoreData } from '../shell';
import { dateText } from '../shell/dates';
import type { HostInfo } from '../shell/host';
import { getRoadmapClassNames } from './roadmap.styles';
import { readRoadmapAddress, roadmapAddress, type RoadmapPlace } from './roadmapAddress';
import { RoadmapPlanner } from './RoadmapPlanner';
import { ROADMAP_VIEWS } from './views';

export interface IRoadmapScreensProps {
  headingLevel: number;
  /** Where the web part runs; SharePoint when left out. */
  host?: HostInfo;
}

/**
 * The roadmap: the assessment planned from (the newest unless another is chosen) and its plan.
 * The assessment and the view are kept in the page address, so a link opens at them.
 */
const RoadmapScreens: React.FC<IRoadmapScreensProps> = ({ headingLevel, host }) => {
  const classNames = getRoadmapClassNames(useTheme());
  const [place, setPlace] = React.useState(() => readRoadmapAddress(window.location.href));
  React.useEffect(() => {
    const onPop = (): void => setPlace(readRoadmapAddress(window.location.href));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = (next: RoadmapPlace): void => {
    setPlace(next);
    const href = roadmapAddress(window.location.href, next);
    if (href !== window.location.href) window.history.pushState(null, '', href);
  };
  // A change of answers or of the model elsewhere on the page plans again from what is now stored;
  // the person's unsaved settings and step changes are kept.
  const { state, retry } = useStoreData((store) => store.loadRoadmap({ assessmentId: place.assessmentId ?? undefined }), {
    refreshOn: ['assessments', 'responses', 'model'],
    key: place.assessmentId ?? 0
  });
  const viewKey = ROADMAP_VIEWS.some((v) => v.key === place.view) ? (place.view as string) : ROADMAP_VIEWS[0].key;

  return (
    <DataView state={state} onRetry={retry} loadingLabel={strings.Loading} failedLabel={strings.LoadFailed}>
      {(view) => {
        if (!view.assessment) return <MessageBar>{strings.NoAssessments}</MessageBar>;
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
                selectedKey={view.assessment.id}
                onChange={(_e, option) => option && go({ assessmentId: Number(option.key), view: place.view })}
              />
            </div>
            <DataIssuesNotice issues={view.issues} canFix={view.user.can.setUp} />
            <RoadmapPlanner
              key={view.assessment.id}
              view={view}
              viewKey={viewKey}
              headingLevel={headingLevel + 1}
              host={host ?? { kind: 'sharepoint' }}
              onView={(key) => go({ assessmentId: place.assessmentId, view: key })}
              onOpenAssessment={(id) => go({ assessmentId: id, view: place.view })}
            />
          </>
        );
      }}
    </DataView>
  );
};

export default RoadmapScreens;

import * as React from 'react';
import { MessageBar, useTheme } from '@fluentui/react';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { DataIssuesNotice, DataView, useStoreData } from '../shell';
import { AssessmentChooser } from '../shared/AssessmentChooser';
import { useViewPlace } from '../shared/useViewPlace';
import type { HostInfo } from '../shell/host';
import { getRoadmapClassNames } from './roadmap.styles';
import { ROADMAP_ADDRESS } from './roadmapAddress';
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
  const [place, go] = useViewPlace(ROADMAP_ADDRESS);
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
        return (
          <>
            <div className={classNames.toolbar}>
              <AssessmentChooser
                className={classNames.chooser}
                label={strings.ChooseAssessment}
                assessments={view.assessments}
                selectedId={view.assessment.id}
                onChoose={(assessmentId) => go({ assessmentId, view: place.view })}
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

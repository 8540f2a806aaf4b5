import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, useTheme } from '@fluentui/react';
import { isStoreError } from '../../data/errors';
import type { NimmStore } from '../../data/NimmStore';
import type { AssessmentSummary, CurrentUser, Listed, StoredModel } from '../../data/types';
import { AssessmentStrings as strings, formatString } from '../../loc/strings';
import { Heading } from '../shared/Heading';
import { DataIssuesNotice, DataView, useStoreData } from '../shell';
import { dateText } from '../shell/dates';
import { getAssessmentClassNames } from './assessment.styles';
import { NewAssessmentForm } from './NewAssessmentForm';

type HomeData =
  | { kind: 'ready'; user: CurrentUser; assessments: Listed<AssessmentSummary>; published: StoredModel | null }
  | { kind: 'not-set-up'; user: CurrentUser };

/** Who is looking, the site's assessments and the model in force, read together. */
async function readHome(store: NimmStore): Promise<HomeData> {
  const user = await store.getCurrentUser();
  try {
    const [assessments, published] = await Promise.all([store.listAssessments(), store.getPublishedModel()]);
    return { kind: 'ready', user, assessments, published };
  } catch (error) {
    if (isStoreError(error) && error.kind === 'not-set-up') return { kind: 'not-set-up', user };
    throw error;
  }
}

export interface IAssessmentHomeProps {
  headingLevel: number;
  onOpen: (assessmentId: number) => void;
}

/** The site's assessments, newest first, with a way for owners to start one. */
export const AssessmentHome: React.FC<IAssessmentHomeProps> = ({ headingLevel, onOpen }) => {
  const classNames = getAssessmentClassNames(useTheme());
  const { state, retry } = useStoreData(readHome, { refreshOn: ['site', 'model', 'assessments'] });
  const [starting, setStarting] = React.useState(false);
  return (
    <DataView state={state} onRetry={retry} loadingLabel={strings.LoadingAssessments} failedLabel={strings.LoadAssessmentsFailed}>
      {(home) => {
        if (home.kind === 'not-set-up') return <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>{strings.NotSetUp}</MessageBar>;
        const canStart = home.user.can.setUp && home.published !== null;
        return (
          <>
            <Heading level={headingLevel} className={classNames.sectionHeading}>
              {strings.ListHeading}
            </Heading>
            <DataIssuesNotice issues={home.assessments.issues} canFix={home.user.can.setUp} />
            {home.assessments.items.length === 0 ? (
              <p className={classNames.paragraph}>{home.user.can.setUp ? strings.NoAssessments : strings.NoAssessmentsAskOwner}</p>
            ) : (
              <ul className={classNames.list}>
                {home.assessments.items.map((a) => (
                  <li key={a.id} className={classNames.listItem}>
                    <div className={classNames.grow}>
                      <div>
                        <strong>{formatString(strings.AssessmentItem, a.title, a.scope || strings.ScopeDefault)}</strong>{' '}
                        <span className={classNames.status}>{a.status === 'open' ? strings.StatusOpen : strings.StatusClosed}</span>
                      </div>
                      <div className={classNames.muted}>{formatString(strings.AssessmentFacts, a.startDate ? dateText(a.startDate) : '\u2013', a.modelKey, a.modelVersion)}</div>
                    </div>
                    <DefaultButton text={strings.OpenButton} ariaLabel={formatString(strings.OpenAssessmentLabel, a.title)} onClick={() => onOpen(a.id)} />
                  </li>
                ))}
              </ul>
            )}
            {canStart && home.published && !starting ? (
              <div className={classNames.actions}>
                <PrimaryButton text={strings.StartButton} onClick={() => setStarting(true)} />
              </div>
            ) : null}
            {canStart && home.published && starting ? (
              <NewAssessmentForm
                model={home.published.model}
                user={home.user}
                previous={home.assessments.items}
                headingLevel={headingLevel}
                onCancel={() => setStarting(false)}
                onStarted={(id) => {
                  setStarting(false);
                  onOpen(id);
                }}
              />
            ) : null}
          </>
        );
      }}
    </DataView>
  );
};

import * as React from 'react';
import { MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import { isObservable } from '../../../data/cache/PageStore';
import type { EvidenceItem, Listed } from '../../../data/types';
import { EvidenceStrings as strings } from '../../../loc/strings';
import type { Capability } from '../../../nimm';
import { Heading } from '../../shared/Heading';
import { DataIssuesNotice, DataView, useStore, useStoreData } from '../../shell';
import { getAssessmentClassNames } from '../assessment.styles';
import { AddEvidence } from './AddEvidence';
import { getEvidenceClassNames } from './evidence.styles';
import { EvidenceList } from './EvidenceList';
import { expiredSummary, isExpired, todayIso } from './evidenceText';

export interface IEvidencePanelProps {
  assessmentId: number;
  capability: Capability;
  /** Visitors, and everyone once the assessment is closed: the list without the add controls. */
  readOnly: boolean;
  /** Whether the reader can put damaged items right (site owners): they are shown which. */
  canFix: boolean;
  /** Outline level of the section's heading. */
  headingLevel: number;
}

/**
 * The "Evidence" section of a capability being assessed: its evidence, with expired evidence
 * called out above the list, and (for people who may change the assessment) the ways to add more.
 */
export const EvidencePanel: React.FC<IEvidencePanelProps> = ({ assessmentId, capability, readOnly, canFix, headingLevel }) => {
  const theme = useTheme();
  const classNames = getEvidenceClassNames(theme);
  const assessmentClassNames = getAssessmentClassNames(theme);
  const store = useStore();
  const headingId = `nimm-evidence-heading-${capability.key}`;
  // Evidence added elsewhere on the page (another web part, or this one through the page store)
  // is read again through the 'evidence' topic.
  const { state, retry, refresh } = useStoreData((s) => s.listEvidence(assessmentId, capability.key), {
    key: `${assessmentId}/${capability.key}`,
    refreshOn: ['evidence']
  });

  const onAdded = React.useCallback((): void => {
    // A page store tells every reader after a write; a plain store does not, so read again here.
    if (!isObservable(store)) refresh().catch(() => undefined);
  }, [store, refresh]);

  const today = todayIso();
  return (
    <section className={classNames.section} aria-labelledby={headingId}>
      <Heading level={headingLevel} className={assessmentClassNames.subHeading} id={headingId}>
        {strings.Heading}
      </Heading>
      <p className={assessmentClassNames.paragraph}>{strings.Intro}</p>
      <DataView state={state} onRetry={retry} loadingLabel={strings.Loading} failedLabel={strings.LoadFailed}>
        {(listed: Listed<EvidenceItem>) => {
          const expired = listed.items.filter((item) => isExpired(item.expires, today)).length;
          return (
            <>
              {expired > 0 ? (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
                  {expiredSummary(expired)}
                </MessageBar>
              ) : null}
              <DataIssuesNotice issues={listed.issues} canFix={canFix} />
              <EvidenceList items={listed.items} capability={capability} today={today} />
            </>
          );
        }}
      </DataView>
      {!readOnly ? <AddEvidence assessmentId={assessmentId} capability={capability} headingLevel={headingLevel + 1} onAdded={onAdded} /> : null}
    </section>
  );
};

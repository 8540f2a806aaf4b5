import * as React from 'react';
import { DefaultButton, Dropdown, type IDropdownOption, MessageBar, MessageBarType, Toggle, useTheme } from '@fluentui/react';
import type { AssessmentView, WorkshopView } from '../../../data/types';
import { formatString, WorkshopStrings as strings } from '../../../loc/strings';
import type { Capability, Model, Perspective } from '../../../nimm';
import { Heading } from '../../shared/Heading';
import { DataIssuesNotice, DataView, errorText, useSiteUrl, useStore, useStoreData } from '../../shell';
import { getAssessmentClassNames } from '../assessment.styles';
import { getWorkshopClassNames } from './workshop.styles';
import { WorkshopTable } from './WorkshopTable';
import { keepWorkshopMode, perspectivesOf, readWorkshopMode, spreadOf, suggestedLevel, topLevelOf, usableScores } from './workshopLogic';
import { useWorkshopScores, type WorkshopSaveState } from './useWorkshopScores';

export interface IWorkshopPanelProps {
  view: AssessmentView;
  capability: Capability;
  /** The level of the panel's own heading. */
  headingLevel: number;
  /** Nothing may be changed here (a visitor, a closed assessment): scores are shown, not chosen. */
  readOnly: boolean;
  /** The response's agreed level as it now stands on the page (null: the level from the answers). */
  agreedLevel: number | null;
  /** Whether the agreed level may be changed now (not while the response is agreed and locked). */
  canSetAgreedLevel: boolean;
  /** Sets the response's agreed level, which the response's own autosave then saves. */
  onUseLevel: (level: number) => void;
}

/** How often an open workshop looks for new scores and the reveal, so nobody has to reload. */
const POLL_MS = 20000;

function levelText(model: Model, level: number): string {
  const name = model.levels.find((l) => l.level === level)?.name;
  return name ? formatString(strings.LevelInText, level, name) : formatString(strings.LevelInTextNoName, level);
}

function saveText(state: WorkshopSaveState): string {
  switch (state.kind) {
    case 'pending':
      return strings.SavePending;
    case 'saving':
      return strings.Saving;
    case 'saved':
      return strings.Saved;
    case 'failed':
      return formatString(strings.SaveFailed, state.message);
    default:
      return '';
  }
}

function scoredText(names: string[]): string {
  if (names.length === 0) return strings.ScoredNone;
  if (names.length === 1) return formatString(strings.ScoredOne, names[0]);
  return formatString(strings.ScoredMany, names.length, names.join(', '));
}

/**
 * Workshop mode on a capability: a switch, and when it is on the three phases of a facilitated
 * session, the user's own score for each perspective (saved as chosen), who has scored, and for
 * the facilitator a button to reveal the scores; once revealed, everyone's scores with the spread,
 * what to discuss, and the suggested consensus with a button to make it the agreed level.
 */
export const WorkshopPanel: React.FC<IWorkshopPanelProps> = (props) => {
  const { view, capability, headingLevel } = props;
  const classNames = getAssessmentClassNames(useTheme());
  const workshopClassNames = getWorkshopClassNames(useTheme());
  const site = useSiteUrl();
  const [on, setOn] = React.useState(() => readWorkshopMode(site, view.assessment.id));
  const headingId = `nimm-workshop-${capability.key}`;
  return (
    <section aria-labelledby={headingId} className={workshopClassNames.panel}>
      <Heading level={headingLevel} id={headingId} className={classNames.subHeading}>
        {strings.Heading}
      </Heading>
      <Toggle
        label={strings.ToggleLabel}
        checked={on}
        onChange={(_e, checked) => {
          setOn(!!checked);
          keepWorkshopMode(site, view.assessment.id, !!checked);
        }}
      />
      {on ? <WorkshopSession {...props} /> : <p className={classNames.muted}>{strings.ToggleHint}</p>}
    </section>
  );
};

/** The session: its guide, then the workshop as read from the site. */
const WorkshopSession: React.FC<IWorkshopPanelProps> = (props) => {
  const { view, capability, headingLevel } = props;
  const classNames = getAssessmentClassNames(useTheme());
  const workshopClassNames = getWorkshopClassNames(useTheme());
  const assessmentId = view.assessment.id;
  const { state, retry, refresh } = useStoreData((store) => store.loadWorkshop(assessmentId, capability.key), { key: `${assessmentId}/${capability.key}` });

  // Others score and the facilitator reveals on their own screens: look again now and then, while
  // the page is in view, so the reveal reaches everyone without a reload.
  React.useEffect(() => {
    const timer = setInterval(() => {
      if (typeof document === 'undefined' || document.visibilityState !== 'hidden') refresh().catch(() => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const facilitator = view.assessment.facilitator.trim();
  return (
    <>
      <p className={classNames.paragraph}>{strings.Intro}</p>
      <Heading level={headingLevel + 1} className={classNames.minorHeading}>
        {strings.PhasesHeading}
      </Heading>
      <ol className={workshopClassNames.phases}>
        <li className={workshopClassNames.phase}>
          <strong>{strings.PhaseOpenName}</strong> {strings.PhaseOpen}
        </li>
        <li className={workshopClassNames.phase}>
          <strong>{strings.PhaseControlName}</strong> {strings.PhaseControl}
        </li>
        <li className={workshopClassNames.phase}>
          <strong>{strings.PhaseConfirmName}</strong> {strings.PhaseConfirm}
        </li>
      </ol>
      <p className={classNames.paragraph}>{facilitator ? formatString(strings.FacilitatorNamed, facilitator) : strings.NoFacilitator}</p>
      <DataView state={state} onRetry={retry} loadingLabel={strings.Loading} failedLabel={strings.LoadFailed}>
        {(workshop) => <WorkshopLoaded {...props} workshop={workshop} refresh={refresh} />}
      </DataView>
    </>
  );
};

interface IWorkshopLoadedProps extends IWorkshopPanelProps {
  workshop: WorkshopView;
  refresh: () => Promise<void>;
}

/** The workshop once read: the user's scores, the reveal, and after it the spread. */
const WorkshopLoaded: React.FC<IWorkshopLoadedProps> = (props) => {
  const { view, capability, headingLevel, readOnly, workshop, refresh } = props;
  const store = useStore();
  const classNames = getAssessmentClassNames(useTheme());
  const workshopClassNames = getWorkshopClassNames(useTheme());
  const { model } = view;
  const perspectives = React.useMemo(() => perspectivesOf(model, capability), [model, capability]);
  const topLevel = topLevelOf(capability);
  const saver = useWorkshopScores(view.assessment.id, capability.key, workshop.mine, () => {
    refresh().catch(() => undefined);
  });
  const [busy, setBusy] = React.useState(false);
  const [actionError, setActionError] = React.useState<string | null>(null);
  // A reveal can finish after the capability was closed: nothing is set on a panel that has gone.
  const alive = React.useRef(true);
  React.useEffect(
    () => () => {
      alive.current = false;
    },
    []
  );
  const scoresId = `nimm-workshop-mine-${capability.key}`;

  const options: IDropdownOption[] = [
    { key: 0, text: strings.NotScored },
    ...Array.from({ length: topLevel }, (_, i) => {
      const name = model.levels.find((l) => l.level === i + 1)?.name;
      return { key: i + 1, text: name ? formatString(strings.LevelOption, i + 1, name) : formatString(strings.LevelOptionNoName, i + 1) };
    })
  ];

  const reveal = (revealed: boolean): void => {
    setBusy(true);
    setActionError(null);
    store.revealWorkshop(view.assessment.id, capability.key, revealed).then(
      () =>
        refresh().then(() => {
          if (alive.current) setBusy(false);
        }),
      (error: unknown) => {
        if (!alive.current) return;
        setBusy(false);
        setActionError(errorText(error));
      }
    );
  };

  return (
    <>
      <DataIssuesNotice issues={workshop.issues} canFix={view.user.can.setUp} />
      <Heading level={headingLevel + 1} className={classNames.minorHeading} id={scoresId}>
        {strings.YourScoresHeading}
      </Heading>
      <p className={classNames.paragraph}>{readOnly ? strings.ReadOnly : strings.YourScoresHint}</p>
      <div role="group" aria-labelledby={scoresId} className={workshopClassNames.scores}>
        {perspectives.map((p: Perspective) => (
          <Dropdown
            key={p.key}
            label={p.name}
            options={options}
            selectedKey={saver.scores[p.key] ?? 0}
            disabled={readOnly}
            onChange={(_e, option) => {
              if (option) saver.choose(p.key, Number(option.key) > 0 ? Number(option.key) : null);
            }}
          />
        ))}
      </div>
      {!readOnly ? (
        <div className={workshopClassNames.actions}>
          <p className={workshopClassNames.status} role="status" aria-live="polite" aria-atomic="true">
            {saveText(saver.state)}
          </p>
          {saver.state.kind === 'failed' ? <DefaultButton text={strings.SaveAgain} onClick={saver.saveNow} /> : null}
        </div>
      ) : null}

      <p className={workshopClassNames.line}>{scoredText(workshop.scoredBy)}</p>
      <p className={workshopClassNames.line} role="status" aria-live="polite" aria-atomic="true">
        {workshop.revealed ? (workshop.revealedBy ? formatString(strings.RevealedBy, workshop.revealedBy) : strings.Revealed) : strings.Hidden}
      </p>
      <div className={workshopClassNames.actions}>
        {workshop.canReveal && !readOnly ? (
          // One button whose words change, so focus stays on it after revealing or hiding.
          <DefaultButton
            primary={!workshop.revealed}
            text={busy ? strings.Working : workshop.revealed ? strings.HideButton : strings.RevealButton}
            disabled={busy}
            allowDisabledFocus={true}
            onClick={() => reveal(!workshop.revealed)}
          />
        ) : null}
        <DefaultButton text={strings.Refresh} onClick={() => refresh().catch(() => undefined)} />
      </div>
      {actionError ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {actionError}
        </MessageBar>
      ) : null}

      {workshop.revealed && workshop.everyone ? <RevealedScores {...props} everyone={workshop.everyone} perspectives={perspectives} topLevel={topLevel} /> : null}
    </>
  );
};

interface IRevealedScoresProps extends IWorkshopLoadedProps {
  everyone: NonNullable<WorkshopView['everyone']>;
  perspectives: Perspective[];
  topLevel: number;
}

/** After the reveal: the table, what to discuss first, and the suggested consensus. */
const RevealedScores: React.FC<IRevealedScoresProps> = ({ view, capability, headingLevel, readOnly, agreedLevel, canSetAgreedLevel, onUseLevel, everyone, perspectives, topLevel }) => {
  const classNames = getAssessmentClassNames(useTheme());
  const workshopClassNames = getWorkshopClassNames(useTheme());
  const [used, setUsed] = React.useState<number | null>(null);
  const { model } = view;
  const usable = React.useMemo(() => usableScores(everyone, perspectives, topLevel).filter((p) => Object.keys(p.scores).length > 0), [everyone, perspectives, topLevel]);
  const spread = React.useMemo(() => spreadOf(usable, perspectives, topLevel), [usable, perspectives, topLevel]);
  const suggestion = suggestedLevel(spread);
  const nameOf = (key: string): string => perspectives.find((p) => p.key === key)?.name ?? key;

  if (usable.length === 0) return <p className={classNames.paragraph}>{strings.NobodyRevealed}</p>;
  const toDiscuss = spread.perspectives.filter((p) => p.discuss);
  return (
    <>
      <WorkshopTable idPrefix={`nimm-workshop-table-${capability.key}`} capabilityName={capability.name} perspectives={perspectives} everyone={usable} spread={spread} myLogin={view.user.loginName} />

      <Heading level={headingLevel + 1} className={classNames.minorHeading}>
        {strings.ToDiscussHeading}
      </Heading>
      {toDiscuss.length > 0 ? (
        <ul className={workshopClassNames.discussList}>
          {toDiscuss.map((p) => (
            <li key={p.perspective}>{formatString(strings.ToDiscussItem, nameOf(p.perspective), p.lowest ?? '', p.lowestBy.join(', '), p.highest ?? '', p.highestBy.join(', '))}</li>
          ))}
        </ul>
      ) : (
        <p className={classNames.paragraph}>{strings.NothingToDiscuss}</p>
      )}

      <Heading level={headingLevel + 1} className={classNames.minorHeading}>
        {strings.SuggestedHeading}
      </Heading>
      {suggestion !== null ? (
        <>
          <p className={classNames.paragraph}>{formatString(strings.SuggestedLevel, levelText(model, suggestion))}</p>
          <p className={classNames.muted}>{strings.SuggestedWhy}</p>
          {!readOnly && canSetAgreedLevel ? (
            <div className={workshopClassNames.actions}>
              <DefaultButton
                text={strings.UseSuggested}
                onClick={() => {
                  onUseLevel(suggestion);
                  setUsed(suggestion);
                }}
              />
            </div>
          ) : null}
          {!readOnly && !canSetAgreedLevel ? <p className={classNames.paragraph}>{strings.AgreedLocked}</p> : null}
          <p className={workshopClassNames.status} role="status" aria-live="polite" aria-atomic="true">
            {agreedLevel === suggestion ? formatString(used === suggestion ? strings.UsedSuggested : strings.AlreadyAgreed, levelText(model, suggestion)) : ''}
          </p>
        </>
      ) : null}
      <p className={classNames.paragraph}>{strings.IdeasReminder}</p>
    </>
  );
};

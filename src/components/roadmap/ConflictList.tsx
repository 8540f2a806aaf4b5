import * as React from 'react';
import { ColumnHeads } from '../shared/ColumnHeads';
import { DefaultButton, PrimaryButton, useTheme } from '@fluentui/react';
import type { RoadmapActionSave, RoadmapConflict, RoadmapPlanSettings } from '../../data/types';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { Heading } from '../shared/Heading';
import { dateText } from '../shell/dates';
import { getRoadmapClassNames } from './roadmap.styles';
import { capacityText, numberText, phaseLengthText, poundsText, statusText } from './roadmapText';

export interface IConflictListProps {
  conflicts: RoadmapConflict[];
  /** A plan's goal in words (a profile of the model or of the site, or levels picked by hand). */
  goalText: (settings: RoadmapPlanSettings) => string;
  /** A plan's steps held back by hand, in words. */
  holdsText: (settings: RoadmapPlanSettings) => string;
  headingLevel: number;
  /** A choice is being saved: the buttons wait. */
  busy: boolean;
  onKeepTheirs: (conflict: RoadmapConflict) => void;
  onUseMine: (conflict: RoadmapConflict) => void;
}

type Row = [string, string, string];

function text(value: string | null | undefined): string {
  return value === null || value === undefined || value.trim() === '' ? strings.EmptyValue : value;
}

function dateOrEmpty(value: string | null | undefined): string {
  return value ? dateText(value) : strings.EmptyValue;
}

function actionRows(mine: RoadmapActionSave, theirs: RoadmapActionSave): Row[] {
  const amount = (v: number | null, pounds: boolean): string => (v === null ? strings.EmptyValue : pounds ? poundsText(v) : numberText(v));
  const rows: Row[] = [
    [strings.FieldTitle, text(mine.title), text(theirs.title)],
    [strings.FieldPhase, mine.phase === null ? strings.EmptyValue : String(mine.phase), theirs.phase === null ? strings.EmptyValue : String(theirs.phase)],
    [strings.FieldStart, dateOrEmpty(mine.startDate), dateOrEmpty(theirs.startDate)],
    [strings.FieldDue, dateOrEmpty(mine.dueDate), dateOrEmpty(theirs.dueDate)],
    [strings.FieldOwner, text(mine.owner), text(theirs.owner)],
    [strings.FieldStatus, statusText(mine.status), statusText(theirs.status)],
    [strings.FieldEffort, amount(mine.estimateDays, false), amount(theirs.estimateDays, false)],
    [strings.FieldCost, amount(mine.estimateCost, true), amount(theirs.estimateCost, true)],
    [strings.FieldNotes, text(mine.notes), text(theirs.notes)]
  ];
  const differing = rows.filter((r) => r[1] !== r[2]);
  return differing.length > 0 ? differing : rows;
}

function planRows(mine: RoadmapPlanSettings, theirs: RoadmapPlanSettings, goalText: (settings: RoadmapPlanSettings) => string, holdsText: (settings: RoadmapPlanSettings) => string): Row[] {
  const rows: Row[] = [
    [strings.FieldProfile, goalText(mine), goalText(theirs)],
    [strings.FieldCapacity, capacityText(mine), capacityText(theirs)],
    [strings.FieldPhaseLength, phaseLengthText(mine.phaseMonths), phaseLengthText(theirs.phaseMonths)],
    [strings.FieldStartDate, dateText(mine.startDate), dateText(theirs.startDate)],
    [strings.FieldHolds, holdsText(mine), holdsText(theirs)]
  ];
  const differing = rows.filter((r) => r[1] !== r[2]);
  return differing.length > 0 ? differing : rows;
}

const Comparison: React.FC<{ caption: string; rows: Row[] }> = ({ caption, rows }) => {
  const classNames = getRoadmapClassNames(useTheme());
  return (
    <div className={classNames.tableBox}>
      <table className={classNames.table}>
        <caption className={classNames.caption}>{caption}</caption>
        <ColumnHeads labels={[strings.FieldColumn, strings.YoursColumn, strings.TheirsColumn]} />
        <tbody>
          {rows.map(([field, mine, theirs]) => (
            <tr key={field}>
              <th scope="row">{field}</th>
              <td className={classNames.preWrap}>{mine}</td>
              <td className={classNames.preWrap}>{theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/**
 * What a save met: for each item someone else changed meanwhile, both versions side by side (only
 * what differs), and the two ways out: keep theirs (the page drops your change), or use yours
 * (saved over theirs, knowingly, with the ETag of their version).
 */
export const ConflictList: React.FC<IConflictListProps> = ({ conflicts, goalText, holdsText, headingLevel, busy, onKeepTheirs, onUseMine }) => {
  const classNames = getRoadmapClassNames(useTheme());
  if (conflicts.length === 0) return null;
  return (
    <section aria-label={strings.ConflictsHeading}>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.ConflictsHeading}
      </Heading>
      <p className={classNames.paragraph}>{strings.ConflictsIntro}</p>
      {conflicts.map((conflict, i) => {
        const title = conflict.kind === 'plan' ? strings.ConflictPlanHeading : conflict.mine.title;
        return (
          <div key={i} className={classNames.conflict}>
            <Heading level={headingLevel + 1} className={classNames.subHeading}>
              {title}
            </Heading>
            {conflict.theirs === null ? (
              <p className={classNames.paragraph}>{conflict.kind === 'plan' ? strings.ConflictNoPlan : strings.ConflictGone}</p>
            ) : conflict.kind === 'plan' ? (
              <Comparison caption={title} rows={planRows(conflict.mine, conflict.theirs, goalText, holdsText)} />
            ) : (
              <Comparison caption={title} rows={actionRows(conflict.mine, conflict.theirs)} />
            )}
            <div className={classNames.actions}>
              <DefaultButton text={strings.KeepTheirs} disabled={busy} onClick={() => onKeepTheirs(conflict)} />
              <PrimaryButton
                text={conflict.theirs === null && conflict.kind === 'action' ? strings.AddMineAgain : strings.UseMine}
                disabled={busy || (conflict.kind === 'plan' && conflict.theirs === null)}
                onClick={() => onUseMine(conflict)}
              />
            </div>
          </div>
        );
      })}
    </section>
  );
};

/** The roadmap's figures and states in words, from RoadmapStrings. */
import type { RoadmapActionStatus, RoadmapPlanSettings } from '../../data/types';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { ShellStrings, formatString } from '../../loc/strings';
import { quarterOf, type ProfileKind } from '../../nimm';
import type { RoadmapMerge } from '../../data/merge/mergeRoadmap';

let numberFormat: Intl.NumberFormat | undefined;
let moneyFormat: Intl.NumberFormat | undefined;

/** A number of person-days or steps: "12", "2.5", "1,250". */
export function numberText(value: number): string {
  numberFormat = numberFormat || new Intl.NumberFormat(ShellStrings.DateLocale, { maximumFractionDigits: 1 });
  return numberFormat.format(value);
}

/** An amount in pounds: "£12,500". */
export function poundsText(value: number): string {
  moneyFormat = moneyFormat || new Intl.NumberFormat(ShellStrings.DateLocale, { maximumFractionDigits: 2, minimumFractionDigits: 0 });
  return formatString(strings.CostPounds, moneyFormat.format(value));
}

const STATUS_TEXT: Record<RoadmapActionStatus, string> = {
  planned: strings.StatusPlanned,
  'in-progress': strings.StatusInProgress,
  done: strings.StatusDone,
  dropped: strings.StatusDropped,
  obsolete: strings.StatusObsolete
};

export function statusText(status: RoadmapActionStatus): string {
  return STATUS_TEXT[status] ?? status;
}

/** The statuses a person can choose for a step (obsolete is the plan's to set). */
export const CHOOSABLE_STATUSES: RoadmapActionStatus[] = ['planned', 'in-progress', 'done', 'dropped'];

const KIND_TEXT: Record<ProfileKind, string> = {
  target: strings.ProfileKindTarget,
  service: strings.ProfileKindService,
  entitlement: strings.ProfileKindEntitlement
};

export function profileKindText(kind: ProfileKind): string {
  return KIND_TEXT[kind] ?? kind;
}

/** "the third quarter of 2027" for a date in July to September 2027. */
export function quarterText(date: string): string {
  const { quarter, year } = quarterOf(date);
  return formatString(strings.Quarter, strings.QuarterNames[quarter - 1], year);
}

/** A share as a whole number of per cent, rounded down so that 100 means every target. */
export function percentNumber(share: number): number {
  return Math.floor(share * 100 + 1e-9);
}

/** A share as a whole per cent ("67%"). */
export function percentText(share: number): string {
  return formatString(strings.Percent, percentNumber(share));
}

/** The phase length's name in the drop-down. */
export function phaseLengthText(months: number): string {
  const names: Record<number, string> = { 1: strings.PhaseMonths1, 3: strings.PhaseMonths3, 6: strings.PhaseMonths6, 12: strings.PhaseMonths12 };
  return names[months] ?? String(months);
}

/** How many capabilities a goal sets a level for, in words. */
export function goalSizeText(targets: Record<string, number>): string {
  const count = Object.keys(targets).length;
  return count === 1 ? strings.GoalSummaryOne : formatString(strings.GoalSummaryMany, count);
}

/** A capacity in words: "8 steps", "40 person-days", "no limit". */
export function capacityText(settings: Pick<RoadmapPlanSettings, 'capacity' | 'capacityUnit'>): string {
  if (settings.capacity === null) return strings.NoLimit;
  const one = settings.capacity === 1;
  const unit = settings.capacityUnit === 'days' ? (one ? strings.UnitDay : strings.UnitDays) : one ? strings.UnitStep : strings.UnitSteps;
  return formatString(strings.CapacityValue, numberText(settings.capacity), unit);
}

/** What saving would do, as one sentence; null when nothing would be written. */
export function savePreview(merge: RoadmapMerge, settingsChanged: boolean): string | null {
  const clauses: string[] = [];
  const counted = (n: number, one: string, many: string): void => {
    if (n === 1) clauses.push(one);
    else if (n > 1) clauses.push(formatString(many, n));
  };
  if (settingsChanged) clauses.push(strings.SaveSettingsClause);
  counted(merge.add.length, strings.SaveAddOne, strings.SaveAddMany);
  counted(merge.update.length, strings.SaveUpdateOne, strings.SaveUpdateMany);
  counted(merge.obsolete.length, strings.SaveObsoleteOne, strings.SaveObsoleteMany);
  counted(merge.done.length, strings.SaveDoneOne, strings.SaveDoneMany);
  return clauses.length === 0 ? null : formatString(strings.SavePreview, clauses.join(strings.SaveClauseSeparator));
}

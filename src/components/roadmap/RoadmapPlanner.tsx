import * as React from 'react';
import {
  ChoiceGroup,
  DefaultButton,
  Dropdown,
  DropdownMenuItemType,
  type IChoiceGroupOption,
  type IDropdownOption,
  MessageBar,
  MessageBarType,
  Pivot,
  PivotItem,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  TextField,
  useTheme
} from '@fluentui/react';
import { CUSTOM_GOAL, type LocalProfile, type RoadmapConflict, type RoadmapPlanSettings, type RoadmapSave, type RoadmapView } from '../../data/types';
import { asModelProfile } from '../../data/mappers/localProfile';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { formatString } from '../../loc/strings';
import { Heading } from '../shared/Heading';
import { errorText, useStore } from '../shell';
import { dateText } from '../shell/dates';
import type { HostInfo } from '../shell/host';
import { ConflictList } from './ConflictList';
import { GoalEditor, type GoalEditing } from './GoalEditor';
import { getRoadmapClassNames } from './roadmap.styles';
import {
  computePlan,
  existingActions,
  initialSettings,
  PHASE_LENGTHS,
  planBase,
  sameSettings,
  settingsOf,
  todayIso,
  type ComputedPlan,
  type StepDraft,
  type StoredPlan
} from './roadmapData';
import { capacityText, goalSizeText, percentNumber, phaseLengthText, profileKindText, quarterText, savePreview } from './roadmapText';
import { RoadmapExport } from './RoadmapExport';
import { readAmount, StepPanel } from './StepPanel';
import { ROADMAP_VIEWS } from './views';

export interface IRoadmapPlannerProps {
  view: RoadmapView;
  /** The tab shown. */
  viewKey: string;
  /** Outline level of the planner's own headings. */
  headingLevel: number;
  onView: (key: string) => void;
  onOpenAssessment: (assessmentId: number) => void;
  /** Where the web part runs (printing is blocked in Teams); SharePoint when left out. */
  host?: HostInfo;
}

/** What the last save (or a conflict's choice) came to, for the person to read. */
interface Outcome {
  type: MessageBarType;
  lines: string[];
  conflicts: RoadmapConflict[];
}

function storedOf(view: RoadmapView): StoredPlan {
  return { plan: view.plan, actions: view.actions, earlier: view.earlier };
}

/** The plan in a sentence or two: its size and dates, and where the profile's readiness gets to. */
function summaryLines(plan: ComputedPlan): string[] {
  const lines: string[] = [];
  const steps = plan.report.phases.reduce((n, p) => n + p.steps.length, 0);
  const phases = plan.phases;
  if (phases.length === 0) lines.push(strings.SummaryNothing);
  else {
    const from = dateText(phases[0].dates.start);
    const to = dateText(phases[phases.length - 1].dates.end);
    if (steps === 1) lines.push(formatString(strings.SummaryOneStep, from, to));
    else if (phases.length === 1) lines.push(formatString(strings.SummaryOnePhase, steps, from, to));
    else lines.push(formatString(strings.SummaryMany, steps, phases.length, from, to));
  }
  const { points, metAfter } = plan.readiness;
  const now = points[0];
  lines.push(formatString(strings.ReadinessNow, percentNumber(now.readiness), now.met, now.counted));
  if (metAfter === 0) lines.push(strings.ReadinessAlready);
  else if (metAfter !== null) {
    const end = phases[metAfter - 1].dates.end;
    lines.push(formatString(strings.ReadinessReaches, metAfter, quarterText(end), dateText(end)));
  } else {
    const last = points[points.length - 1];
    const count = plan.unreachable.length;
    const cannot = count === 1 ? strings.UnreachableOne : formatString(strings.UnreachableMany, Math.max(count, last.counted - last.met));
    lines.push(formatString(strings.ReadinessAtMost, percentNumber(last.readiness), last.met, last.counted, cannot));
  }
  return lines;
}

/**
 * The planner: the goal and capacity, the plan they give (worked out in the page on every change),
 * what saving would write, the views as tabs, a step's editor, and what a save met. Members and
 * owners change and save it; visitors, and anyone looking at a plan carried forward to a newer
 * assessment, read it, told why.
 */
export const RoadmapPlanner: React.FC<IRoadmapPlannerProps> = ({ view, viewKey, headingLevel, onView, onOpenAssessment, host }) => {
  const store = useStore();
  const classNames = getRoadmapClassNames(useTheme());
  const today = React.useMemo(() => todayIso(), []);
  const base = React.useMemo(() => planBase(view), [view]);
  const [stored, setStored] = React.useState<StoredPlan>(() => storedOf(view));
  const [settings, setSettings] = React.useState<RoadmapPlanSettings>(() => initialSettings(view, today));
  // A newer read of the same assessment (an answer changed elsewhere on the page) replaces what is
  // stored; settings the person has not changed follow the site's.
  const [seen, setSeen] = React.useState(view);
  const [locals, setLocals] = React.useState<LocalProfile[]>(view.localProfiles.profiles);
  const [goalEditing, setGoalEditing] = React.useState<GoalEditing | null>(null);
  const [goalNotice, setGoalNotice] = React.useState<string | null>(null);
  // The step last held back or let go, and the phase it was in, for the focus and the announcement.
  const [moved, setMoved] = React.useState<{ key: string; from: number } | null>(null);
  if (seen !== view) {
    setSeen(view);
    setStored(storedOf(view));
    setLocals(view.localProfiles.profiles);
    if (sameSettings(settings, initialSettings(seen, today))) setSettings(initialSettings(view, today));
  }
  const [capacityInput, setCapacityInput] = React.useState(settings.capacity === null ? '' : String(settings.capacity));
  const [defaultEffortInput, setDefaultEffortInput] = React.useState(String(settings.defaultEffortDays));
  const [startInput, setStartInput] = React.useState(settings.startDate);
  const [edits, setEdits] = React.useState<Record<string, StepDraft>>({});
  const [editing, setEditing] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const [resolving, setResolving] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);

  const plan = React.useMemo(() => (base ? computePlan(base, stored, settings, edits, today, locals) : null), [base, stored, settings, edits, today, locals]);
  const readOnly = !view.user.can.edit || view.carriedTo !== null;
  const assessment = view.assessment;
  const model = view.model;
  if (!assessment || !model || !base) return null;

  // Any other change ends a move's announcement (it would otherwise be read out again, about a
  // plan the person has since changed) and its claim on the focus.
  const change = (next: Partial<RoadmapPlanSettings>): void => {
    setMoved(null);
    setSettings((s) => ({ ...s, ...next }));
  };
  const capacityValue = readAmount(capacityInput);
  const capacityBad = capacityValue === undefined || capacityValue === 0;
  const defaultEffortValue = readAmount(defaultEffortInput);
  const startBad = !/^\d{4}-\d{2}-\d{2}$/.test(startInput);

  const localRights = view.localProfiles;
  const profileOptions: IDropdownOption[] = [];
  if (model.profiles.length > 0) {
    profileOptions.push({ key: 'group-model', text: strings.GoalGroupModel, itemType: DropdownMenuItemType.Header });
    model.profiles.forEach((p) => profileOptions.push({ key: p.key, text: formatString(strings.ProfileOption, profileKindText(p.kind), p.name) }));
  }
  if (locals.length > 0) {
    profileOptions.push({ key: 'group-local', text: strings.GoalGroupLocal, itemType: DropdownMenuItemType.Header });
    locals.forEach((p) => profileOptions.push({ key: p.key, text: formatString(strings.LocalProfileOption, profileKindText(p.kind), p.name) }));
  }
  profileOptions.push({ key: 'group-custom', text: strings.GoalGroupCustom, itemType: DropdownMenuItemType.Header });
  profileOptions.push({ key: CUSTOM_GOAL, text: strings.CustomGoalOption });
  const startFrom = model.profiles.concat(locals.map(asModelProfile));
  const assessedNow: Record<string, number | 'n/a' | null> = {};
  Object.keys(base.score.capabilities).forEach((key) => {
    assessedNow[key] = base.score.capabilities[key].assessedLevel;
  });
  const chooseGoal = (key: string): void => {
    setGoalNotice(null);
    if (key !== CUSTOM_GOAL) {
      change({ profile: key, customTargets: null });
      return;
    }
    // A custom goal starts from the levels of the goal chosen before, and is planned at once.
    const from = plan ? plan.profile.targets : {};
    change({ profile: CUSTOM_GOAL, customTargets: settings.customTargets ?? { ...from } });
  };
  const currentLocal = locals.filter((p) => p.key === settings.profile)[0] ?? null;
  const hold = (key: string, phase: number | null): void => {
    const step = plan ? plan.steps.get(key) : undefined;
    setSettings((s) => {
      const holds = { ...(s.holds ?? {}) };
      if (phase === null || phase <= 1) delete holds[key];
      else holds[key] = phase;
      return { ...s, holds };
    });
    setMoved({ key, from: step ? step.phase : 0 });
  };
  const movedStep = moved && plan ? plan.steps.get(moved.key) : undefined;
  const movedText = !moved || !movedStep
    ? ''
    : movedStep.phase === moved.from
      ? formatString(strings.StaysIn, movedStep.title, movedStep.phase)
      : formatString(strings.MovedTo, movedStep.title, movedStep.phase, dateText(movedStep.dates.start), dateText(movedStep.dates.end));
  const heldCount = Object.keys(settings.holds ?? {}).length;
  // Steps held back by hand in words: each step's title and the phase.
  const holdsText = (s: RoadmapPlanSettings): string => {
    const holds = s.holds ?? {};
    const keys = Object.keys(holds).sort();
    if (keys.length === 0) return strings.HoldsNone;
    return keys
      .map((k) => {
        const step = plan ? plan.steps.get(k) : undefined;
        const [capability, level] = k.split(':');
        const title = step ? step.title : formatString(strings.StepTitle, base.capabilities.get(capability)?.name ?? capability, level);
        return formatString(strings.HoldLine, title, holds[k]);
      })
      .join(strings.FactSeparator);
  };
  // A goal in words: its entry in the goal list, with the levels of one picked by hand.
  const goalText = (s: RoadmapPlanSettings): string => {
    const listed = profileOptions.filter((o) => o.key === s.profile && o.itemType === undefined).map((o) => o.text)[0] ?? s.profile;
    if (s.profile !== CUSTOM_GOAL || !s.customTargets) return listed;
    const levels = Object.keys(s.customTargets)
      .sort()
      .map((k) => formatString(strings.GoalLevelLine, base.capabilities.get(k)?.name ?? k, (s.customTargets as Record<string, number>)[k]));
    return formatString(strings.GoalWithLevels, listed, levels.join(strings.FactSeparator));
  };
  const unitOptions: IChoiceGroupOption[] = [
    { key: 'steps', text: strings.CapacityUnitSteps },
    { key: 'days', text: strings.CapacityUnitDays }
  ];
  const lengthOptions: IDropdownOption[] = PHASE_LENGTHS.map((m) => ({ key: m, text: phaseLengthText(m) }));

  const save = async (): Promise<void> => {
    if (!plan) return;
    setSaving(true);
    setOutcome(null);
    const request: RoadmapSave = {
      assessmentId: assessment.id,
      plan: plan.settingsChanged ? { ...settings, assessmentId: assessment.id, itemId: stored.plan?.itemId, etag: stored.plan?.etag } : undefined,
      actions: plan.writes
    };
    try {
      const result = await store.saveRoadmapPlan(request);
      setStored({ plan: result.plan, actions: result.actions, earlier: result.plan ? null : stored.earlier });
      // Changes that were saved leave the page; those in conflict, or not tried, stay.
      if (!result.failed) {
        const kept: Record<string, StepDraft> = {};
        result.conflicts.forEach((c) => {
          const key = c.kind === 'action' ? c.mine.stepKey : null;
          if (key && edits[key]) kept[key] = edits[key];
        });
        setEdits(kept);
      }
      const lines: string[] = [];
      if (result.conflicts.length > 0) lines.push(formatString(strings.SavedWithConflicts, result.saved));
      else if (!result.failed) lines.push(result.saved === 0 ? strings.SavedNothing : result.saved === 1 ? strings.SavedOne : formatString(strings.SavedMany, result.saved));
      if (result.failed) lines.push(formatString(strings.NotSaved, result.failed.titles.join(strings.FactSeparator), result.failed.message));
      setOutcome({ type: result.failed || result.conflicts.length > 0 ? MessageBarType.warning : MessageBarType.success, lines, conflicts: result.conflicts });
    } catch (error) {
      setOutcome({ type: MessageBarType.error, lines: [strings.SaveFailed, errorText(error)], conflicts: [] });
    } finally {
      setSaving(false);
    }
  };

  const settle = (conflict: RoadmapConflict): void => {
    setOutcome((o) => (o ? { ...o, conflicts: o.conflicts.filter((c) => c !== conflict) } : o));
    if (conflict.kind === 'action' && conflict.mine.stepKey) {
      const key = conflict.mine.stepKey;
      setEdits((e) => {
        const next = { ...e };
        delete next[key];
        return next;
      });
    }
  };
  const keepTheirs = (conflict: RoadmapConflict): void => {
    if (conflict.kind === 'plan' && conflict.theirs) {
      const theirs = settingsOf(conflict.theirs);
      setSettings(theirs);
      setCapacityInput(theirs.capacity === null ? '' : String(theirs.capacity));
      setStartInput(theirs.startDate);
      setDefaultEffortInput(String(theirs.defaultEffortDays));
    }
    settle(conflict);
  };
  const applyMine = async (conflict: RoadmapConflict): Promise<void> => {
    setResolving(true);
    try {
      if (conflict.kind === 'action') {
        const theirs = conflict.theirs;
        const saved = await store.saveRoadmapAction({ ...conflict.mine, itemId: theirs ? theirs.itemId : undefined, etag: theirs ? theirs.etag : undefined });
        setStored((s) => ({ ...s, actions: s.actions.filter((a) => a.itemId !== saved.itemId).concat(saved) }));
      } else if (conflict.theirs) {
        const result = await store.saveRoadmapPlan({ assessmentId: assessment.id, plan: { ...conflict.mine, itemId: conflict.theirs.itemId, etag: conflict.theirs.etag }, actions: [] });
        setStored((s) => ({ ...s, plan: result.plan, actions: result.actions }));
      }
      settle(conflict);
    } catch (error) {
      setOutcome((o) => ({ type: MessageBarType.error, lines: [strings.ResolveFailed, errorText(error)], conflicts: o ? o.conflicts : [] }));
    } finally {
      setResolving(false);
    }
  };

  const preview = plan ? savePreview(plan.merge, plan.settingsChanged) : null;
  const editingStep = plan && editing ? plan.steps.get(editing) ?? null : null;
  const existing = existingActions(stored);
  const settingsId = 'nimm-roadmap-settings';

  return (
    <div data-nimm-replan-ms={plan ? plan.elapsedMs.toFixed(1) : undefined}>
      {view.carriedTo ? (
        <MessageBar isMultiline={true}>
          <p className={classNames.paragraph}>{formatString(strings.ReadOnlyCarried, view.carriedTo.title)}</p>
          <DefaultButton text={formatString(strings.OpenNewer, view.carriedTo.title)} onClick={() => view.carriedTo && onOpenAssessment(view.carriedTo.id)} />
        </MessageBar>
      ) : !view.user.can.edit ? (
        <MessageBar isMultiline={true}>{strings.ReadOnlyVisitor}</MessageBar>
      ) : !stored.plan ? (
        <MessageBar isMultiline={true}>{stored.earlier ? formatString(strings.CarryForward, stored.earlier.assessment.title, stored.earlier.actions.filter((a) => a.stepKey !== null).length) : strings.NewPlan}</MessageBar>
      ) : null}

      <section aria-labelledby={settingsId}>
        <Heading level={headingLevel} id={settingsId} className={classNames.sectionHeading}>
          {strings.SettingsHeading}
        </Heading>
        {readOnly ? (
          <ul className={classNames.readOnlySettings}>
            {[
              [strings.FieldProfile, goalText(settings)],
              [strings.FieldCapacity, capacityText(settings)],
              [strings.PhaseLengthLabel, phaseLengthText(settings.phaseMonths)],
              [strings.StartDateLabel, dateText(settings.startDate)],
              ...(heldCount > 0 ? [[strings.FieldHolds, formatString(strings.HoldsLine, heldCount)]] : [])
            ].map(([label, value]) => (
              <li key={label}>{formatString(strings.SettingLine, label, value)}</li>
            ))}
          </ul>
        ) : (
          <div className={classNames.settings}>
            <Dropdown
              className={classNames.wideField}
              label={strings.ProfileLabel}
              options={profileOptions}
              selectedKey={settings.profile}
              onChange={(_e, option) => option && chooseGoal(String(option.key))}
            />
            <ChoiceGroup
              className={classNames.field}
              label={strings.CapacityUnitLabel}
              options={unitOptions}
              selectedKey={settings.capacityUnit}
              onChange={(_e, option) => option && change({ capacityUnit: option.key === 'days' ? 'days' : 'steps' })}
            />
            <TextField
              className={classNames.field}
              label={settings.capacityUnit === 'days' ? strings.CapacityDaysLabel : strings.CapacityStepsLabel}
              description={strings.CapacityHint}
              inputMode="decimal"
              value={capacityInput}
              errorMessage={capacityBad ? strings.CapacityInvalid : undefined}
              onChange={(_e, v) => {
                const typed = v ?? '';
                setCapacityInput(typed);
                const value = readAmount(typed);
                if (value === null) change({ capacity: null });
                else if (value !== undefined && value > 0) change({ capacity: value });
              }}
            />
            {settings.capacityUnit === 'days' ? (
              <TextField
                className={classNames.field}
                label={strings.DefaultEffortLabel}
                inputMode="decimal"
                value={defaultEffortInput}
                errorMessage={defaultEffortValue === undefined || defaultEffortValue === null ? strings.DefaultEffortInvalid : undefined}
                onChange={(_e, v) => {
                  const typed = v ?? '';
                  setDefaultEffortInput(typed);
                  const value = readAmount(typed);
                  if (value !== undefined && value !== null) change({ defaultEffortDays: value });
                }}
              />
            ) : null}
            <Dropdown
              className={classNames.field}
              label={strings.PhaseLengthLabel}
              options={lengthOptions}
              selectedKey={settings.phaseMonths}
              onChange={(_e, option) => option && change({ phaseMonths: Number(option.key) })}
            />
            <TextField
              className={classNames.field}
              label={strings.StartDateLabel}
              type="date"
              value={startInput}
              errorMessage={startBad ? strings.StartDateInvalid : undefined}
              onChange={(_e, v) => {
                const typed = v ?? '';
                setStartInput(typed);
                if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) change({ startDate: typed });
              }}
            />
          </div>
        )}
        {readOnly ? null : <p className={`${classNames.paragraph} ${classNames.muted}`}>{strings.SettingsKeptNote}</p>}
        <div className={classNames.goalBox}>
          {plan ? <p className={classNames.paragraph}>{goalSizeText(plan.profile.targets)}</p> : null}
          {currentLocal ? (
            <p className={classNames.paragraph}>
              {formatString(strings.LocalProfileAbout, currentLocal.name, currentLocal.modified ? dateText(currentLocal.modified.slice(0, 10)) : '')}
              {currentLocal.basedOn ? ' ' + formatString(strings.LocalProfileBasedOn, startFrom.filter((p) => p.key === currentLocal.basedOn).map((p) => p.name)[0] ?? currentLocal.basedOn) : ''}
            </p>
          ) : null}
          {plan && plan.goal.notInModel.length > 0 ? <p className={classNames.paragraph}>{formatString(strings.GoalNotInModel, plan.goal.notInModel.join(strings.FactSeparator))}</p> : null}
          {plan && plan.goal.capped.length > 0 ? (
            <p className={classNames.paragraph}>{formatString(strings.GoalCapped, plan.goal.capped.map((k) => base.capabilities.get(k)?.name ?? k).join(strings.FactSeparator))}</p>
          ) : null}
          {goalNotice ? (
            <MessageBar messageBarType={MessageBarType.success} isMultiline={true}>
              {goalNotice}
            </MessageBar>
          ) : null}
          {readOnly ? null : (
            <div className={classNames.actions}>
              {settings.profile === CUSTOM_GOAL ? (
                <DefaultButton text={strings.EditCustomGoal} onClick={() => setGoalEditing({ kind: 'custom', targets: settings.customTargets ?? {} })} />
              ) : null}
              {currentLocal && localRights.canChange ? <DefaultButton text={strings.EditLocalProfile} onClick={() => setGoalEditing({ kind: 'local', profile: currentLocal })} /> : null}
              {localRights.canChange ? (
                <DefaultButton text={strings.NewLocalProfile} onClick={() => setGoalEditing({ kind: 'new', targets: plan ? { ...plan.profile.targets } : {}, basedOn: plan && plan.goal.source !== 'custom' ? plan.profile.key : null })} />
              ) : null}
            </div>
          )}
          {readOnly ? null : !localRights.available ? (
            <p className={`${classNames.paragraph} ${classNames.muted}`}>{strings.LocalProfilesUnavailable}</p>
          ) : !localRights.canChange ? (
            <p className={`${classNames.paragraph} ${classNames.muted}`}>{strings.LocalProfilesOwnersOnly}</p>
          ) : null}
        </div>
      </section>

      {plan ? (
        <>
          <section aria-label={strings.SummaryHeading}>
            <Heading level={headingLevel} className={classNames.sectionHeading}>
              {strings.SummaryHeading}
            </Heading>
            {summaryLines(plan).map((line, i) => (
              <p key={i} className={classNames.paragraph}>
                {line}
              </p>
            ))}
          </section>

          {readOnly ? null : (
            <section aria-label={strings.SaveHeading}>
              <div className={classNames.saveBar}>
                <PrimaryButton text={saving ? strings.Saving : strings.SaveButton} disabled={saving || preview === null} onClick={() => void save()} />
                {saving ? <Spinner size={SpinnerSize.small} ariaLabel={strings.Saving} /> : null}
                <p className={classNames.paragraph} role="status">
                  {preview ?? strings.SaveUpToDate}
                </p>
              </div>
              {outcome ? (
                <MessageBar messageBarType={outcome.type} isMultiline={true}>
                  {outcome.lines.map((line, i) => (
                    <p key={i} className={classNames.paragraph}>
                      {line}
                    </p>
                  ))}
                </MessageBar>
              ) : null}
              {outcome ? (
                <ConflictList
                  conflicts={outcome.conflicts}
                  goalText={goalText}
                  holdsText={holdsText}
                  headingLevel={headingLevel}
                  busy={resolving}
                  onKeepTheirs={keepTheirs}
                  onUseMine={(c) => void applyMine(c)}
                />
              ) : null}
            </section>
          )}

          <p className={classNames.visuallyHidden} role="status" aria-live="polite" aria-atomic="true">
            {movedText}
          </p>
          <RoadmapExport plan={plan} assessment={assessment} host={host ?? { kind: 'sharepoint' }} today={today} />
          <Pivot aria-label={strings.ViewsLabel} overflowAriaLabel={strings.MoreViews} selectedKey={viewKey} onLinkClick={(item) => {
              setMoved(null);
              if (item && item.props.itemKey) onView(item.props.itemKey);
            }} overflowBehavior="menu">
            {ROADMAP_VIEWS.map((v) => (
              <PivotItem key={v.key} itemKey={v.key} headerText={v.label}>
                {v.key === viewKey ? (
                  <v.component
                    plan={plan}
                    base={base}
                    existing={existing}
                    assessmentTitle={assessment.title}
                    headingLevel={headingLevel}
                    readOnly={readOnly}
                    today={today}
                    onEdit={setEditing}
                    onHold={readOnly ? undefined : hold}
                    moved={moved}
                  />
                ) : null}
              </PivotItem>
            ))}
          </Pivot>
          <StepPanel
            step={editingStep}
            onClose={() => setEditing(null)}
            onKeep={(key, draft) => {
              setMoved(null);
              if (Object.keys(draft).length > 0) setEdits((e) => ({ ...e, [key]: { ...e[key], ...draft } }));
              setEditing(null);
            }}
          />
        </>
      ) : (
        <MessageBar messageBarType={MessageBarType.warning}>{strings.ProfileMissing}</MessageBar>
      )}
      <GoalEditor
        editing={goalEditing}
        model={model}
        startFrom={startFrom}
        assessed={assessedNow}
        canSaveToSite={localRights.canChange}
        onClose={() => setGoalEditing(null)}
        onApply={(targets) => {
          change({ profile: CUSTOM_GOAL, customTargets: targets });
          setGoalEditing(null);
        }}
        onSaved={(saved) => {
          setLocals((list) => list.filter((p) => p.key !== saved.key).concat(saved).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')));
          change({ profile: saved.key, customTargets: null });
          setGoalNotice(formatString(strings.GoalSaved, saved.name));
          setGoalEditing(null);
        }}
        onDeleted={(deleted) => {
          setLocals((list) => list.filter((p) => p.key !== deleted.key));
          setGoalNotice(formatString(strings.GoalDeleted, deleted.name));
          setGoalEditing(null);
        }}
      />
    </div>
  );
};

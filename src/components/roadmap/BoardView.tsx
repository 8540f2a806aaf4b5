import * as React from 'react';
import { DefaultButton, useTheme } from '@fluentui/react';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { formatString } from '../../loc/strings';
import { Heading } from '../shared/Heading';
import { dateText } from '../shell/dates';
import { getRoadmapClassNames } from './roadmap.styles';
import type { BoardPhase, BoardStep, ComputedPlan } from './roadmapData';
import { capacityText, numberText, poundsText, statusText } from './roadmapText';
import type { IRoadmapViewProps } from './views';

/** The id of a step's card, which "waits on" links move to. */
export function stepCardId(key: string): string {
  return `nimm-roadmap-step-${key.replace(/[^a-z0-9-]/gi, '-')}`;
}

/** A phase's facts in one line: steps, effort, capacity used. */
export function phaseFacts(phase: BoardPhase, plan: ComputedPlan): string {
  const { settings } = plan;
  const facts = [phase.steps.length === 1 ? strings.PhaseStepsOne : formatString(strings.PhaseStepsMany, phase.steps.length)];
  facts.push(
    phase.guessed > 0
      ? formatString(strings.PhaseEffortGuessed, numberText(phase.effortDays), phase.guessed, numberText(settings.defaultEffortDays))
      : formatString(strings.PhaseEffort, numberText(phase.effortDays))
  );
  if (settings.capacity !== null) {
    const template = phase.used > settings.capacity ? strings.PhaseOverCapacity : strings.PhaseCapacity;
    facts.push(formatString(template, numberText(phase.used), capacityText(settings)));
  }
  return facts.join(strings.FactSeparator);
}

function answerText(answer: 'partial' | 'not-met' | null): string {
  return answer === 'partial' ? strings.AnswerPartial : answer === 'not-met' ? strings.AnswerNotMet : strings.AnswerNone;
}

interface IStepCardProps {
  step: BoardStep;
  plan: ComputedPlan;
  headingLevel: number;
  readOnly: boolean;
  onEdit: (key: string) => void;
  onHold?: (key: string, phase: number | null) => void;
}

const StepLinks: React.FC<{ keys: string[]; plan: ComputedPlan; label: string; none: string }> = ({ keys, plan, label, none }) => {
  const classNames = getRoadmapClassNames(useTheme());
  const go = (key: string): void => document.getElementById(stepCardId(key))?.focus();
  return (
    <>
      <p className={classNames.label}>{label}</p>
      {keys.length === 0 ? (
        <p className={`${classNames.phaseFacts} ${classNames.muted}`}>{none}</p>
      ) : (
        <ul className={classNames.smallList} aria-label={label}>
          {keys.map((key) => {
            const other = plan.steps.get(key);
            return other ? (
              <li key={key}>
                <button type="button" className={classNames.linkButton} onClick={() => go(key)}>
                  {formatString(strings.StepLink, other.title, other.phase)}
                </button>
              </li>
            ) : null;
          })}
        </ul>
      )}
    </>
  );
};

/** One step: what it is, who owns it, the work to do, and how it hangs together with the others. */
const StepCard: React.FC<IStepCardProps> = ({ step, plan, headingLevel, readOnly, onEdit, onHold }) => {
  const classNames = getRoadmapClassNames(useTheme());
  const estimate =
    step.estimateDays !== null
      ? formatString(strings.EffortDays, numberText(step.estimateDays))
      : plan.settings.capacityUnit === 'days'
        ? formatString(strings.EffortGuessed, numberText(plan.settings.defaultEffortDays))
        : strings.NotEstimated;
  return (
    <li id={stepCardId(step.key)} tabIndex={-1} className={classNames.card} aria-label={step.title}>
      <Heading level={headingLevel} className={classNames.cardHeading}>
        {step.title}
      </Heading>
      {step.levelName ? <p className={`${classNames.phaseFacts} ${classNames.muted}`}>{formatString(strings.LevelNamed, step.level, step.levelName)}</p> : null}
      {step.overdue ? <p className={classNames.flag}>{formatString(strings.Overdue, dateText(step.dates.end))}</p> : null}
      {step.edited ? <p className={classNames.note}>{strings.ChangedNotSaved}</p> : !step.action ? <p className={classNames.note}>{strings.NotSavedYet}</p> : null}
      <ul className={classNames.facts}>
        <li>
          {strings.OwnerLabel}: {step.owner.trim() === '' ? strings.OwnerNone : step.owner}
        </li>
        <li>
          {strings.StatusLabel}: {statusText(step.status)}
        </li>
        <li>
          {strings.EffortLabel}: {estimate}
        </li>
        <li>
          {strings.CostLabel}: {step.estimateCost === null ? strings.NotEstimated : poundsText(step.estimateCost)}
        </li>
      </ul>
      <details className={classNames.details}>
        <summary>
          {step.workToDo.length === 1
            ? formatString(strings.WorkToDoOne, 1, step.level)
            : step.workToDo.length > 1
              ? formatString(strings.WorkToDoMany, step.workToDo.length, step.level)
              : formatString(strings.WorkToDoNone, step.level)}
        </summary>
        {step.workToDo.length > 0 ? (
          <ul className={classNames.smallList}>
            {step.workToDo.map((c) => (
              <li key={c.key}>{formatString(strings.CriterionLine, c.text, answerText(c.answer))}</li>
            ))}
          </ul>
        ) : null}
      </details>
      <StepLinks keys={step.waitsOn} plan={plan} label={strings.WaitsOnLabel} none={strings.WaitsOnNothing} />
      <StepLinks keys={step.waitedOnBy} plan={plan} label={strings.WaitedOnByLabel} none={strings.WaitedOnByNothing} />
      {step.improvementIdeas.trim() !== '' ? (
        <>
          <p className={classNames.label}>{strings.IdeasLabel}</p>
          <p className={`${classNames.phaseFacts} ${classNames.preWrap}`}>{step.improvementIdeas}</p>
        </>
      ) : null}
      {step.notes.trim() !== '' ? (
        <>
          <p className={classNames.label}>{strings.NotesLabel}</p>
          <p className={`${classNames.phaseFacts} ${classNames.preWrap}`}>{step.notes}</p>
        </>
      ) : null}
      {step.held !== null ? (
        <p className={classNames.note}>{step.held === step.phase ? formatString(strings.HeldTo, step.held) : formatString(strings.HeldToLater, step.held, step.phase)}</p>
      ) : null}
      {readOnly ? null : (
        <div className={classNames.actions}>
          <DefaultButton text={strings.EditStep} ariaLabel={formatString(strings.EditStepNamed, step.title)} onClick={() => onEdit(step.key)} />
          {onHold ? (
            <DefaultButton text={strings.HoldBack} ariaLabel={formatString(strings.HoldBackNamed, step.title, step.phase + 1)} onClick={() => onHold(step.key, step.phase + 1)} />
          ) : null}
          {onHold && step.held !== null ? (
            <DefaultButton text={strings.LetGo} ariaLabel={formatString(strings.LetGoNamed, step.title)} onClick={() => onHold(step.key, null)} />
          ) : null}
        </div>
      )}
    </li>
  );
};

/**
 * The phase board: the phases as a list (shown as columns while they fit), each with its dates,
 * effort and capacity, and its steps as a list of cards with headings, so a screen reader reads
 * "list of 3 phases; Phase 1 ...; list of 4 steps; Raise ...". Every link and button is reachable
 * by keyboard; "waits on" links move focus to that step's card. No drag and drop: a step is moved
 * by holding it back a phase (a button on its card), or letting it go as early as the plan allows;
 * its phase otherwise follows from the plan's settings and its dependencies (rule 10).
 */
export const BoardView: React.FC<IRoadmapViewProps> = ({ plan, headingLevel, readOnly, onEdit, onHold, moved }) => {
  const classNames = getRoadmapClassNames(useTheme());
  // A step held back or let go moves to another phase's list, which draws its card anew: the
  // focus follows it there, so a keyboard user carries on from the card they moved.
  // Once per move: the planner makes a new `moved` for each click and clears it on any other change.
  React.useEffect(() => {
    if (moved) document.getElementById(stepCardId(moved.key))?.focus();
  }, [moved]);
  return (
    <>
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {strings.BoardHeading}
      </Heading>
      <p className={classNames.paragraph}>{plan.phases.length === 0 ? strings.SummaryNothing : strings.BoardIntro}</p>
      {plan.phases.length > 0 ? (
        <ol className={classNames.board} aria-label={strings.PhasesLabel}>
          {plan.phases.map((phase) => (
            <li key={phase.phase} className={classNames.phase}>
              <Heading level={headingLevel + 1} className={classNames.phaseHeading}>
                {formatString(strings.PhaseHeading, phase.phase, dateText(phase.dates.start), dateText(phase.dates.end))}
              </Heading>
              <p className={classNames.phaseFacts}>{phaseFacts(phase, plan)}</p>
              {phase.steps.length === 0 ? <p className={`${classNames.phaseFacts} ${classNames.muted}`}>{strings.PhaseEmpty}</p> : null}
              <ol className={classNames.steps} aria-label={formatString(strings.StepsOfPhase, phase.phase)}>
                {phase.steps.map((step) => (
                  <StepCard key={step.key} step={step} plan={plan} headingLevel={headingLevel + 2} readOnly={readOnly} onEdit={onEdit} onHold={onHold} />
                ))}
              </ol>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
};

import * as React from 'react';
import { DefaultButton, Dropdown, Panel, PanelType, PrimaryButton, TextField, useTheme } from '@fluentui/react';
import type { RoadmapActionStatus } from '../../data/types';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { PersonPicker, type PickedPerson } from '../assessment/review/PersonPicker';
import { getRoadmapClassNames } from './roadmap.styles';
import type { BoardStep, StepDraft } from './roadmapData';
import { CHOOSABLE_STATUSES, statusText } from './roadmapText';

export interface IStepPanelProps {
  /** The step being edited; null when the panel is closed. */
  step: BoardStep | null;
  /** Keeps the changes made (only the fields that changed) on the page. */
  onKeep: (key: string, draft: StepDraft) => void;
  onClose: () => void;
}

/** An amount typed in a field: null when empty, undefined when not a number of 0 or more. */
export function readAmount(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return isFinite(value) && value >= 0 ? value : undefined;
}

const StepForm: React.FC<{ step: BoardStep; onKeep: IStepPanelProps['onKeep']; onClose: () => void }> = ({ step, onKeep, onClose }) => {
  const classNames = getRoadmapClassNames(useTheme());
  const [effort, setEffort] = React.useState(step.estimateDays === null ? '' : String(step.estimateDays));
  const [cost, setCost] = React.useState(step.estimateCost === null ? '' : String(step.estimateCost));
  const [owner, setOwner] = React.useState<PickedPerson>({ name: step.owner, login: step.ownerLogin });
  const [status, setStatus] = React.useState<RoadmapActionStatus>(step.status);
  const [notes, setNotes] = React.useState(step.notes);
  const [tried, setTried] = React.useState(false);
  const effortValue = readAmount(effort);
  const costValue = readAmount(cost);
  const valid = effortValue !== undefined && costValue !== undefined;
  const statuses = CHOOSABLE_STATUSES.indexOf(step.status) >= 0 ? CHOOSABLE_STATUSES : [step.status, ...CHOOSABLE_STATUSES];

  const keep = (): void => {
    setTried(true);
    if (!valid) return;
    const draft: StepDraft = {};
    if (effortValue !== step.estimateDays) draft.estimateDays = effortValue as number | null;
    if (costValue !== step.estimateCost) draft.estimateCost = costValue as number | null;
    if (owner.name !== step.owner || owner.login !== step.ownerLogin) {
      draft.owner = owner.name;
      draft.ownerLogin = owner.login;
    }
    if (status !== step.status) draft.status = status;
    if (notes !== step.notes) draft.notes = notes;
    onKeep(step.key, draft);
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        keep();
      }}
    >
      <p className={classNames.paragraph}>{strings.PanelIntro}</p>
      <TextField
        label={strings.EffortFieldLabel}
        description={strings.AmountHint}
        inputMode="decimal"
        value={effort}
        onChange={(_e, v) => setEffort(v ?? '')}
        errorMessage={tried && effortValue === undefined ? strings.AmountInvalid : undefined}
      />
      <TextField
        label={strings.CostFieldLabel}
        description={strings.AmountHint}
        inputMode="decimal"
        value={cost}
        onChange={(_e, v) => setCost(v ?? '')}
        errorMessage={tried && costValue === undefined ? strings.AmountInvalid : undefined}
      />
      <PersonPicker label={strings.OwnerLabel} person={owner} disabled={false} onChange={setOwner} />
      <Dropdown
        label={strings.StatusLabel}
        options={statuses.map((s) => ({ key: s, text: statusText(s) }))}
        selectedKey={status}
        onChange={(_e, option) => option && setStatus(option.key as RoadmapActionStatus)}
      />
      <TextField label={strings.NotesLabel} multiline rows={4} value={notes} maxLength={63999} onChange={(_e, v) => setNotes(v ?? '')} />
      <div className={classNames.actions}>
        <PrimaryButton type="submit" text={strings.KeepChanges} />
        <DefaultButton text={strings.Cancel} onClick={onClose} />
      </div>
    </form>
  );
};

/**
 * Editing one step's effort, cost, owner (chosen from the site's people), status and notes. Fluent's
 * Panel keeps focus inside while open, closes on Esc, and gives focus back to the step's Edit button.
 * The changes stay on the page until the plan is saved; the plan re-flows at once with a new effort.
 */
export const StepPanel: React.FC<IStepPanelProps> = ({ step, onKeep, onClose }) => (
  <Panel isOpen={step !== null} onDismiss={onClose} type={PanelType.medium} headerText={step ? step.title : strings.PanelTitle} closeButtonAriaLabel={strings.PanelCloseLabel}>
    {step ? <StepForm key={step.key} step={step} onKeep={onKeep} onClose={onClose} /> : null}
  </Panel>
);

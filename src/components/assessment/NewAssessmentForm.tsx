import * as React from 'react';
import { Checkbox, ChoiceGroup, DefaultButton, Dropdown, type IChoiceGroupOption, type IDropdownOption, MessageBar, MessageBarType, PrimaryButton, TextField, useTheme } from '@fluentui/react';
import type { AssessmentSummary, CurrentUser } from '../../data/types';
import { AssessmentStrings as strings, formatString } from '../../loc/strings';
import type { Model } from '../../nimm/model/schema';
import { capabilitiesInScope, type AssessmentScope } from '../../nimm';
import { Heading } from '../shared/Heading';
import { errorText, useStore } from '../shell';
import { getAssessmentClassNames } from './assessment.styles';

export interface INewAssessmentFormProps {
  model: Model;
  user: CurrentUser;
  /** Earlier assessments, to start from their answers. */
  previous: AssessmentSummary[];
  headingLevel: number;
  onCancel: () => void;
  onStarted: (assessmentId: number) => void;
}

type ScopeKind = AssessmentScope['kind'];

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** An owner starts an assessment: what, where, against which target, and which capabilities. */
export const NewAssessmentForm: React.FC<INewAssessmentFormProps> = ({ model, user, previous, headingLevel, onCancel, onStarted }) => {
  const classNames = getAssessmentClassNames(useTheme());
  const store = useStore();
  const [title, setTitle] = React.useState('');
  const [scopeText, setScopeText] = React.useState(strings.ScopeDefault);
  const [target, setTarget] = React.useState<string>(model.profiles[0]?.key ?? '');
  const [lead, setLead] = React.useState(user.title);
  const [facilitator, setFacilitator] = React.useState('');
  const [startDate, setStartDate] = React.useState(today());
  const [scopeKind, setScopeKind] = React.useState<ScopeKind>('all');
  const [picked, setPicked] = React.useState<string[]>([]);
  const [previousId, setPreviousId] = React.useState<number | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [titleError, setTitleError] = React.useState<string | undefined>(undefined);

  const scope: AssessmentScope = React.useMemo(() => {
    switch (scopeKind) {
      case 'foundation':
        return { kind: 'foundation' };
      case 'profile':
        return { kind: 'profile', profile: target };
      case 'capabilities':
        return { kind: 'capabilities', capabilities: picked };
      default:
        return { kind: 'all' };
    }
  }, [scopeKind, target, picked]);

  const count = (s: AssessmentScope): number => {
    try {
      return capabilitiesInScope(model, s).length;
    } catch {
      return 0;
    }
  };

  const scopeOptions: IChoiceGroupOption[] = [
    { key: 'all', text: formatString(strings.ScopeAll, model.capabilities.length) },
    { key: 'foundation', text: formatString(strings.ScopeFoundation, count({ kind: 'foundation' })) },
    ...(target ? [{ key: 'profile', text: formatString(strings.ScopeProfile, count({ kind: 'profile', profile: target })) }] : []),
    { key: 'capabilities', text: strings.ScopeHandPicked }
  ];
  const profileOptions: IDropdownOption[] = [{ key: '', text: strings.NoTargetProfile }, ...model.profiles.map((p) => ({ key: p.key, text: p.name }))];
  const previousOptions: IDropdownOption[] = [{ key: 0, text: strings.StartFresh }, ...previous.map((a) => ({ key: a.id, text: formatString(strings.AssessmentItem, a.title, a.scope || strings.ScopeDefault) }))];

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (title.trim() === '') {
      setTitleError(strings.TitleRequired);
      return;
    }
    setBusy(true);
    setError(null);
    store
      .startAssessment({
        title: title.trim(),
        scope: scopeText.trim(),
        targetProfile: target || null,
        lead,
        facilitator,
        startDate,
        inScope: scope,
        previousAssessmentId: previousId
      })
      .then(
        (started) => onStarted(started.assessment.id),
        (e: unknown) => {
          setBusy(false);
          setError(errorText(e));
        }
      );
  };

  return (
    <form className={classNames.form} onSubmit={submit} aria-labelledby="nimm-new-assessment-heading" noValidate>
      <Heading level={headingLevel} className={classNames.subHeading} id="nimm-new-assessment-heading">
        {strings.NewHeading}
      </Heading>
      <TextField label={strings.TitleLabel} placeholder={strings.TitlePlaceholder} required value={title} onChange={(_e, v) => { setTitle(v ?? ''); setTitleError(undefined); }} errorMessage={titleError} maxLength={255} />
      <TextField label={strings.ScopeLabel} description={strings.ScopeDescription} value={scopeText} onChange={(_e, v) => setScopeText(v ?? '')} maxLength={255} />
      <Dropdown label={strings.TargetProfileLabel} options={profileOptions} selectedKey={target} onChange={(_e, o) => setTarget(o ? String(o.key) : '')} />
      <TextField label={strings.LeadLabel} value={lead} onChange={(_e, v) => setLead(v ?? '')} maxLength={255} />
      <TextField label={strings.FacilitatorLabel} value={facilitator} onChange={(_e, v) => setFacilitator(v ?? '')} maxLength={255} />
      <TextField label={strings.StartDateLabel} type="date" value={startDate} onChange={(_e, v) => setStartDate(v ?? '')} />
      <ChoiceGroup label={strings.CapabilitiesLabel} options={scopeOptions} selectedKey={scopeKind} onChange={(_e, o) => o && setScopeKind(o.key as ScopeKind)} />
      <p className={classNames.muted}>{strings.ScopeAdvice}</p>
      {scopeKind === 'capabilities' ? (
        <fieldset>
          <legend>{strings.ScopeHandPicked}</legend>
          {model.capabilities.map((c) => (
            <Checkbox
              key={c.key}
              label={c.name}
              checked={picked.indexOf(c.key) >= 0}
              onChange={(_e, checked) => setPicked((now) => (checked ? [...now, c.key] : now.filter((k) => k !== c.key)))}
            />
          ))}
        </fieldset>
      ) : null}
      {previous.length > 0 ? (
        <Dropdown label={strings.PreviousLabel} options={previousOptions} selectedKey={previousId ?? 0} onChange={(_e, o) => setPreviousId(o && Number(o.key) > 0 ? Number(o.key) : null)} />
      ) : null}
      {error ? <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{error}</MessageBar> : null}
      <div className={classNames.actions}>
        <PrimaryButton type="submit" text={busy ? strings.Creating : strings.CreateButton} disabled={busy || (scopeKind === 'capabilities' && picked.length === 0)} />
        <DefaultButton text={strings.CancelButton} onClick={onCancel} disabled={busy} />
      </div>
    </form>
  );
};

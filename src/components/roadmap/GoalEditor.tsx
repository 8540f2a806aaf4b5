import * as React from 'react';
import { ColumnHeads } from '../shared/ColumnHeads';
import {
  ChoiceGroup,
  DefaultButton,
  Dropdown,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  SearchBox,
  Spinner,
  SpinnerSize,
  TextField,
  useTheme
} from '@fluentui/react';
import { LOCAL_PROFILE_NAME_MAX, localProfileKey } from '../../data/mappers/localProfile';
import type { LocalProfile, LocalProfileKind } from '../../data/types';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { formatString } from '../../loc/strings';
import { searchCapabilities, type Model, type Profile } from '../../nimm';
import { errorText, useStore } from '../shell';
import { getRoadmapClassNames } from './roadmap.styles';
import { goalSizeText } from './roadmapText';

/** What the panel edits: the plan's custom goal, a new site profile, or one of the site's profiles. */
export type GoalEditing = { kind: 'custom'; targets: Record<string, number> } | { kind: 'new'; targets: Record<string, number>; basedOn: string | null } | { kind: 'local'; profile: LocalProfile };

export interface IGoalEditorProps {
  /** What is edited; null when the panel is closed. */
  editing: GoalEditing | null;
  model: Model;
  /** The profiles a goal can start from (the model's, then the site's). */
  startFrom: Profile[];
  /** Each capability's assessed level now (null: not assessed; 'n/a': not applicable). */
  assessed: Record<string, number | 'n/a' | null>;
  /** Whether SharePoint lets the user create and change site profiles. */
  canSaveToSite: boolean;
  /** Plans to the levels picked (a custom goal). */
  onApply: (targets: Record<string, number>) => void;
  /** A site profile was saved (the plan then aims at it). */
  onSaved: (profile: LocalProfile) => void;
  /** A site profile was deleted. */
  onDeleted: (profile: LocalProfile) => void;
  onClose: () => void;
}

/** The levels a goal may set: the model's levels above its floor. */
function levelChoices(model: Model): { level: number; text: string }[] {
  const floor = model.levels.reduce((m, l) => Math.min(m, l.level), Number.MAX_SAFE_INTEGER);
  return model.levels
    .filter((l) => l.level > floor)
    .map((l) => ({ level: l.level, text: l.name ? formatString(strings.GoalLevelOption, l.level, l.name) : formatString(strings.GoalLevelOptionBare, l.level) }));
}

interface GoalFormProps extends Omit<IGoalEditorProps, 'editing'> {
  editing: GoalEditing;
}

/**
 * The goal's levels as a table (a row per capability, by category, with its level now and a
 * native select for the target: quick with a keyboard, read well by screen readers and drawn by
 * the system in high-contrast mode), filtered with the suite's one capability search; for a site
 * profile also its name, kind and purpose. Whatever is typed stays in the panel until it is saved
 * or the panel is cancelled; a refusal is shown above the buttons.
 */
const GoalForm: React.FC<GoalFormProps> = ({ editing, model, startFrom, assessed, canSaveToSite, onApply, onSaved, onDeleted, onClose }) => {
  const store = useStore();
  const classNames = getRoadmapClassNames(useTheme());
  const initialTargets = editing.kind === 'local' ? editing.profile.targets : editing.targets;
  const [asSiteProfile, setAsSiteProfile] = React.useState(editing.kind !== 'custom');
  const [targets, setTargets] = React.useState<Record<string, number>>(() => ({ ...initialTargets }));
  const [name, setName] = React.useState(editing.kind === 'local' ? editing.profile.name : '');
  const [kind, setKind] = React.useState<LocalProfileKind>(editing.kind === 'local' && editing.profile.kind === 'target' ? 'target' : 'service');
  const [description, setDescription] = React.useState(editing.kind === 'local' ? editing.profile.description : '');
  const [basedOn, setBasedOn] = React.useState<string | null>(editing.kind === 'local' ? editing.profile.basedOn : editing.kind === 'new' ? editing.basedOn : null);
  const [startKey, setStartKey] = React.useState<string>('');
  const [copied, setCopied] = React.useState<string | null>(null);
  const [query, setQuery] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const [busy, setBusy] = React.useState<'saving' | 'deleting' | null>(null);
  const [confirmDelete, setConfirmDelete] = React.useState(false);
  const [failure, setFailure] = React.useState<string[] | null>(null);

  const choices = React.useMemo(() => levelChoices(model), [model]);
  const found = React.useMemo(() => (query.trim() === '' ? null : new Set(searchCapabilities(model, query).map((r) => r.capability))), [model, query]);
  const categoryName = new Map(model.categories.map((c) => [c.key, c.name] as [string, string]));
  const shown = model.capabilities.filter((c) => found === null || found.has(c.key));
  const trimmedName = name.trim();
  const nameProblem = !asSiteProfile ? undefined : trimmedName === '' ? strings.GoalNameMissing : trimmedName.length > LOCAL_PROFILE_NAME_MAX ? formatString(strings.GoalNameTooLong, LOCAL_PROFILE_NAME_MAX) : undefined;
  const targetsProblem = Object.keys(targets).length === 0 ? strings.GoalNoTargets : undefined;
  const summaryId = 'nimm-goal-summary';

  const setLevel = (capability: string, value: string): void => {
    setTargets((t) => {
      const next = { ...t };
      if (value === '') delete next[capability];
      else next[capability] = Number(value);
      return next;
    });
  };

  const copyFrom = (): void => {
    const profile = startFrom.filter((p) => p.key === startKey)[0];
    if (!profile) {
      setTargets({});
      setBasedOn(null);
      setCopied(null);
      return;
    }
    const known = new Set(model.capabilities.map((c) => c.key));
    const next: Record<string, number> = {};
    Object.keys(profile.targets).forEach((k) => {
      if (known.has(k)) next[k] = profile.targets[k];
    });
    setTargets(next);
    setBasedOn(profile.key);
    setCopied(profile.name);
  };

  const submit = async (): Promise<void> => {
    setTried(true);
    if (targetsProblem || nameProblem) return;
    if (!asSiteProfile) {
      onApply(targets);
      return;
    }
    setBusy('saving');
    setFailure(null);
    try {
      const saved = await store.saveLocalProfile(
        editing.kind === 'local'
          ? { itemId: editing.profile.itemId, etag: editing.profile.etag, key: editing.profile.key, name: trimmedName, kind, description, targets, basedOn }
          : { key: localProfileKey(trimmedName), name: trimmedName, kind, description, targets, basedOn }
      );
      onSaved(saved);
    } catch (error) {
      setFailure([strings.GoalSaveFailed, errorText(error)]);
      setBusy(null);
    }
  };

  const remove = async (): Promise<void> => {
    if (editing.kind !== 'local') return;
    setBusy('deleting');
    setFailure(null);
    try {
      await store.deleteLocalProfile({ itemId: editing.profile.itemId, etag: editing.profile.etag, name: editing.profile.name });
      onDeleted(editing.profile);
    } catch (error) {
      setFailure([strings.GoalDeleteFailed, errorText(error)]);
      setBusy(null);
      setConfirmDelete(false);
    }
  };

  const startOptions = [{ key: '', text: strings.GoalStartFromScratch }].concat(startFrom.map((p) => ({ key: p.key, text: p.name })));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className={classNames.paragraph}>{strings.GoalEditorIntro}</p>
      {asSiteProfile ? (
        <>
          <p className={classNames.paragraph}>{strings.GoalEditorLocalIntro}</p>
          <TextField
            label={strings.GoalNameLabel}
            description={strings.GoalNameHint}
            required={true}
            value={name}
            onChange={(_e, v) => setName(v ?? '')}
            errorMessage={tried ? nameProblem : undefined}
          />
          <ChoiceGroup
            label={strings.GoalKindLabel}
            selectedKey={kind}
            options={[
              { key: 'service', text: strings.GoalKindService },
              { key: 'target', text: strings.GoalKindTarget }
            ]}
            onChange={(_e, option) => option && setKind(option.key === 'target' ? 'target' : 'service')}
          />
          <TextField label={strings.GoalDescriptionLabel} multiline={true} rows={3} value={description} onChange={(_e, v) => setDescription(v ?? '')} />
        </>
      ) : null}

      <div className={classNames.settings}>
        <Dropdown className={classNames.wideField} label={strings.GoalStartFromLabel} options={startOptions} selectedKey={startKey} onChange={(_e, o) => o && setStartKey(String(o.key))} />
        <DefaultButton className={classNames.alignEnd} text={strings.GoalStartFromButton} onClick={copyFrom} />
      </div>
      {copied ? (
        <p className={classNames.paragraph} role="status">
          {formatString(strings.GoalCopied, copied)}
        </p>
      ) : null}

      <SearchBox placeholder={strings.GoalFilterLabel} ariaLabel={strings.GoalFilterLabel} value={query} onChange={(_e, v) => setQuery(v ?? '')} />
      <p className={`${classNames.paragraph} ${classNames.muted}`} id={summaryId} role="status">
        {goalSizeText(targets) + ' ' + formatString(strings.GoalFilterCount, shown.length, model.capabilities.length)}
      </p>
      {shown.length === 0 ? (
        <p className={classNames.paragraph}>{strings.GoalNoMatch}</p>
      ) : (
        <div className={classNames.tableBox}>
          <table className={classNames.table} data-nimm-goal="levels">
            <caption className={classNames.caption}>{strings.GoalCaption}</caption>
            <ColumnHeads labels={[strings.GoalColumnCapability, strings.GoalColumnNow, strings.GoalColumnTarget]} />
            <tbody>
              {shown.map((c) => {
                const now = assessed[c.key];
                const rowId = `nimm-goal-${c.key}`;
                return (
                  <tr key={c.key}>
                    <th scope="row" id={rowId}>
                      {c.name}
                      <span className={`${classNames.muted} ${classNames.block}`}>{categoryName.get(c.category) ?? c.category}</span>
                    </th>
                    <td>{now === 'n/a' ? strings.GoalAssessedNotApplicable : now === null || now === undefined ? strings.GoalAssessedNone : formatString(strings.GoalAssessedNow, now)}</td>
                    <td>
                      <select
                        className={classNames.select}
                        aria-label={formatString(strings.GoalLevelFor, c.name)}
                        value={targets[c.key] === undefined ? '' : String(targets[c.key])}
                        onChange={(e) => setLevel(c.key, e.target.value)}
                      >
                        <option value="">{strings.GoalNoTarget}</option>
                        {choices.map((l) => (
                          <option key={l.level} value={String(l.level)}>
                            {l.text}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {tried && targetsProblem ? (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          {targetsProblem}
        </MessageBar>
      ) : null}
      {failure ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {failure.map((line, i) => (
            <p key={i} className={classNames.paragraph}>
              {line}
            </p>
          ))}
        </MessageBar>
      ) : null}

      <div className={classNames.actions}>
        {asSiteProfile ? (
          <PrimaryButton type="submit" text={busy === 'saving' ? strings.GoalSaving : editing.kind === 'local' ? strings.GoalSaveChanges : strings.GoalSaveNew} disabled={busy !== null} />
        ) : (
          <PrimaryButton type="submit" text={strings.GoalApply} />
        )}
        {!asSiteProfile && canSaveToSite ? <DefaultButton text={strings.GoalSaveToSite} onClick={() => setAsSiteProfile(true)} /> : null}
        {editing.kind === 'local' && !confirmDelete ? <DefaultButton text={strings.GoalDelete} disabled={busy !== null} onClick={() => setConfirmDelete(true)} /> : null}
        {editing.kind === 'local' && confirmDelete ? (
          <DefaultButton text={busy === 'deleting' ? strings.GoalDeleting : strings.GoalDeleteConfirm} disabled={busy !== null} onClick={() => void remove()} />
        ) : null}
        <DefaultButton text={strings.GoalCancel} disabled={busy !== null} onClick={onClose} />
        {busy ? <Spinner size={SpinnerSize.small} ariaLabel={busy === 'saving' ? strings.GoalSaving : strings.GoalDeleting} /> : null}
      </div>
    </form>
  );
};

/**
 * Picking a goal's levels by hand, or building one of the site's own profiles (from scratch or
 * from an existing profile). Fluent's Panel keeps focus inside while open, closes on Esc, and
 * gives focus back to the button that opened it.
 */
export const GoalEditor: React.FC<IGoalEditorProps> = (props) => {
  const { editing, onClose } = props;
  const title = !editing ? '' : editing.kind === 'custom' ? strings.GoalEditorCustomTitle : editing.kind === 'new' ? strings.GoalEditorNewTitle : formatString(strings.GoalEditorEditTitle, editing.profile.name);
  return (
    <Panel isOpen={editing !== null} onDismiss={onClose} type={PanelType.medium} headerText={title} closeButtonAriaLabel={strings.GoalClose} isLightDismiss={false}>
      {editing ? <GoalForm {...props} editing={editing} /> : null}
    </Panel>
  );
};

import * as React from 'react';
import {
  ChoiceGroup,
  FontWeights,
  getId,
  HighContrastSelector,
  type IChoiceGroupOption,
  type ITheme,
  memoizeFunction,
  mergeStyleSets,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  TextField,
  useTheme
} from '@fluentui/react';
import { isStoreError } from '../../data/errors';
import type { AssessmentSummary } from '../../data/types';
import { AssessmentStrings as strings, formatString } from '../../loc/strings';
import { Heading } from '../shared/Heading';
import { errorText, useStore } from '../shell';
import { getAssessmentClassNames } from './assessment.styles';
import { type BudgetField, type BudgetFieldErrors, type BudgetFields, type BudgetMode, checkFields, fieldsOf, previewText, recordedText } from './budgetForm';

export interface IBudgetSplitSectionProps {
  /** The assessment as loaded: its figures and the ETag a save is sent with. */
  assessment: AssessmentSummary;
  /** Whether the user may change the site (members and owners). */
  canEdit: boolean;
  headingLevel: number;
  /** Told the assessment as saved (its new ETag and figures). */
  onSaved?: (saved: AssessmentSummary) => void;
}

type Outcome =
  | { kind: 'saved'; year: string }
  | { kind: 'invalid' }
  | { kind: 'refused'; message: string }
  | { kind: 'conflict'; theirs: AssessmentSummary | null };

const FIELD_ORDER: BudgetField[] = ['year', 'run', 'improve', 'runPercent'];

const getBudgetClassNames = memoizeFunction((theme: ITheme) => {
  const { semanticColors, palette, fonts } = theme;
  const focusRing = { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: '2px' };
  return mergeStyleSets({
    section: { margin: '8px 0', borderBottom: `1px solid ${palette.neutralLight}`, paddingBottom: 8 },
    heading: { ...fonts.mediumPlus, fontWeight: FontWeights.semibold, margin: '12px 0 4px' },
    disclosure: {
      font: 'inherit',
      fontWeight: 'inherit',
      color: semanticColors.link,
      background: 'transparent',
      border: 'none',
      margin: 0,
      padding: '2px 4px 2px 0',
      minHeight: 24,
      textAlign: 'left',
      cursor: 'pointer',
      display: 'inline-flex',
      alignItems: 'baseline',
      gap: '6px',
      selectors: {
        ':hover': { textDecoration: 'underline', color: semanticColors.linkHovered },
        ':focus': focusRing,
        ':focus:not(:focus-visible)': { outline: 'none' },
        ':focus-visible': focusRing,
        [HighContrastSelector]: { color: 'LinkText' }
      }
    },
    chevron: { flex: '0 0 auto', width: '0.75em', height: '0.75em', transition: 'transform 0.1s' },
    chevronExpanded: { transform: 'rotate(90deg)' },
    body: { maxWidth: '40em' },
    amounts: { display: 'flex', flexWrap: 'wrap', gap: '12px 16px' },
    amount: { flex: '1 1 14em', minWidth: 0 },
    figures: { margin: '0 0 8px', paddingLeft: '1.2em' }
  });
});

/**
 * The IT budget split recorded with the assessment, behind a disclosure so it does not crowd the
 * capability work. Members and owners type the financial year and either the run and improve
 * amounts or the run share; the form shows the share on improving against the 70/30 benchmark as
 * they type, and saves with the assessment's ETag. A refusal is shown beside the form and keeps
 * everything typed; after a conflict the figures recorded now are shown and the next save replaces
 * them. Visitors, and everyone once the assessment is closed, read the figures with the reason.
 */
export const BudgetSplitSection: React.FC<IBudgetSplitSectionProps> = ({ assessment, canEdit, headingLevel, onSaved }) => {
  const theme = useTheme();
  const classNames = getAssessmentClassNames(theme);
  const own = getBudgetClassNames(theme);
  const store = useStore();
  const [ids] = React.useState(() => {
    const base = getId('nimm-budget');
    return { button: `${base}-button`, body: `${base}-body`, year: `${base}-year`, run: `${base}-run`, improve: `${base}-improve`, runPercent: `${base}-share` };
  });
  const [open, setOpen] = React.useState(false);
  /** The assessment as last known: what is shown as recorded, and the ETag the next save is sent with. */
  const [current, setCurrent] = React.useState(assessment);
  const [fields, setFields] = React.useState<BudgetFields>(() => fieldsOf(assessment));
  const [dirty, setDirty] = React.useState(false);
  const [errors, setErrors] = React.useState<BudgetFieldErrors>({});
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  // A newer copy of the assessment from the screen (read again) replaces the form's figures only
  // while nothing is typed; typed figures stay, and a save then meets the change as a conflict.
  React.useEffect(() => {
    setCurrent((now) => (now.etag === assessment.etag ? now : assessment));
    if (!dirty) setFields(fieldsOf(assessment));
    // Only a new assessment from outside counts, not the form's own typing: `dirty` is read, not watched.
  }, [assessment]);

  const readOnlyReason = !canEdit ? strings.BudgetReadOnlyVisitor : current.status === 'closed' ? strings.BudgetReadOnlyClosed : null;

  const change = (field: keyof BudgetFields, value: string): void => {
    setFields((f) => ({ ...f, [field]: value }));
    setDirty(true);
    if (field !== 'mode') setErrors((e) => ({ ...e, [field]: undefined }));
    setOutcome((o) => (o && o.kind === 'saved' ? null : o));
  };

  const save = (): void => {
    if (busy) return;
    const checked = checkFields(fields);
    if (!checked.ok) {
      setErrors(checked.errors);
      setOutcome({ kind: 'invalid' });
      const first = FIELD_ORDER.filter((f) => checked.errors[f])[0];
      if (first) document.getElementById(ids[first])?.focus();
      return;
    }
    setErrors({});
    setOutcome(null);
    setBusy(true);
    const sentFor = current;
    store.saveBudgetSplit({ assessmentId: sentFor.id, etag: sentFor.etag, ...checked.split }).then(
      (saved) => {
        if (!mounted.current) return;
        setBusy(false);
        setCurrent(saved);
        setFields(fieldsOf(saved));
        setDirty(false);
        setOutcome({ kind: 'saved', year: saved.budgetYear ?? checked.split.year });
        if (onSaved) onSaved(saved);
      },
      (error: unknown) => {
        if (!mounted.current) return;
        setBusy(false);
        if (isStoreError(error) && error.kind === 'conflict') {
          setOutcome({ kind: 'conflict', theirs: null });
          // What is recorded now, and its ETag, so saving again replaces it knowingly.
          store.listAssessments().then(
            (listed) => {
              const theirs = listed.items.filter((a) => a.id === sentFor.id)[0];
              if (!mounted.current || !theirs) return;
              setCurrent(theirs);
              setOutcome((o) => (o && o.kind === 'conflict' ? { kind: 'conflict', theirs } : o));
            },
            () => undefined
          );
          return;
        }
        setOutcome({ kind: 'refused', message: errorText(error) });
      }
    );
  };

  const modeOptions: IChoiceGroupOption[] = [
    { key: 'amounts', text: strings.BudgetModeAmounts },
    { key: 'percent', text: strings.BudgetModePercent }
  ];

  return (
    <section className={own.section} aria-labelledby={ids.button}>
      <Heading level={headingLevel} className={own.heading}>
        <button type="button" id={ids.button} className={own.disclosure} aria-expanded={open} aria-controls={open ? ids.body : undefined} onClick={() => setOpen((o) => !o)}>
          <svg className={open ? `${own.chevron} ${own.chevronExpanded}` : own.chevron} viewBox="0 0 8 8" aria-hidden="true" focusable="false">
            <path d="M2 0.5 L6 4 L2 7.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          <span>{strings.BudgetHeading}</span>
        </button>
      </Heading>
      <p className={`${classNames.paragraph} ${classNames.muted}`}>{recordedText(current)}</p>
      {open ? (
        <div id={ids.body} className={own.body}>
          <p className={classNames.paragraph}>{strings.BudgetIntro}</p>
          {readOnlyReason !== null ? (
            <MessageBar isMultiline={true}>{readOnlyReason}</MessageBar>
          ) : (
            <form
              className={classNames.form}
              noValidate={true}
              onSubmit={(e) => {
                e.preventDefault();
                save();
              }}
            >
              <TextField
                id={ids.year}
                label={strings.BudgetYearLabel}
                description={strings.BudgetYearDescription}
                required={true}
                value={fields.year}
                autoComplete="off"
                onChange={(_e, v) => change('year', v ?? '')}
                errorMessage={errors.year}
              />
              <ChoiceGroup label={strings.BudgetModeLabel} options={modeOptions} selectedKey={fields.mode} onChange={(_e, o) => o && change('mode', o.key as BudgetMode)} />
              {fields.mode === 'amounts' ? (
                <div className={own.amounts}>
                  <TextField
                    id={ids.run}
                    className={own.amount}
                    label={strings.BudgetRunLabel}
                    description={strings.BudgetAmountDescription}
                    required={true}
                    inputMode="decimal"
                    autoComplete="off"
                    value={fields.run}
                    onChange={(_e, v) => change('run', v ?? '')}
                    errorMessage={errors.run}
                  />
                  <TextField
                    id={ids.improve}
                    className={own.amount}
                    label={strings.BudgetImproveLabel}
                    description={strings.BudgetAmountDescription}
                    required={true}
                    inputMode="decimal"
                    autoComplete="off"
                    value={fields.improve}
                    onChange={(_e, v) => change('improve', v ?? '')}
                    errorMessage={errors.improve}
                  />
                </div>
              ) : (
                <TextField
                  id={ids.runPercent}
                  label={strings.BudgetRunPercentLabel}
                  description={strings.BudgetRunPercentDescription}
                  required={true}
                  inputMode="decimal"
                  autoComplete="off"
                  value={fields.runPercent}
                  onChange={(_e, v) => change('runPercent', v ?? '')}
                  errorMessage={errors.runPercent}
                />
              )}
              <p className={classNames.paragraph} aria-live="polite">
                {previewText(fields)}
              </p>
              <div className={classNames.actions}>
                <PrimaryButton type="submit" text={busy ? strings.BudgetSaving : strings.BudgetSave} disabled={busy} />
              </div>
              {outcome && outcome.kind === 'saved' ? <MessageBar messageBarType={MessageBarType.success} isMultiline={true}>{formatString(strings.BudgetSaved, outcome.year)}</MessageBar> : null}
              {outcome && outcome.kind === 'invalid' ? <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{strings.BudgetFixFields}</MessageBar> : null}
              {outcome && outcome.kind === 'refused' ? <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{outcome.message}</MessageBar> : null}
              {outcome && outcome.kind === 'conflict' ? (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
                  {strings.BudgetConflict}
                  {outcome.theirs ? ` ${formatString(strings.BudgetRecordedNow, recordedText(outcome.theirs))}` : null}
                </MessageBar>
              ) : null}
            </form>
          )}
        </div>
      ) : null}
    </section>
  );
};

import * as React from 'react';
import { Checkbox, ChoiceGroup, DefaultButton, Dropdown, type IChoiceGroupOption, type IDropdownOption, IconButton, MessageBar, MessageBarType, TextField, useTheme } from '@fluentui/react';
import { emptyDraft } from '../../data/merge/mergeResponse';
import { draftOf } from '../../data/mappers/response';
import type { AssessmentView, ResponseDraft, StoredResponse } from '../../data/types';
import { AssessmentStrings as strings, formatString } from '../../loc/strings';
import { explainCapability, type Answer, type Capability } from '../../nimm';
import { Heading } from '../shared/Heading';
import { useSiteUrl } from '../shell';
import { getAssessmentClassNames } from './assessment.styles';
import { ConflictChooser } from './ConflictChooser';
import { CriterionNote } from './CriterionNote';
import { EvidencePanel } from './evidence';
import { SaveStatus } from './SaveStatus';
import { useResponseSaver } from './useResponseSaver';
import { PersonPicker, ResponseHistory, ReviewPanel } from './review';
import { WorkshopPanel } from './workshop';

export interface ICapabilityAssessorProps {
  view: AssessmentView;
  capability: Capability;
  response: StoredResponse | null;
  readOnly: boolean;
  headingLevel: number;
  onSaved: (response: StoredResponse) => void;
  onOpen: (capability: string) => void;
  onClose: () => void;
}

const ANSWERS: Answer[] = ['met', 'partial', 'not-met', 'n/a'];

function answerText(answer: Answer): string {
  return strings[`Answer_${answer}` as keyof typeof strings] ?? answer;
}

/**
 * One capability being assessed: where it stands and why, its levels in plain English, its
 * criteria to answer by level and perspective, and the team's agreed level. Every change is
 * saved a moment later; the save state is always on screen and announced.
 */
export const CapabilityAssessor: React.FC<ICapabilityAssessorProps> = ({ view, capability, response, readOnly, headingLevel, onSaved, onOpen, onClose }) => {
  const classNames = getAssessmentClassNames(useTheme());
  const { model } = view;
  const saver = useResponseSaver(useSiteUrl(), view.assessment.id, capability.key, response, response ? draftOf(response) : emptyDraft(), onSaved);
  const { draft } = saver;
  const locked = (response?.status ?? draft.status) === 'agreed' && draft.status === 'agreed';
  const canEdit = !readOnly && !locked;

  // The explanation follows the draft as it is typed, not only what is saved: the level changes
  // as the person answers.
  const explanation = React.useMemo(() => {
    const responses = view.responses
      .filter((r) => r.capability !== capability.key)
      .map((r) => ({ capability: r.capability, notApplicable: r.notApplicable, agreedLevel: r.agreedLevel, rationale: r.rationale, answers: r.answers }));
    responses.push({ capability: capability.key, notApplicable: draft.notApplicable, agreedLevel: draft.agreedLevel, rationale: draft.rationale, answers: draft.answers });
    return explainCapability(model, responses, capability.key);
  }, [view.responses, model, capability.key, draft]);

  const levelName = (level: number): string => model.levels.find((l) => l.level === level)?.name ?? '';
  const perspectiveName = (key: string): string => model.perspectives.find((p) => p.key === key)?.name ?? key;
  const set = (change: Partial<ResponseDraft>): void => saver.edit((d) => ({ ...d, ...change, status: change.status ?? (d.status === 'not-started' ? 'in-progress' : d.status) }));
  const answer = (criterion: string, value: Answer | undefined): void =>
    saver.edit((d) => {
      const answers = { ...d.answers };
      if (value === undefined) delete answers[criterion];
      else answers[criterion] = value;
      return { ...d, answers, status: d.status === 'not-started' ? 'in-progress' : d.status };
    });

  const note = (criterion: string, text: string): void =>
    saver.edit((d) => {
      const notes = { ...d.notes };
      if (text === '') delete notes[criterion];
      else notes[criterion] = text;
      return { ...d, notes };
    });

  const computed = explanation.computedLevel;
  const agreedDiffers = draft.agreedLevel !== null && computed !== null && draft.agreedLevel !== computed;
  const rationaleMissing = agreedDiffers && draft.rationale.trim() === '';
  const maxLevel = Math.max(1, ...capability.levels.map((l) => l.level));
  const agreedOptions: IDropdownOption[] = [
    { key: 0, text: computed !== null ? `${strings.UseComputed} (${formatString(strings.LevelText, computed)})` : strings.UseComputed },
    ...Array.from({ length: maxLevel }, (_, i) => ({ key: i + 1, text: formatString(strings.LevelWithName, i + 1, levelName(i + 1)) }))
  ];

  return (
    <section className={classNames.panel} aria-labelledby={`nimm-cap-${capability.key}`}>
      <div className={classNames.actions}>
        <Heading level={headingLevel} className={classNames.sectionHeading} id={`nimm-cap-${capability.key}`}>
          {capability.name}
          {capability.foundation ? <> <span className={classNames.badge}>{strings.FoundationBadge}</span></> : null}
        </Heading>
        <IconButton iconProps={{ iconName: 'Cancel' }} title={strings.CloseCapability} ariaLabel={strings.CloseCapability} onClick={onClose} />
      </div>
      <p className={classNames.paragraph}>{capability.summary}</p>
      {locked && !readOnly ? <MessageBar isMultiline={true}>{strings.ReadOnlyAgreed}</MessageBar> : null}
      <SaveStatus state={saver.state} restored={saver.restored} onSaveNow={saver.saveNow} />
      {saver.state.kind === 'conflict' ? <ConflictChooser state={saver.state} draft={draft} capability={capability} onResolve={saver.resolve} /> : null}

      <Heading level={headingLevel + 1} className={classNames.subHeading}>
        {strings.ExplainHeading}
      </Heading>
      <ul className={classNames.facts}>
        {explanation.sentences.map((sentence, i) => (
          <li key={i}>{sentence}</li>
        ))}
      </ul>
      {explanation.holdBacks.length > 0 ? (
        <>
          <Heading level={headingLevel + 2} className={classNames.minorHeading}>
            {strings.HeldBackHeading}
          </Heading>
          <ul className={classNames.facts}>
            {explanation.holdBacks.map((h, i) => (
              <li key={i}>
                {h.sentence}{' '}
                <button type="button" className={classNames.capabilityButton} onClick={() => onOpen(h.capability)}>
                  {formatString(strings.OpenCapability, h.name)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <WorkshopPanel view={view} capability={capability} headingLevel={headingLevel + 1} readOnly={readOnly} agreedLevel={draft.agreedLevel} canSetAgreedLevel={canEdit} onUseLevel={(level) => set({ agreedLevel: level })} />

      <Heading level={headingLevel + 1} className={classNames.subHeading}>
        {strings.LevelsHeading}
      </Heading>
      <ol className={classNames.levels}>
        <li className={`${classNames.levelCard} ${explanation.effectiveLevel === 1 ? classNames.levelCardCurrent : ''}`}>
          <strong>{formatString(strings.LevelWithName, 1, levelName(1))}</strong>
          <p className={classNames.paragraph}>{capability.basicDescriptor ?? ''}</p>
        </li>
        {capability.levels.map((l) => (
          <li key={l.level} className={`${classNames.levelCard} ${explanation.effectiveLevel === l.level ? classNames.levelCardCurrent : ''}`} aria-current={explanation.effectiveLevel === l.level ? 'step' : undefined}>
            <strong>{formatString(strings.LevelWithName, l.level, levelName(l.level))}</strong>
            <p className={classNames.paragraph}>{l.descriptor}</p>
          </li>
        ))}
      </ol>

      <Checkbox label={strings.NotApplicableLabel} checked={draft.notApplicable} disabled={!canEdit} onChange={(_e, v) => set({ notApplicable: !!v, status: v ? 'not-applicable' : 'in-progress' })} />

      {!draft.notApplicable ? (
        <>
          <Heading level={headingLevel + 1} className={classNames.subHeading}>
            {strings.CriteriaHeading}
          </Heading>
          {capability.levels.map((l) => (
            <div key={l.level}>
              <Heading level={headingLevel + 2} className={classNames.minorHeading}>
                {formatString(strings.CriteriaForLevel, l.level, levelName(l.level))}
              </Heading>
              {l.criteria.length === 0 ? <p className={classNames.muted}>{strings.NoCriteria}</p> : null}
              {model.perspectives
                .filter((p) => l.criteria.some((c) => c.perspective === p.key))
                .map((p) => (
                  <div key={p.key}>
                    <p className={classNames.minorHeading}>{perspectiveName(p.key)}</p>
                    {l.criteria
                      .filter((c) => c.perspective === p.key)
                      .map((c) => {
                        const options: IChoiceGroupOption[] = ANSWERS.map((a) => ({ key: a, text: answerText(a), disabled: !canEdit }));
                        return (
                          <div key={c.key} className={classNames.criterion}>
                            <p className={classNames.criterionText} id={`nimm-crit-${c.key}`}>
                              {c.text}
                            </p>
                            {c.guidance ? <p className={classNames.muted}>{formatString(strings.GuidanceLabel, c.guidance)}</p> : null}
                            <ChoiceGroup
                              className={classNames.answers}
                              styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px' } }}
                              ariaLabelledBy={`nimm-crit-${c.key}`}
                              options={options}
                              selectedKey={draft.answers[c.key] ?? null}
                              onChange={(_e, o) => o && answer(c.key, o.key as Answer)}
                            />
                            {draft.answers[c.key] && canEdit ? (
                              <DefaultButton text={strings.ClearAnswer} onClick={() => answer(c.key, undefined)} styles={{ root: { marginTop: 4 } }} />
                            ) : null}
                            <CriterionNote criterion={c.key} criterionText={c.text} note={draft.notes[c.key] ?? ''} disabled={!canEdit} onChange={(text) => note(c.key, text)} />
                          </div>
                        );
                      })}
                  </div>
                ))}
            </div>
          ))}
        </>
      ) : null}

      <EvidencePanel assessmentId={view.assessment.id} capability={capability} readOnly={readOnly} canFix={view.user.can.setUp} headingLevel={headingLevel + 1} />

      <Heading level={headingLevel + 1} className={classNames.subHeading}>
        {strings.AgreeHeading}
      </Heading>
      <Dropdown
        label={strings.AgreedLevelLabel}
        options={agreedOptions}
        selectedKey={draft.agreedLevel ?? 0}
        disabled={!canEdit}
        onChange={(_e, o) => set({ agreedLevel: o && Number(o.key) > 0 ? Number(o.key) : null })}
      />
      <TextField
        label={strings.RationaleLabel}
        multiline
        autoAdjustHeight
        value={draft.rationale}
        disabled={!canEdit}
        required={agreedDiffers}
        errorMessage={rationaleMissing ? formatString(strings.RationaleRequired, computed ?? 1) : undefined}
        onChange={(_e, v) => set({ rationale: v ?? '' })}
      />
      <TextField label={strings.ImprovementIdeasLabel} multiline autoAdjustHeight value={draft.improvementIdeas} disabled={!canEdit} onChange={(_e, v) => set({ improvementIdeas: v ?? '' })} />
      <PersonPicker label={strings.OwnerLabel} person={{ name: draft.owner, login: draft.ownerLogin }} disabled={!canEdit} onChange={(p) => set({ owner: p.name, ownerLogin: p.login })} />

      <ReviewPanel draft={draft} response={response} user={view.user} readOnly={readOnly} rationaleMissing={rationaleMissing} headingLevel={headingLevel + 1} edit={saver.edit} />
      <ResponseHistory itemId={response?.itemId ?? null} capability={capability} model={model} canFix={view.user.can.setUp} />
      {rationaleMissing ? <MessageBar messageBarType={MessageBarType.warning}>{formatString(strings.RationaleRequired, computed ?? 1)}</MessageBar> : null}
    </section>
  );
};

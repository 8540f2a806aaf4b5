import * as React from 'react';
import { ChoiceGroup, PrimaryButton, useTheme } from '@fluentui/react';
import type { FieldConflict, ResponseDraft } from '../../data/types';
import { AssessmentStrings as strings, formatString } from '../../loc/strings';
import type { Capability } from '../../nimm';
import { getAssessmentClassNames } from './assessment.styles';
import type { SaveState } from './useResponseSaver';

export interface IConflictChooserProps {
  state: Extract<SaveState, { kind: 'conflict' }>;
  draft: ResponseDraft;
  capability: Capability;
  onResolve: (choice: ResponseDraft) => void;
}

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return strings.Unanswered;
  if (typeof value === 'string') return (strings[`Answer_${value}` as keyof typeof strings] as string | undefined) ?? value;
  return String(value);
}

/** Where a conflict is: a criterion's text, or the field's name. */
function placeText(conflict: FieldConflict, capability: Capability): string {
  if (conflict.field === 'answers' && conflict.criterion) {
    const criterion = capability.levels.flatMap((l) => l.criteria).find((c) => c.key === conflict.criterion);
    return criterion ? criterion.text : conflict.criterion;
  }
  return conflict.field;
}

/**
 * Both people's values side by side for each place they both changed, the person's own chosen
 * by default; nothing is saved until they choose. Everything that did not clash is already
 * combined in `merged`.
 */
export const ConflictChooser: React.FC<IConflictChooserProps> = ({ state, capability, onResolve }) => {
  const classNames = getAssessmentClassNames(useTheme());
  const [choices, setChoices] = React.useState<Record<number, 'mine' | 'theirs'>>({});
  const choose = (): void => {
    const result: ResponseDraft = { ...state.merged, answers: { ...state.merged.answers } };
    state.conflicts.forEach((c, i) => {
      if ((choices[i] ?? 'mine') === 'mine') return;
      if (c.field === 'answers' && c.criterion) {
        if (c.theirs === null) delete result.answers[c.criterion];
        else (result.answers as Record<string, unknown>)[c.criterion] = c.theirs;
      } else {
        (result as unknown as Record<string, unknown>)[c.field] = c.theirs;
      }
    });
    onResolve(result);
  };
  return (
    <div className={classNames.conflict} role="group" aria-labelledby="nimm-conflict-heading">
      <p className={classNames.subHeading} id="nimm-conflict-heading">
        {strings.ConflictHeading}
      </p>
      <p className={classNames.paragraph}>{strings.ConflictIntro}</p>
      {state.conflicts.map((c, i) => (
        <ChoiceGroup
          key={i}
          label={placeText(c, capability)}
          selectedKey={choices[i] ?? 'mine'}
          options={[
            { key: 'mine', text: formatString(strings.ConflictMine, valueText(c.mine)) },
            { key: 'theirs', text: formatString(strings.ConflictTheirs, valueText(c.theirs)) }
          ]}
          onChange={(_e, o) => o && setChoices((now) => ({ ...now, [i]: o.key as 'mine' | 'theirs' }))}
        />
      ))}
      <PrimaryButton text={strings.ConflictSave} onClick={choose} />
    </div>
  );
};

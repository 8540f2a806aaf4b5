import * as React from 'react';
import { ActionButton, type ITextField, TextField } from '@fluentui/react';
import { AssessmentStrings as strings, formatString } from '../../loc/strings';

export interface ICriterionNoteProps {
  criterion: string;
  criterionText: string;
  note: string;
  disabled: boolean;
  onChange: (text: string) => void;
}

/**
 * A criterion's note: why it was answered so, where the proof is. Shown when there is one or
 * when someone asks to add one, so a long list of criteria stays short to read.
 */
export const CriterionNote: React.FC<ICriterionNoteProps> = ({ criterion, criterionText, note, disabled, onChange }) => {
  const [open, setOpen] = React.useState(false);
  const field = React.useRef<ITextField | null>(null);
  React.useEffect(() => {
    if (open && note === '') field.current?.focus();
  }, [open, note]);
  if (note === '' && !open) {
    return disabled ? null : <ActionButton text={strings.AddNote} ariaLabel={formatString(strings.NoteLabel, criterionText)} onClick={() => setOpen(true)} />;
  }
  return (
    <TextField
      id={`nimm-note-${criterion}`}
      componentRef={field}
      label={formatString(strings.NoteLabel, criterionText)}
      multiline
      autoAdjustHeight
      value={note}
      disabled={disabled}
      onChange={(_e, v) => onChange(v ?? '')}
    />
  );
};

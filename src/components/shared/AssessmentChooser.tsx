import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react';
import type { AssessmentSummary } from '../../data/types';
import { formatString, ShellStrings } from '../../loc/strings';
import { dateText } from '../shell/dates';

export interface IAssessmentChooserProps {
  /** What the chosen assessment is for ("Assessment shown", "Assessment planned from"). */
  label: string;
  assessments: AssessmentSummary[];
  selectedId: number;
  onChoose: (assessmentId: number) => void;
  className?: string;
}

/** A drop-down of the site's assessments, each as "title (scope, date)". */
export const AssessmentChooser: React.FC<IAssessmentChooserProps> = ({ label, assessments, selectedId, onChoose, className }) => {
  const options: IDropdownOption[] = assessments.map((a) => ({
    key: a.id,
    text: formatString(ShellStrings.AssessmentOption, a.title, a.scope, dateText(a.startDate ?? a.created ?? ''))
  }));
  return <Dropdown className={className} label={label} options={options} selectedKey={selectedId} onChange={(_e, option) => option && onChoose(Number(option.key))} />;
};

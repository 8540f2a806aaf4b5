/** A capability's move since the previous round, in words: one wording for the trends view and the workbook. */
import { DashboardStrings as strings } from '../../loc/dashboardStrings';
import { formatString } from '../../loc/strings';
import type { TrendStep } from '../../nimm';

export function trendStepText(step: TrendStep): string {
  switch (step.change) {
    case 'up':
      return formatString(strings.TrendUp, step.from ?? '', step.to ?? '');
    case 'down':
      return formatString(strings.TrendDown, step.from ?? '', step.to ?? '');
    case 'same':
      return strings.TrendSame;
    case 'new':
      return strings.TrendNew;
    case 'not-assessed':
      return strings.TrendNotAssessed;
    case 'not-applicable':
      return strings.TrendNotApplicable;
    case 'removed':
      return strings.TrendRemoved;
    default:
      return strings.TrendNone;
  }
}

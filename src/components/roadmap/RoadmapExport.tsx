import * as React from 'react';
import { ColumnHeads } from '../shared/ColumnHeads';
import { DefaultButton, MessageBar, MessageBarType, mergeStyleSets, hiddenContentStyle } from '@fluentui/react';
import { TeamsPrintNotice, usePrintBlockedInTeams } from '../shared/TeamsPrintNotice';
import type { AssessmentSummary } from '../../data/types';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { formatString } from '../../loc/strings';
import type { HostInfo } from '../shell/host';
import { dateText } from '../shell/dates';
import { PrintContainer } from '../shared/PrintContainer';
import { useExportAction } from '../shared/useExportAction';
import { budgetSentence, planBudget, planCosts } from './budgetData';
import type { ComputedPlan } from './roadmapData';
import { exportRoadmap } from './roadmapWorkbook';
import { numberText, poundsText, statusText } from './roadmapText';

/** The class of the print-only container, a child of <body>; everything else is hidden in print. */
export const ROADMAP_PAPER_CLASS = 'nimm-roadmap-paper';

/** The attribute on <body> while the roadmap's paper is printed (the dashboard's paper then stands aside). */
export const PRINT_ATTRIBUTE = 'data-nimm-print';

/**
 * The print stylesheet, as the dashboard's board paper: not shown on screen; in print, when the
 * roadmap's Print asked for it, alone, A4, black on white. The browser's own Print (no attribute)
 * prints what it did before: the dashboard's paper, if that web part is on the page.
 */
const PRINT_CSS = `
.${ROADMAP_PAPER_CLASS} { display: none; }
@media print {
  @page { size: A4; margin: 18mm; }
  body[${PRINT_ATTRIBUTE}="roadmap"] { height: auto !important; overflow: visible !important; background: #fff !important; }
  body[${PRINT_ATTRIBUTE}="roadmap"] > *:not(.${ROADMAP_PAPER_CLASS}) { display: none !important; }
  body[${PRINT_ATTRIBUTE}="roadmap"] > .${ROADMAP_PAPER_CLASS} { display: block !important; color: #000; background: #fff; font-family: 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; font-size: 9.5pt; line-height: 1.3; }
  .${ROADMAP_PAPER_CLASS} h1 { font-size: 16pt; margin: 0 0 4pt; }
  .${ROADMAP_PAPER_CLASS} h2 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
  .${ROADMAP_PAPER_CLASS} p, .${ROADMAP_PAPER_CLASS} ul { margin: 0 0 4pt; }
  .${ROADMAP_PAPER_CLASS} table { border-collapse: collapse; width: 100%; margin: 0 0 6pt; }
  .${ROADMAP_PAPER_CLASS} caption { text-align: left; font-weight: 600; padding: 0 0 2pt; }
  .${ROADMAP_PAPER_CLASS} thead { display: table-header-group; }
  .${ROADMAP_PAPER_CLASS} tr { break-inside: avoid; }
  .${ROADMAP_PAPER_CLASS} th, .${ROADMAP_PAPER_CLASS} td { border: 0.5pt solid #666; padding: 1.5pt 3pt; text-align: left; vertical-align: top; }
}
`;

const classNames = mergeStyleSets({
  group: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '8px 0' },
  status: { margin: 0 },
  hidden: hiddenContentStyle
});

/** The plan on A4 for a board: its goal, each phase's steps with owner, status and cost, and the costs by year. */
const RoadmapPaper: React.FC<{ plan: ComputedPlan; assessment: AssessmentSummary; today: string }> = ({ plan, assessment, today }) => {
  const costs = planCosts(plan);
  const standing = planBudget(plan, assessment);
  return (
    <PrintContainer className={ROADMAP_PAPER_CLASS} css={PRINT_CSS}>
      <h1>{formatString(strings.PaperTitle, assessment.title)}</h1>
      <p>{formatString(strings.PaperSubtitle, plan.profile.name, dateText(today))}</p>
      <h2>{strings.PaperStepsHeading}</h2>
      <table>
        <ColumnHeads labels={[strings.ColumnPhase, strings.ColumnStep, strings.ColumnOwner, strings.ColumnStatus, strings.ColumnEffortDays, strings.ColumnCost]} />
        <tbody>
          {plan.phases.map((p) =>
            p.steps.map((s) => (
              <tr key={s.key}>
                <td>{formatString(strings.PaperPhase, p.phase, formatString(strings.DateRange, dateText(p.dates.start), dateText(p.dates.end)))}</td>
                <td>{s.title}</td>
                <td>{s.owner}</td>
                <td>{statusText(s.status)}</td>
                <td>{s.estimateDays === null ? '' : numberText(s.estimateDays)}</td>
                <td>{s.estimateCost === null ? '' : poundsText(s.estimateCost)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <h2>{strings.PaperBudgetHeading}</h2>
      <ul>
        {standing.map((s) => (
          <li key={s.year.startYear}>{budgetSentence(s)}</li>
        ))}
      </ul>
      <p>{formatString(strings.TotalLine, poundsText(costs.total))}</p>
    </PrintContainer>
  );
};

export interface IRoadmapExportProps {
  plan: ComputedPlan;
  assessment: AssessmentSummary;
  host: HostInfo;
  today: string;
}

/**
 * Export the plan as a workbook (write-excel-file loaded on the click) and print it as a board
 * paper. Progress and the outcome are announced; a failure is said in words. In the Teams app,
 * where printing is blocked, Print offers the page in a browser instead.
 */
export const RoadmapExport: React.FC<IRoadmapExportProps> = ({ plan, assessment, host, today }) => {
  const { exporting, status, failure, start: onExport, dismissFailure } = useExportAction(() => exportRoadmap(plan, assessment, today), {
    exporting: strings.Exporting,
    exported: strings.Exported,
    failed: formatString(strings.ExportFailed, strings.ExportWriteFailed)
  });
  const teams = usePrintBlockedInTeams(host);
  const onPrint = (): void => {
    if (teams.blocked()) return;
    const body = document.body;
    const done = (): void => {
      body.removeAttribute(PRINT_ATTRIBUTE);
      window.removeEventListener('afterprint', done);
    };
    body.setAttribute(PRINT_ATTRIBUTE, 'roadmap');
    window.addEventListener('afterprint', done);
    window.print();
  };

  return (
    <>
      <div className={classNames.group} role="group" aria-label={strings.PlanActionsLabel}>
        <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text={exporting ? strings.Exporting : strings.ExportExcel} onClick={onExport} disabled={exporting} allowDisabledFocus />
        <DefaultButton iconProps={{ iconName: 'Print' }} text={strings.PrintPaper} onClick={onPrint} />
        <p className={status ? classNames.status : classNames.hidden} role="status" aria-live="polite" aria-atomic="true">
          {status}
        </p>
      </div>
      {failure ? (
        <MessageBar messageBarType={MessageBarType.error} onDismiss={dismissFailure} dismissButtonAriaLabel={strings.CloseMessage}>
          {failure}
        </MessageBar>
      ) : null}
      {teams.showing ? (
        <TeamsPrintNotice
          words={{ notice: strings.PrintInTeams, openInBrowser: strings.OpenInBrowser, opensInNewTab: strings.OpensInNewTab, close: strings.CloseMessage }}
          hiddenClassName={classNames.hidden}
          onDismiss={teams.dismiss}
        />
      ) : null}
      <RoadmapPaper plan={plan} assessment={assessment} today={today} />
    </>
  );
};

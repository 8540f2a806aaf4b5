/**
 * The plan as an Excel workbook: its steps, its phases and its costs by financial year, as
 * write-excel-file's sheet definitions. Plain data in, plain data out, so the sheets are tested in
 * Node; the library is loaded only on Export (shared/workbook.ts), with the same formula-safe cells
 * as the dashboard's workbook.
 */
import type { AssessmentSummary } from '../../data/types';
import { RoadmapStrings as strings } from '../../loc/roadmapStrings';
import { formatString } from '../../loc/strings';
import { downloadWorkbook, numberCell, safeWorkbookName, textCell, workbookSheet, type WorkbookSheet } from '../shared/workbook';
import { budgetSentence, planBudget, planCosts } from './budgetData';
import type { ComputedPlan } from './roadmapData';
import { statusText } from './roadmapText';

export function roadmapWorkbookName(title: string, today: string): string {
  return safeWorkbookName(formatString(strings.WorkbookFileName, title, today));
}

export function roadmapSheets(plan: ComputedPlan, assessment: AssessmentSummary | null): WorkbookSheet[] {
  const steps = workbookSheet(
    strings.SheetSteps,
    [
      [strings.ColumnPhase, 8],
      [strings.ColumnStarts, 12],
      [strings.ColumnEnds, 12],
      [strings.ColumnCapability, 30],
      [strings.ColumnFromLevel, 10],
      [strings.ColumnToLevel, 10],
      [strings.ColumnStep, 40],
      [strings.ColumnOwner, 24],
      [strings.ColumnStatus, 14],
      [strings.ColumnEffortDays, 12],
      [strings.ColumnCostPounds, 14],
      [strings.ColumnNotes, 50]
    ],
    plan.phases.reduce(
      (rows, p) =>
        rows.concat(
          p.steps.map((s) => [
            numberCell(p.phase),
            textCell(p.dates.start),
            textCell(p.dates.end),
            textCell(s.name),
            numberCell(s.level - 1),
            numberCell(s.level),
            textCell(s.title),
            textCell(s.owner),
            textCell(statusText(s.status)),
            numberCell(s.estimateDays),
            numberCell(s.estimateCost, '#,##0.00'),
            textCell(s.notes, { wrap: true })
          ])
        ),
      [] as WorkbookSheet['data']
    )
  );
  const costs = planCosts(plan);
  const phases = workbookSheet(
    strings.SheetPhases,
    [
      [strings.ColumnPhase, 8],
      [strings.ColumnStarts, 12],
      [strings.ColumnEnds, 12],
      [strings.ColumnSteps, 8],
      [strings.ColumnEffortDays, 12],
      [strings.ColumnCostPounds, 14],
      [strings.ColumnUncosted, 12]
    ],
    plan.phases.map((p, i) => [
      numberCell(p.phase),
      textCell(p.dates.start),
      textCell(p.dates.end),
      numberCell(p.steps.length),
      numberCell(p.effortDays),
      numberCell(costs.phases[i].cost, '#,##0.00'),
      numberCell(costs.phases[i].uncosted)
    ])
  );
  const years = workbookSheet(
    strings.SheetCosts,
    [
      [strings.ColumnYear, 12],
      [strings.ColumnPhases, 12],
      [strings.ColumnCostPounds, 14],
      [strings.ColumnUncosted, 12],
      [strings.ColumnSentence, 70]
    ],
    planBudget(plan, assessment).map((s) => [
      textCell(s.year.year),
      textCell(s.year.phases.join(', ')),
      numberCell(s.year.cost, '#,##0.00'),
      numberCell(s.year.uncosted),
      textCell(budgetSentence(s), { wrap: true })
    ])
  );
  return [steps, phases, years];
}

/** Downloads the plan as a workbook; resolves with the file name, rejects only with an ExportError. */
export function exportRoadmap(plan: ComputedPlan, assessment: AssessmentSummary, today: string): Promise<string> {
  return downloadWorkbook(() => roadmapSheets(plan, assessment), roadmapWorkbookName(assessment.title, today), {
    loadFailed: formatString(strings.ExportFailed, strings.ExportLoadFailed),
    writeFailed: formatString(strings.ExportFailed, strings.ExportWriteFailed)
  });
}

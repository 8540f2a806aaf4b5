/**
 * The dashboard as an Excel workbook: what each sheet holds, as write-excel-file's sheet
 * definitions (`writeXlsxFile(sheets)`). Plain data in, plain data out: no React, no download,
 * so the sheets are tested in Node and the library is loaded only when someone exports
 * (exportWorkbook.ts).
 *
 * Every piece of text goes in as a string cell (`type: String`), never as a formula; text that
 * starts the way a formula does (= + - @, a tab or a carriage return) is also given the Text
 * number format ("@"), so Excel keeps it as text even when someone edits the cell. Text comes from
 * SharePoint items anyone with edit rights can write, and a workbook must never run it.
 */
import type { Cell, Row } from 'write-excel-file/browser';
import { numberCell, safeWorkbookName, textCell, workbookSheet as sheet, type WorkbookSheet } from '../../shared/workbook';

export { textCell, type WorkbookSheet };
import type { EvidenceItem, StoredResponse } from '../../../data/types';
import { domainAssessment } from '../../../data/mappers/domainAssessment';
import { DashboardStrings as strings } from '../../../loc/dashboardStrings';
import { AssessmentStrings, formatString } from '../../../loc/strings';
import {
  assessmentTrends,
  capabilitiesInScope,
  dashboardHeadline,
  heatmapRows,
  profileGaps,
  workflowStatus,
  type CapabilityGap,
  type CapabilityStatus,
  type HoldBack,
  type Model,
  type ProfileGapReport,
  type TrendCell,
  type WorkflowStatus
} from '../../../nimm';
import { criterionText, evidenceName, isExpired, kindText } from '../../assessment/evidence/evidenceText';
import { dateText } from '../../shell/dates';
import type { DashboardData } from '../dashboardData';
import { evidenceHref } from '../evidenceLinks';
import { trendStepText } from '../trendText';

export interface WorkbookOptions {
  /** The NIMM site's address: an uploaded file's server-relative path is made absolute on its host. */
  siteUrl: string;
  /** Today as YYYY-MM-DD: the date exported, and the day evidence expiry is checked against. */
  today: string;
}

/** The profile the comparison is made with when none is chosen and the assessment names none. */
export const BASELINE_PROFILE = 'level-3-baseline';

const SCORING_STATUS: Record<CapabilityStatus, string> = {
  assessed: strings.StatusAssessed,
  'not-assessed': strings.NotAssessedShort,
  'not-applicable': strings.StatusNotApplicable
};

const REVIEW_STAGE: Record<WorkflowStatus, string> = {
  'not-started': AssessmentStrings.Status_not_started,
  'in-progress': AssessmentStrings.Status_in_progress,
  'ready-for-review': AssessmentStrings.Status_ready_for_review,
  agreed: AssessmentStrings.Status_agreed,
  'not-applicable': AssessmentStrings.Status_not_applicable
};

const ASSESSMENT_STATUS: Record<string, string> = { open: strings.StatusOpen, closed: strings.StatusClosed, draft: strings.StatusDraft };

const EVIDENCE_REVIEW: Record<string, string> = { 'not-reviewed': strings.EvidenceNotReviewed, accepted: strings.EvidenceAccepted, rejected: strings.EvidenceRejected };

/** "Level 2: Controlled", or the words for no level. */
function levelText(level: number | null, name: string | null): string {
  return level === null ? strings.OrganisationLevelNone : formatString(strings.OrganisationLevel, level, name ?? '');
}

/** The dependencies holding a capability back, each once: "Network (needs level 3, is at 2); ...". */
function heldBackText(holdBacks: readonly HoldBack[]): string {
  const seen: Record<string, true> = {};
  const parts: string[] = [];
  holdBacks.forEach((h) => {
    const key = `${h.capability}/${h.needsLevel}`;
    if (seen[key]) return;
    seen[key] = true;
    parts.push(formatString(strings.HeldBackByItem, h.name, h.needsLevel, h.currentLevel));
  });
  return parts.join('; ');
}

/**
 * The profile the Gaps sheet and the board paper compare with: the one chosen (on the "Against a
 * target" view), else the assessment's target profile, else the level 3 baseline, each only if the
 * model has it. When the model has none of them, the chosen key (or the baseline) is returned and
 * the comparison says there is no such profile.
 */
export function comparisonProfile(model: Model, chosen: string | null, targetProfile: string | null): string {
  const has = (key: string | null): key is string => key !== null && model.profiles.some((p) => p.key === key);
  if (has(chosen)) return chosen;
  if (has(targetProfile)) return targetProfile;
  return BASELINE_PROFILE;
}

/** Not met first, biggest gap first, then those met; each in the profile's order. */
export function gapsFurthestFirst(gaps: readonly CapabilityGap[]): CapabilityGap[] {
  return gaps
    .map((gap, order) => ({ gap, order }))
    .sort((a, b) => b.gap.gap - a.gap.gap || a.order - b.order)
    .map((item) => item.gap);
}

/** The gaps to the comparison profile, as the Gaps sheet and the board paper show them. */
export function comparisonGaps(data: DashboardData, profileKey: string | null): ProfileGapReport {
  const { shown, assessment, report } = data;
  return profileGaps(shown.model, assessment, comparisonProfile(shown.model, profileKey, shown.assessment.targetProfile), { report });
}

/** Criteria of the next level not met yet: how many, and the first few by their text. */
export function criteriaStillToMeet(gap: CapabilityGap, first = 3): { level: number | null; count: number | null; first: string[] } {
  const next = gap.next === null ? null : gap.next.nextLevel;
  if (next === null) return { level: null, count: null, first: [] };
  const texts: string[] = [];
  next.perspectives.forEach((p) => p.toDo.forEach((c) => texts.push(c.text)));
  return { level: next.level, count: next.applicable - next.met, first: texts.slice(0, first) };
}

/** The file name of the workbook: "NIMM <title> <date>.xlsx", with what Windows and macOS refuse in a name taken out. */
export function workbookFileName(title: string, today: string): string {
  return safeWorkbookName(formatString(strings.WorkbookFileName, title, today));
}

function summarySheet(data: DashboardData, gaps: ProfileGapReport, today: string): WorkbookSheet {
  const { shown, assessment, report } = data;
  const headline = dashboardHeadline(shown.model, assessment, { report, responses: shown.responses, scope: shown.assessment.inScope });
  const foundation = headline.foundation;
  const foundationName = foundation.level === null ? null : (shown.model.levels.filter((l) => l.level === foundation.level)[0] || { name: null }).name;
  const rows: Array<[string, Cell]> = [
    [strings.AssessmentRow, textCell(shown.assessment.title)],
    [strings.ScopeRow, textCell(shown.assessment.scope)],
    [strings.StatusRow, textCell(ASSESSMENT_STATUS[shown.assessment.status] ?? shown.assessment.status)],
    [strings.StartedRow, textCell(dateText(headline.assessment.date))],
    [strings.ModelRow, textCell(shown.model.name)],
    [strings.ModelVersionRow, textCell(shown.model.version)],
    [strings.LevelLabel, textCell(levelText(headline.level, headline.levelName))],
    [strings.ScoreLabel, numberCell(headline.score, '0.00')],
    [strings.RuleRow, textCell(headline.rule, { wrap: true })],
    [strings.CoverageRow, textCell(headline.coverage, { wrap: true })],
    [strings.ProgressLabel, textCell(formatString(strings.ProgressText, headline.progress.complete, headline.progress.capabilities))],
    [strings.FoundationLevelRow, textCell(levelText(foundation.level, foundationName))],
    [strings.FoundationHeading, textCell(foundation.sentence, { wrap: true })],
    [strings.ComparedWithRow, textCell(gaps.profile ? gaps.profile.name : '')],
    [strings.ReadinessLabel, textCell(gaps.sentence, { wrap: true })],
    [strings.ExportedRow, textCell(dateText(today))]
  ];
  return sheet(
    strings.SheetSummary,
    [
      [strings.ItemColumn, 28],
      [strings.ValueColumn, 90]
    ],
    rows.map((r) => [textCell(r[0], { fontWeight: 'bold' }), r[1]])
  );
}

function capabilitiesSheet(data: DashboardData): WorkbookSheet {
  const { shown, report } = data;
  let scope: string[];
  try {
    scope = capabilitiesInScope(shown.model, shown.assessment.inScope);
  } catch {
    // A profile scope the model no longer has: every capability, as the headline's progress does.
    scope = capabilitiesInScope(shown.model, { kind: 'all' });
  }
  const inScope: Record<string, true> = {};
  scope.forEach((key) => {
    inScope[key] = true;
  });
  const responses: Record<string, StoredResponse> = {};
  shown.responses.forEach((r) => {
    if (!responses[r.capability]) responses[r.capability] = r;
  });
  const rows: Row[] = [];
  heatmapRows(shown.model, report).aspects.forEach((aspect) =>
    aspect.rows.forEach((row) =>
      row.cells.forEach((cell) => {
        if (!inScope[cell.capability]) return;
        const response = responses[cell.capability];
        const agreed = response && response.agreedLevel !== null && response.agreedLevel !== undefined && !response.notApplicable ? response.agreedLevel : null;
        rows.push([
          textCell(row.name),
          textCell(cell.name),
          textCell(cell.foundation ? strings.Yes : strings.No),
          textCell(SCORING_STATUS[cell.status]),
          textCell(REVIEW_STAGE[workflowStatus(response)]),
          numberCell(cell.status === 'not-applicable' ? null : cell.computedLevel),
          numberCell(agreed),
          numberCell(cell.assessedLevel),
          numberCell(cell.effectiveLevel),
          textCell(heldBackText(cell.holdBacks), { wrap: true })
        ]);
      })
    )
  );
  return sheet(
    strings.SheetCapabilities,
    [
      [strings.CategoryColumn, 30],
      [strings.CapabilityColumn, 36],
      [strings.FoundationColumn, 11],
      [strings.StatusColumn, 15],
      [strings.ReviewStageColumn, 17],
      [strings.ComputedLevelColumn, 12],
      [strings.AgreedLevelColumn, 10],
      [strings.AssessedLevelColumn, 10],
      [strings.EffectiveLevelColumn, 10],
      [strings.HeldBackByColumn, 60]
    ],
    rows
  );
}

function gapsSheet(data: DashboardData, gaps: ProfileGapReport): WorkbookSheet {
  const headers: Array<[string, number]> = [
    [strings.CapabilityColumn, 36],
    [strings.StatusColumn, 15],
    [strings.EffectiveLevelColumn, 10],
    [strings.TargetColumn, 9],
    [strings.GapColumn, 8],
    [strings.ResultColumn, 14],
    [strings.NextLevelColumn, 9],
    [strings.StillToMeetColumn, 12],
    [strings.FirstToMeetColumn, 80],
    [strings.HeldBackByColumn, 50]
  ];
  if (gaps.profile === null) {
    return sheet(strings.SheetGaps, headers, [[textCell(formatString(strings.NoSuchProfile, comparisonProfile(data.shown.model, null, data.shown.assessment.targetProfile)))]]);
  }
  const rows: Row[] = gapsFurthestFirst(gaps.gaps).map((gap) => {
    const toMeet = criteriaStillToMeet(gap);
    return [
      textCell(gap.name),
      textCell(gap.inModel ? SCORING_STATUS[gap.status] : strings.NotInModelShort),
      numberCell(gap.effectiveLevel),
      numberCell(gap.target),
      numberCell(gap.gap),
      textCell(gap.met ? strings.ResultMet : strings.ResultNotMet),
      numberCell(toMeet.level),
      numberCell(toMeet.count),
      textCell(toMeet.first.join('; '), { wrap: true }),
      textCell(gap.next ? heldBackText(gap.next.holdBacks) : '', { wrap: true })
    ];
  });
  gaps.leftOut.forEach((left) => {
    rows.push([textCell(left.name), textCell(strings.StatusNotApplicable), null, numberCell(left.target), null, textCell(strings.ResultLeftOut)]);
  });
  return sheet(strings.SheetGaps, headers, rows);
}

function evidenceSheet(data: DashboardData, options: WorkbookOptions): WorkbookSheet {
  const model = data.shown.model;
  const order: Record<string, number> = {};
  model.capabilities.forEach((c, i) => {
    if (order[c.key] === undefined) order[c.key] = i;
  });
  const rank = (item: EvidenceItem): number => (order[item.capability] === undefined ? model.capabilities.length : order[item.capability]);
  const items = data.view.evidence
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
    .map((x) => x.item);
  const rows: Row[] = items.map((item) => {
    const capability = model.capabilities.filter((c) => c.key === item.capability)[0];
    const hasExpiry = !!item.expires;
    return [
      textCell(capability ? capability.name : item.capability),
      textCell(capability ? criterionText(capability, item.criterion) : item.criterion ?? ''),
      textCell(evidenceName(item)),
      textCell(item.description, { wrap: true }),
      textCell(kindText(item, options.siteUrl)),
      // Only an address that may be opened, made absolute; anything else is written as it is, as text.
      textCell(evidenceHref(item.url, options.siteUrl) ?? item.url),
      textCell(EVIDENCE_REVIEW[item.reviewStatus] ?? item.reviewStatus),
      textCell(item.modified ? dateText(item.modified) : ''),
      textCell(hasExpiry ? dateText(item.expires as string) : ''),
      textCell(hasExpiry ? (isExpired(item.expires, options.today) ? strings.Yes : strings.No) : '')
    ];
  });
  if (rows.length === 0) rows.push([textCell(strings.NoEvidenceFiled)]);
  return sheet(
    strings.SheetEvidence,
    [
      [strings.CapabilityColumn, 32],
      [strings.CriterionColumn, 50],
      [strings.NameColumn, 36],
      [strings.DescriptionColumn, 40],
      [strings.KindColumn, 10],
      [strings.AddressColumn, 60],
      [strings.ReviewColumn, 13],
      [strings.LastChangedColumn, 17],
      [strings.ExpiresColumn, 17],
      [strings.ExpiredColumn, 9]
    ],
    rows
  );
}

function trendCellValue(cell: TrendCell): Cell {
  if (cell.status === 'assessed') return numberCell(cell.effectiveLevel);
  if (cell.status === 'not-assessed') return textCell(strings.NotAssessedShort);
  if (cell.status === 'not-applicable') return textCell(strings.NotApplicableShort);
  return textCell(strings.NotInModelShort);
}


function trendsSheet(data: DashboardData): WorkbookSheet {
  const trends = assessmentTrends(
    data.view.entries.map((entry) => {
      const assessment = domainAssessment(entry.model, entry.assessment, entry.responses);
      return { model: entry.model, assessment, label: dateText(assessment.date) };
    })
  );
  const categories: Record<string, string> = {};
  data.shown.model.categories.forEach((c) => {
    categories[c.key] = c.name;
  });
  const headers: Array<[string, number]> = [
    [strings.CategoryColumn, 30],
    [strings.CapabilityColumn, 36]
  ];
  trends.points.forEach((p) => headers.push([p.label, 17]));
  headers.push([strings.SinceColumn, 24]);
  const rows: Row[] = trends.capabilities.map((t) =>
    ([textCell(categories[t.category] ?? t.category), textCell(t.name)] as Row).concat(t.cells.map(trendCellValue), [textCell(t.latest === null ? '' : trendStepText(t.latest))])
  );
  return sheet(strings.SheetTrends, headers, rows);
}

/**
 * The workbook's sheets for the assessment shown: Summary, Capabilities (those in the round's
 * scope), Gaps (against `profileKey`, else the assessment's target profile, else the level 3
 * baseline), Evidence and Trends (the assessments of the same scope, oldest first).
 */
export function workbookSheets(data: DashboardData, profileKey: string | null, options: WorkbookOptions): WorkbookSheet[] {
  const gaps = comparisonGaps(data, profileKey);
  return [summarySheet(data, gaps, options.today), capabilitiesSheet(data), gapsSheet(data, gaps), evidenceSheet(data, options), trendsSheet(data)];
}

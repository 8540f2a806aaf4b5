import * as React from 'react';
import { ColumnHeads } from '../../shared/ColumnHeads';
import { DashboardStrings as strings } from '../../../loc/dashboardStrings';
import { formatString } from '../../../loc/strings';
import { dashboardHeadline, heatmapRows, type HeatmapCell } from '../../../nimm';
import { dateText } from '../../shell/dates';
import { PrintContainer } from '../../shared/PrintContainer';
import { dashboardData } from '../dashboardData';
import type { DashboardView } from '../../../data/types';
import { comparisonGaps, comparisonProfile, criteriaStillToMeet, gapsFurthestFirst } from './workbookSheets';

/** The class of the print-only container, a child of <body>; everything else on the page is hidden in print. */
export const BOARD_PAPER_CLASS = 'nimm-board-paper';

/**
 * The print stylesheet. On screen the container is not shown at all. In print it is the only
 * thing shown: every other child of <body> (SharePoint's or the workbench's chrome, other web
 * parts, the dashboard itself with its buttons) is hidden, unless another web part's paper is
 * being printed (<body data-nimm-print>, as the roadmap's Print sets), A4 with 18 mm margins, sections kept
 * whole where they fit, table headings repeated on each page, black on white.
 */
const PRINT_CSS = `
.${BOARD_PAPER_CLASS} { display: none; }
@media print {
  @page { size: A4; margin: 18mm; }
  html, body { height: auto !important; overflow: visible !important; background: #fff !important; }
  body:not([data-nimm-print]) > *:not(.${BOARD_PAPER_CLASS}) { display: none !important; }
  .${BOARD_PAPER_CLASS} { display: block !important; color: #000; background: #fff; font-family: 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; font-size: 9.5pt; line-height: 1.3; }
  .${BOARD_PAPER_CLASS} h1 { font-size: 16pt; margin: 0 0 4pt; }
  .${BOARD_PAPER_CLASS} h2 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
  .${BOARD_PAPER_CLASS} p { margin: 0 0 4pt; }
  .${BOARD_PAPER_CLASS} section { break-inside: avoid; }
  .${BOARD_PAPER_CLASS} table { border-collapse: collapse; width: 100%; margin: 0 0 6pt; }
  .${BOARD_PAPER_CLASS} caption { text-align: left; font-weight: 600; padding: 0 0 2pt; }
  .${BOARD_PAPER_CLASS} thead { display: table-header-group; }
  .${BOARD_PAPER_CLASS} tr { break-inside: avoid; }
  .${BOARD_PAPER_CLASS} th, .${BOARD_PAPER_CLASS} td { border: 0.5pt solid #666; padding: 1.5pt 3pt; text-align: left; vertical-align: top; }
  .${BOARD_PAPER_CLASS} th { font-weight: 600; }
  .${BOARD_PAPER_CLASS} .nimm-bp-number { text-align: right; white-space: nowrap; }
  .${BOARD_PAPER_CLASS} .nimm-bp-figures td { width: 33%; }
}
`;

export interface IBoardPaperProps {
  /** The dashboard's loaded data; the paper is worked out again only when it changes. */
  view: DashboardView;
  /** The profile to show the gaps against (null: the assessment's target, else the level 3 baseline). */
  profileKey: string | null;
  /** Today as YYYY-MM-DD: the date printed. */
  today: string;
}

/** A capability in the compact heatmap: "Change management L3", marked when held back. */
function cellText(cell: HeatmapCell): string {
  const level =
    cell.status === 'not-applicable'
      ? strings.NotApplicableShort
      : cell.status === 'not-assessed' || cell.effectiveLevel === null
        ? strings.NotAssessedShort
        : formatString(strings.LevelShort, cell.effectiveLevel);
  return `${cell.name} ${level}${cell.heldBack ? ` (${strings.HeldBackMark})` : ''}`;
}

/**
 * A board paper of the assessment shown: a title, the summary (level, score, the rule, progress,
 * foundation capabilities), the heatmap as a compact table, the gaps against the target, and the
 * date printed. Rendered into a container of its own under <body>, shown only when the page is
 * printed (window.print(), or the browser's own Print), so the paper prints the same whichever
 * way the person prints.
 */
export const BoardPaper: React.FC<IBoardPaperProps> = ({ view, profileKey, today }) => {
  const paper = React.useMemo(() => {
    const data = dashboardData(view);
    if (!data) return null;
    const { shown, assessment, report } = data;
    return {
      data,
      headline: dashboardHeadline(shown.model, assessment, { report, responses: shown.responses, scope: shown.assessment.inScope }),
      heatmap: heatmapRows(shown.model, report),
      gaps: comparisonGaps(data, profileKey)
    };
  }, [view, profileKey]);
  // Nothing to print: the container stays, empty.
  if (!paper) return <PrintContainer className={BOARD_PAPER_CLASS} />;

  const { data, headline, heatmap, gaps } = paper;
  const open = gapsFurthestFirst(gaps.gaps).filter((g) => !g.met);
  // Capabilities not assessed yet count at level 1: named in one sentence, not a row each, so the
  // table keeps to what the assessment found and the paper stays short.
  const assessedGaps = open.filter((g) => g.status === 'assessed');
  const unassessedNames = open.filter((g) => g.status !== 'assessed').map((g) => g.name);
  const profileName = gaps.profile ? gaps.profile.name : '';
  const profileKeyShown = comparisonProfile(data.shown.model, profileKey, data.shown.assessment.targetProfile);
  const levelValue = headline.level === null ? strings.OrganisationLevelNone : formatString(strings.OrganisationLevel, headline.level, headline.levelName ?? '');
  const statusText = ({ open: strings.StatusOpen, closed: strings.StatusClosed, draft: strings.StatusDraft } as Record<string, string>)[data.shown.assessment.status] ?? data.shown.assessment.status;

  return (
    <PrintContainer className={BOARD_PAPER_CLASS} css={PRINT_CSS}>
      <article>
        <h1>{formatString(strings.BoardPaperTitle, data.shown.assessment.title)}</h1>
        <p>{formatString(strings.BoardPaperPrinted, dateText(today), headline.model.name, headline.model.version)}</p>
        <section>
          <h2>{strings.BoardPaperSummaryHeading}</h2>
          <table className="nimm-bp-figures">
            <ColumnHeads labels={[strings.LevelLabel, strings.ScoreLabel, strings.ProgressLabel]} />
            <tbody>
              <tr>
                <td>{levelValue}</td>
                <td>{headline.score === null ? '\u2013' : formatString(strings.OrganisationScore, headline.score.toFixed(2))}</td>
                <td>{formatString(strings.ProgressText, headline.progress.complete, headline.progress.capabilities)}</td>
              </tr>
            </tbody>
          </table>
          <p>{headline.rule}</p>
          <p>{headline.coverage}</p>
          <p>{formatString(strings.StatusLine, statusText, dateText(headline.assessment.date))}</p>
          <p>
            <strong>{strings.FoundationHeading}: </strong>
            {headline.foundation.sentence}
          </p>
          {gaps.profile ? <p>{`${strings.ComparedWithRow}: ${profileName}. ${gaps.sentence}`}</p> : null}
        </section>
        <h2>{strings.BoardPaperHeatmapHeading}</h2>
        {heatmap.aspects
          .filter((a) => a.rows.length > 0)
          .map((aspect) => (
            <section key={aspect.name}>
              <table>
                <caption>{formatString(strings.HeatmapCaption, aspect.name)}</caption>
                <ColumnHeads labels={[strings.CategoryColumn, strings.CategoryLevelColumn, strings.CapabilitiesColumn]} />
                <tbody>
                  {aspect.rows.map((row) => (
                    <tr key={row.category}>
                      <th scope="row">{row.name}</th>
                      <td className="nimm-bp-number">{row.level === null ? strings.NotAssessedShort : formatString(strings.LevelShort, row.level)}</td>
                      <td>{row.cells.map(cellText).join('; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        <h2>{formatString(strings.BoardPaperGapsHeading, profileName || profileKeyShown)}</h2>
        {gaps.profile === null ? (
          <p>{gaps.sentence}</p>
        ) : open.length === 0 ? (
          <p>{formatString(strings.BoardPaperNoGaps, profileName)}</p>
        ) : (
          <>
            {assessedGaps.length > 0 ? (
              <>
                <p>{strings.BoardPaperGapsIntro}</p>
                <table>
                  <ColumnHeads labels={[strings.CapabilityColumn, strings.EffectiveLevelColumn, strings.TargetColumn, strings.GapColumn, strings.NextColumn]} />
                  <tbody>
                    {assessedGaps.map((gap) => {
                      const toMeet = criteriaStillToMeet(gap);
                      return (
                        <tr key={gap.capability}>
                          <th scope="row">{gap.name}</th>
                          <td className="nimm-bp-number">{gap.effectiveLevel}</td>
                          <td className="nimm-bp-number">{gap.target}</td>
                          <td className="nimm-bp-number">{gap.gap}</td>
                          <td>
                            {toMeet.count !== null && toMeet.level !== null
                              ? toMeet.count === 1
                                ? formatString(strings.BoardPaperToMeetOne, toMeet.level)
                                : formatString(strings.BoardPaperToMeetMany, toMeet.count, toMeet.level)
                              : gap.next && gap.next.holdBacks.length > 0
                                ? strings.BoardPaperDependenciesFirst
                                : '\u2013'}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </>
            ) : null}
            {unassessedNames.length > 0 ? (
              <p>
                {unassessedNames.length === 1
                  ? formatString(strings.BoardPaperNotAssessedOne, unassessedNames[0])
                  : formatString(strings.BoardPaperNotAssessedMany, unassessedNames.length, unassessedNames.join('; '))}
              </p>
            ) : null}
          </>
        )}
      </article>
    </PrintContainer>
  );
};

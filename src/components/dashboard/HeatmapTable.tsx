import * as React from 'react';
import { ColumnHeads } from '../shared/ColumnHeads';
import { useTheme } from '@fluentui/react';
import { DashboardStrings as strings } from '../../loc/dashboardStrings';
import { formatString } from '../../loc/strings';
import type { Heatmap, HeatmapCell } from '../../nimm';
import { levelColours } from '../shared/levelColours';
import { Heading } from '../shared/Heading';
import { getDashboardClassNames } from './dashboard.styles';

export interface IHeatmapTableProps {
  heatmap: Heatmap;
  headingLevel: number;
}

/** A cell's level in words: "L3" on the chip, "Level 3, Standardised" for screen readers and the detail. */
export function cellLevelText(cell: HeatmapCell, long: boolean): string {
  if (cell.status === 'not-applicable') return strings.NotApplicableShort;
  if (cell.status === 'not-assessed' || cell.effectiveLevel === null) return strings.NotAssessedShort;
  return long ? formatString(strings.LevelLong, cell.effectiveLevel, cell.effectiveLevelName ?? '') : formatString(strings.LevelShort, cell.effectiveLevel);
}

/**
 * The heatmap as a real table, one per aspect (technical, then business and management): a row per
 * category with its level, and its capabilities as buttons coloured by effective level, each
 * labelled with its level in words (colour is never the only cue). A button opens the reasons below
 * the table: what holds it back, with a button to the capability that does.
 */
export const HeatmapTable: React.FC<IHeatmapTableProps> = ({ heatmap, headingLevel }) => {
  const theme = useTheme();
  const classNames = getDashboardClassNames(theme);
  const [open, setOpen] = React.useState<string | null>(null);
  const cells = React.useMemo(() => {
    const all = new Map<string, HeatmapCell>();
    heatmap.aspects.forEach((a) => a.rows.forEach((r) => r.cells.forEach((c) => all.set(c.capability, c))));
    return all;
  }, [heatmap]);
  const detailRef = React.useRef<HTMLDivElement>(null);
  const show = (capability: string): void => {
    setOpen(capability);
    // Focus moves to the reasons, so a keyboard or screen reader user hears them at once.
    window.setTimeout(() => detailRef.current?.focus(), 0);
  };
  const openCell = open ? cells.get(open) : undefined;

  return (
    <>
      <ul className={classNames.legend} aria-label={strings.Legend}>
        {heatmap.levels.map((l) => {
          const colours = levelColours(theme, l.level);
          return (
            <li key={l.level} className={classNames.legendItem} style={{ background: colours.background, color: colours.color, borderColor: colours.border }}>
              {formatString(strings.LevelLong, l.level, l.name)}
            </li>
          );
        })}
      </ul>
      {heatmap.aspects.filter((a) => a.rows.length > 0).map((aspect) => (
        <div className={classNames.tableBox} key={aspect.name}>
          <table className={classNames.table}>
            <caption className={classNames.caption}>{formatString(strings.HeatmapCaption, aspect.name)}</caption>
            <ColumnHeads labels={[strings.CategoryColumn, strings.CategoryLevelColumn, strings.CapabilitiesColumn]} />
            <tbody>
              {aspect.rows.map((row) => (
                <tr key={row.category}>
                  <th scope="row" className={classNames.rowHeader}>
                    {row.name}
                  </th>
                  <td>{row.level === null ? strings.NotAssessedShort : formatString(strings.LevelShort, row.level)}</td>
                  <td>
                    <ul className={classNames.chips}>
                      {row.cells.map((cell) => {
                        const colours = levelColours(theme, cell.status === 'assessed' ? cell.effectiveLevel : null);
                        const marks = [cell.heldBack ? strings.HeldBackMark : '', cell.foundation ? strings.FoundationMark : ''].filter(Boolean);
                        const label = formatString(strings.CellLabel, cell.name, cellLevelText(cell, true), marks.length ? `, ${marks.join(', ')}` : '');
                        return (
                          <li key={cell.capability}>
                            <button
                              type="button"
                              className={`${classNames.chip} ${open === cell.capability ? classNames.chipPressed : ''}`}
                              style={{ background: colours.background, color: colours.color, borderColor: colours.border, borderStyle: cell.status === 'assessed' ? 'solid' : 'dashed' }}
                              aria-label={label}
                              aria-expanded={open === cell.capability}
                              onClick={() => (open === cell.capability ? setOpen(null) : show(cell.capability))}
                            >
                              {cell.name} {cellLevelText(cell, false)}
                              {cell.heldBack ? ' \u25BC' : ''}
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {openCell ? (
        <div className={classNames.detail} ref={detailRef} tabIndex={-1} role="region" aria-label={formatString(strings.OpenCapabilityDetail, openCell.name)}>
          <Heading level={headingLevel} className={classNames.subHeading}>
            {formatString(strings.OpenCapabilityDetail, openCell.name)}
          </Heading>
          <p className={classNames.paragraph}>{cellLevelText(openCell, true)}</p>
          {openCell.agreedDiffers ? <p className={classNames.paragraph}>{strings.AgreedDiffers}</p> : null}
          {openCell.holdBacks.length === 0 ? (
            <p className={classNames.paragraph}>{strings.NothingHoldsBack}</p>
          ) : (
            <ul className={classNames.list}>
              {openCell.holdBacks.map((h) => (
                <li key={`${h.capability}-${h.forLevel}`}>
                  {h.sentence}{' '}
                  {cells.has(h.capability) ? (
                    <button type="button" className={classNames.linkButton} onClick={() => show(h.capability)}>
                      {formatString(strings.GoToCapability, h.name)}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {openCell.progressToNext !== null ? <p className={classNames.paragraph}>{formatString(strings.ProgressToNext, Math.round(openCell.progressToNext * 100))}</p> : null}
          <button type="button" className={classNames.linkButton} onClick={() => setOpen(null)}>
            {strings.CloseDetail}
          </button>
        </div>
      ) : null}
    </>
  );
};

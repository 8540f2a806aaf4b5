import { FontWeights, hiddenContentStyle, type ITheme, memoizeFunction, mergeStyleSets } from '@fluentui/react';

/**
 * Styles of the workshop panel, from the theme in force. At 320 px everything but the scores
 * table reflows to one column; the table keeps its rows and columns (they are what it means) and
 * scrolls sideways inside its own focusable region instead of the page (WCAG 1.4.10 allows this
 * for data tables). What needs discussing is said in words and bold type, never by colour alone.
 */
export const getWorkshopClassNames = memoizeFunction((theme: ITheme) => {
  const { palette, semanticColors, fonts } = theme;
  const focusRing = { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: '2px' };
  const cell = { border: `1px solid ${palette.neutralTertiaryAlt}`, padding: '4px 8px', textAlign: 'left' as const, verticalAlign: 'top' as const };
  return mergeStyleSets({
    panel: { border: `1px solid ${palette.neutralQuaternary}`, padding: '8px 12px', margin: '12px 0' },
    phases: { margin: '0 0 8px', paddingLeft: '1.5em' },
    phase: { margin: '0 0 4px' },
    scores: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14em), 1fr))', gap: '8px 16px', margin: '4px 0 8px' },
    line: { margin: '4px 0' },
    status: { ...fonts.small, margin: '4px 0', minHeight: '1.5em' },
    actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', margin: '8px 0' },
    tableRegion: {
      overflowX: 'auto',
      maxWidth: '100%',
      margin: '8px 0',
      selectors: { ':focus-visible': focusRing }
    },
    table: { borderCollapse: 'collapse', minWidth: '100%', ...fonts.medium },
    // The title is shown above the scrolling region, so it wraps at 320 px instead of scrolling
    // away; the caption (the table's own name for screen readers) holds the same words, hidden.
    title: { ...fonts.mediumPlus, fontWeight: FontWeights.semibold, margin: '8px 0 0' },
    caption: hiddenContentStyle,
    headerCell: { ...cell, fontWeight: FontWeights.semibold, background: semanticColors.bodyStandoutBackground },
    cell,
    summaryCell: { ...cell, background: semanticColors.bodyBackgroundHovered },
    discussCell: { ...cell, fontWeight: FontWeights.bold, border: `3px solid ${palette.neutralPrimary}` },
    discussList: { margin: '0 0 8px', paddingLeft: '1.2em' },
    muted: { color: semanticColors.bodySubtext }
  });
});

export type IWorkshopClassNames = ReturnType<typeof getWorkshopClassNames>;

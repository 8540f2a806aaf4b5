import { FontWeights, hiddenContentStyle, type ITheme, memoizeFunction, mergeStyleSets } from '@fluentui/react';

/**
 * Styles of the dashboard, from the theme in force. No fixed widths: tables scroll inside their
 * own box and everything else reflows to one column at 320 px (400% zoom, WCAG 1.4.10); focus
 * rings are drawn in the text colour (3:1 on any theme, WCAG 2.4.7 and 2.4.11).
 */
export const getDashboardClassNames = memoizeFunction((theme: ITheme) => {
  const { palette, semanticColors, fonts } = theme;
  const focus = { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: '2px' };
  return mergeStyleSets({
    toolbar: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', margin: '8px 0 12px' },
    chooser: { minWidth: 'min(320px, 100%)', maxWidth: '100%' },
    sectionHeading: { ...fonts.large, fontWeight: FontWeights.semibold, margin: '16px 0 8px' },
    subHeading: { ...fonts.mediumPlus, fontWeight: FontWeights.semibold, margin: '12px 0 4px' },
    paragraph: { margin: '0 0 8px', maxWidth: '70em' },
    muted: { color: semanticColors.bodySubtext },
    figures: { display: 'flex', flexWrap: 'wrap', gap: 24, margin: '8px 0 12px', padding: 0, listStyle: 'none' },
    figure: { minWidth: 'min(180px, 100%)' },
    figureLabel: { ...fonts.small, color: semanticColors.bodySubtext, display: 'block' },
    figureValue: { ...fonts.xLarge, fontWeight: FontWeights.semibold, display: 'block' },
    tableBox: { overflowX: 'auto', maxWidth: '100%', margin: '0 0 16px' },
    table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { border: `1px solid ${palette.neutralQuaternary}`, padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' } } },
    caption: { ...fonts.mediumPlus, fontWeight: FontWeights.semibold, textAlign: 'left', padding: '8px 0' },
    rowHeader: { fontWeight: FontWeights.semibold, minWidth: '10em' },
    chips: { display: 'flex', flexWrap: 'wrap', gap: 6, listStyle: 'none', margin: 0, padding: 0 },
    chip: {
      ...fonts.small,
      borderWidth: 1,
      borderStyle: 'solid',
      borderRadius: 2,
      padding: '4px 6px',
      cursor: 'pointer',
      textAlign: 'left',
      minHeight: 24,
      minWidth: 24,
      selectors: { ':focus-visible': focus, ':hover': { textDecoration: 'underline' } }
    },
    chipPressed: { boxShadow: `0 0 0 2px ${semanticColors.bodyText}` },
    detail: { border: `1px solid ${palette.neutralTertiaryAlt}`, padding: 12, margin: '0 0 16px', background: semanticColors.bodyBackground },
    legend: { display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', margin: '0 0 8px', padding: 0 },
    legendItem: { ...fonts.small, borderWidth: 1, borderStyle: 'solid', padding: '2px 6px' },
    linkButton: {
      ...fonts.medium,
      background: 'none',
      border: 'none',
      padding: 0,
      color: semanticColors.link,
      textDecoration: 'underline',
      cursor: 'pointer',
      textAlign: 'left',
      selectors: { ':focus-visible': focus, ':hover': { color: semanticColors.linkHovered } }
    },
    list: { margin: '0 0 8px', paddingLeft: 20 },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' },
    /** Read by screen readers only ("opens in a new tab"). */
    hiddenText: hiddenContentStyle,
    /** A row that needs attention (mind the gap): a bar down its first cell and a bold text marker, never colour alone. */
    flaggedRow: { selectors: { '& > th:first-child': { boxShadow: `inset 4px 0 0 ${palette.neutralPrimary}`, paddingLeft: 12 } } },
    marker: { fontWeight: FontWeights.semibold },
    nestedList: { margin: '2px 0 4px', paddingLeft: 18 },
    chart: { display: 'block', width: '100%', maxWidth: 560, height: 'auto', margin: '0 0 16px' },
    chartLine: { fill: 'none', stroke: palette.themePrimary, strokeWidth: 2 },
    chartPoint: { fill: palette.themePrimary, stroke: semanticColors.bodyBackground, strokeWidth: 1 },
    chartAxis: { stroke: palette.neutralSecondary, strokeWidth: 1 },
    chartText: { fill: semanticColors.bodyText, fontSize: 12, fontFamily: 'inherit' },
    checkbox: { margin: '0 0 8px' },
    /** Links listed one under another: each at least 24 px high, so they are easy to hit (WCAG 2.5.8). */
    linkList: { margin: '0 0 8px', paddingLeft: 20, selectors: { '& > li': { margin: '0 0 4px' }, '& a': { display: 'inline-block', minHeight: 24, lineHeight: '24px' } } }
  });
});

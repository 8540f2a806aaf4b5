import { FontWeights, hiddenContentStyle, type ITheme, memoizeFunction, mergeStyleSets } from '@fluentui/react';

/**
 * Styles of the roadmap, from the theme in force. No fixed widths: the phase columns sit side by
 * side while they fit and wrap onto further rows otherwise, so everything reflows to one column at
 * 320 px (400% zoom, WCAG 1.4.10); tables scroll inside their own box. Focus rings are drawn in the
 * text colour (3:1 on any theme, WCAG 2.4.7 and 2.4.11). Colour is never the only cue: overdue and
 * unsaved steps say so in words.
 */
export const getRoadmapClassNames = memoizeFunction((theme: ITheme) => {
  const { palette, semanticColors, fonts } = theme;
  const focus = { outline: `2px solid ${palette.neutralPrimary}`, outlineOffset: '2px' };
  return mergeStyleSets({
    toolbar: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', margin: '8px 0 12px' },
    chooser: { minWidth: 'min(320px, 100%)', maxWidth: '100%' },
    settings: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'flex-start', margin: '0 0 8px' },
    readOnlySettings: { margin: '0 0 8px', paddingLeft: 20 },
    field: { minWidth: 'min(220px, 100%)', maxWidth: '100%', flex: '1 1 220px' },
    wideField: { minWidth: 'min(320px, 100%)', maxWidth: '100%', flex: '2 1 320px' },
    sectionHeading: { ...fonts.large, fontWeight: FontWeights.semibold, margin: '16px 0 8px' },
    subHeading: { ...fonts.mediumPlus, fontWeight: FontWeights.semibold, margin: '12px 0 4px' },
    paragraph: { margin: '0 0 8px', maxWidth: '70em' },
    muted: { color: semanticColors.bodySubtext },
    saveBar: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', margin: '8px 0 12px' },
    // Columns of one width, as many as fit (one at 320 px); a phase that wraps keeps its width.
    board: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(300px, 100%), 1fr))', gap: 16, alignItems: 'start', listStyle: 'none', margin: 0, padding: 0 },
    phase: {
      minWidth: 0,
      border: `1px solid ${palette.neutralTertiaryAlt}`,
      borderRadius: 2,
      padding: 8,
      background: semanticColors.bodyStandoutBackground,
      boxSizing: 'border-box'
    },
    phaseHeading: { ...fonts.mediumPlus, fontWeight: FontWeights.semibold, margin: '0 0 4px' },
    phaseFacts: { ...fonts.small, margin: '0 0 8px' },
    steps: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 },
    card: {
      border: `1px solid ${palette.neutralQuaternary}`,
      borderRadius: 2,
      padding: 8,
      background: semanticColors.bodyBackground,
      overflowWrap: 'anywhere',
      selectors: { ':focus': focus }
    },
    cardHeading: { ...fonts.medium, fontWeight: FontWeights.semibold, margin: '0 0 4px' },
    facts: { ...fonts.small, margin: '0 0 6px', padding: 0, listStyle: 'none' },
    flag: { ...fonts.small, fontWeight: FontWeights.semibold, margin: '0 0 6px', color: semanticColors.errorText },
    note: { ...fonts.small, fontWeight: FontWeights.semibold, margin: '0 0 6px' },
    details: { ...fonts.small, margin: '0 0 6px', selectors: { summary: { cursor: 'pointer', selectors: { ':focus-visible': focus } } } },
    smallList: { ...fonts.small, margin: '2px 0 6px', paddingLeft: 18 },
    label: { ...fonts.small, fontWeight: FontWeights.semibold, margin: '4px 0 0' },
    linkButton: {
      ...fonts.small,
      background: 'none',
      border: 'none',
      padding: 0,
      color: semanticColors.link,
      textDecoration: 'underline',
      cursor: 'pointer',
      textAlign: 'left',
      minHeight: 24,
      selectors: { ':focus-visible': focus, ':hover': { color: semanticColors.linkHovered } }
    },
    tableBox: { overflowX: 'auto', maxWidth: '100%', margin: '0 0 16px' },
    table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { border: `1px solid ${palette.neutralQuaternary}`, padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' } } },
    caption: { ...fonts.mediumPlus, fontWeight: FontWeights.semibold, textAlign: 'left', padding: '8px 0' },
    conflict: { border: `1px solid ${palette.neutralTertiaryAlt}`, padding: 12, margin: '0 0 12px' },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' },
    preWrap: { whiteSpace: 'pre-wrap' },
    // Read by screen readers, not shown (announcements such as where a moved step went).
    visuallyHidden: hiddenContentStyle,
    block: { display: 'block', fontWeight: FontWeights.regular, ...fonts.small },
    alignEnd: { alignSelf: 'flex-end' },
    goalBox: { margin: '4px 0 8px' },
    // A native select (the goal editor's levels): the theme's input colours, a visible border and
    // focus ring, and at least 32 px tall for touch (WCAG 2.5.8); the system draws it in high contrast.
    select: {
      ...fonts.medium,
      minHeight: 32,
      minWidth: 'min(200px, 100%)',
      maxWidth: '100%',
      padding: '4px 8px',
      color: semanticColors.inputText,
      backgroundColor: semanticColors.inputBackground,
      border: `1px solid ${semanticColors.inputBorder}`,
      borderRadius: 2,
      selectors: { ':focus-visible': focus }
    }
  });
});

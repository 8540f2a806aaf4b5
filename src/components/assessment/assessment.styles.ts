import { FontWeights, type IRawStyle, type ITheme, memoizeFunction, mergeStyleSets } from '@fluentui/react';

/** A focus ring in the text colour, which keeps 3:1 contrast on any theme (WCAG 2.4.7, 2.4.11). */
function focusRingOf(theme: ITheme): IRawStyle {
  return { outline: `2px solid ${theme.palette.neutralPrimary}`, outlineOffset: '2px' };
}

/** A button that reads as a link (it acts on the page, so it is a button to assistive technology). */
export function linkButtonStyle(theme: ITheme): IRawStyle {
  return {
    ...theme.fonts.medium,
    background: 'none',
    border: 'none',
    padding: 0,
    margin: 0,
    color: theme.semanticColors.link,
    textDecoration: 'underline',
    cursor: 'pointer',
    textAlign: 'left',
    selectors: { ':focus-visible': focusRingOf(theme), ':hover': { color: theme.semanticColors.linkHovered } }
  };
}

/**
 * Styles of the assessment screens, from the theme in force. No fixed widths: everything reflows
 * to one column at 320 px (400% zoom, WCAG 1.4.10); focus rings are drawn in the text colour so
 * they keep 3:1 contrast on any theme (WCAG 2.4.7, 2.4.11).
 */
export const getAssessmentClassNames = memoizeFunction((theme: ITheme) => {
  const { palette, semanticColors, fonts } = theme;
  return mergeStyleSets({
    sectionHeading: { ...fonts.large, fontWeight: FontWeights.semibold, margin: '16px 0 8px' },
    subHeading: { ...fonts.mediumPlus, fontWeight: FontWeights.semibold, margin: '12px 0 4px' },
    minorHeading: { ...fonts.medium, fontWeight: FontWeights.semibold, margin: '8px 0 4px' },
    paragraph: { margin: '0 0 8px' },
    muted: { color: semanticColors.bodySubtext },
    list: { listStyle: 'none', margin: 0, padding: 0 },
    listItem: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: '4px 12px',
      padding: '8px 0',
      borderBottom: `1px solid ${palette.neutralLight}`
    },
    grow: { flex: '1 1 16em', minWidth: 0 },
    actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', margin: '8px 0' },
    form: { display: 'grid', gap: '12px', maxWidth: '40em', margin: '8px 0 16px' },
    filters: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'flex-end', margin: '8px 0' },
    filter: { flex: '1 1 12em', minWidth: 0 },
    capabilityButton: linkButtonStyle(theme),
    badge: {
      ...fonts.small,
      display: 'inline-block',
      padding: '0 6px',
      border: `1px solid ${palette.neutralSecondary}`,
      borderRadius: 2,
      color: semanticColors.bodyText
    },
    status: { ...fonts.small, fontWeight: FontWeights.semibold },
    panel: { borderTop: `2px solid ${palette.themePrimary}`, padding: '8px 0 16px', margin: '8px 0' },
    levels: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(12em, 1fr))', gap: '8px', margin: '0 0 8px', padding: 0, listStyle: 'none' },
    levelCard: { border: `1px solid ${palette.neutralQuaternary}`, padding: '8px', margin: 0 },
    levelCardCurrent: { border: `2px solid ${palette.themePrimary}`, padding: '7px' },
    criterion: { padding: '8px 0', borderBottom: `1px solid ${palette.neutralLighter}` },
    criterionText: { margin: '0 0 4px' },
    answers: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px' },
    facts: { margin: '0 0 8px', paddingLeft: '1.2em' },
    saveState: { ...fonts.small, margin: '4px 0', minHeight: '1.5em' },
    conflict: { border: `1px solid ${semanticColors.errorText}`, padding: '8px', margin: '8px 0' }
  });
});

export type IAssessmentClassNames = ReturnType<typeof getAssessmentClassNames>;

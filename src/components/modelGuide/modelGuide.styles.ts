import { FontWeights, HighContrastSelector, hiddenContentStyle, type ITheme, memoizeFunction, mergeStyleSets } from '@fluentui/react';

/**
 * Styles of the model guide, built from the theme in force (the site's theme in SharePoint).
 * No fixed widths anywhere: the guide must reflow to one column at 400% zoom (WCAG 1.4.10).
 */
export const getGuideClassNames = memoizeFunction((theme: ITheme) => {
  const { palette, semanticColors, fonts } = theme;
  // A focus ring that does not depend on Fluent's keyboard-detection class, drawn in the text
  // colour so it keeps 3:1 contrast on any theme background (WCAG 2.4.7, 2.4.11).
  const focusRing = {
    outline: `2px solid ${palette.neutralPrimary}`,
    outlineOffset: '2px'
  };
  const listReset = { listStyle: 'none', margin: 0, padding: 0 };

  return mergeStyleSets({
    root: {
      ...fonts.medium,
      color: semanticColors.bodyText,
      overflowWrap: 'break-word',
      wordWrap: 'break-word'
    },
    title: { ...fonts.xLarge, fontWeight: FontWeights.semibold, margin: '0 0 4px' },
    modelName: { ...fonts.mediumPlus, margin: '0 0 4px' },
    paragraph: { margin: '0 0 8px' },
    muted: { color: palette.neutralSecondary },
    sectionHeading: { ...fonts.large, fontWeight: FontWeights.semibold, margin: '16px 0 8px' },
    legendList: { ...listReset },
    legendItem: { margin: '0 0 6px' },
    legendName: { fontWeight: FontWeights.semibold },
    filters: { margin: '16px 0 8px' },
    filterRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: '8px 16px' },
    filterItem: { flex: '1 1 14em', minWidth: 0 },
    // Wider than the other filters, so its placeholder is never cut off where there is room.
    searchItem: { flex: '1 1 18em', minWidth: 0 },
    toggleItem: { flex: '0 1 auto', minWidth: 0, alignSelf: 'flex-end' },
    matchCount: { fontWeight: FontWeights.semibold, margin: '8px 0' },
    // Off screen until focused, then shown where it stands, above the guide (WCAG 2.4.1, 2.4.7).
    skipLink: {
      ...hiddenContentStyle,
      selectors: {
        ':focus': {
          position: 'static',
          display: 'inline-block',
          width: 'auto',
          height: 'auto',
          margin: '0 0 8px',
          padding: '4px 8px',
          overflow: 'visible',
          whiteSpace: 'normal',
          color: palette.themeDarker,
          background: semanticColors.bodyBackground,
          textDecoration: 'underline',
          ...focusRing
        }
      }
    },
    // The skip link's target: focus lands here without a ring around the whole list, as the
    // next Tab goes straight to the first capability.
    capabilities: { selectors: { ':focus': { outline: 'none' } } },
    category: { margin: '16px 0 0' },
    categoryHeading: { ...fonts.large, fontWeight: FontWeights.semibold, margin: '0 0 2px' },
    capabilityList: { ...listReset, borderTop: `1px solid ${palette.neutralLight}` },
    capability: { padding: '8px 0', borderBottom: `1px solid ${palette.neutralLight}` },
    capabilityHeading: {
      ...fonts.mediumPlus,
      fontWeight: FontWeights.semibold,
      margin: 0,
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: '4px 8px'
    },
    disclosure: {
      font: 'inherit',
      fontWeight: 'inherit',
      color: palette.themeDarkAlt,
      background: 'transparent',
      border: 'none',
      margin: 0,
      padding: '2px 4px 2px 0',
      textAlign: 'left',
      cursor: 'pointer',
      display: 'inline-flex',
      alignItems: 'baseline',
      gap: '6px',
      minWidth: 0,
      // Room above a capability scrolled to the top of the page by a link.
      scrollMarginTop: '16px',
      selectors: {
        ':hover': { textDecoration: 'underline', color: palette.themeDarker },
        ':focus': focusRing,
        ':focus:not(:focus-visible)': { outline: 'none' },
        ':focus-visible': focusRing,
        [HighContrastSelector]: { color: 'LinkText' }
      }
    },
    chevron: { flex: '0 0 auto', width: '0.75em', height: '0.75em', transition: 'transform 0.1s' },
    chevronExpanded: { transform: 'rotate(90deg)' },
    badge: {
      ...fonts.small,
      fontWeight: FontWeights.semibold,
      display: 'inline-block',
      padding: '0 6px',
      border: `1px solid ${palette.themePrimary}`,
      borderRadius: '2px',
      color: palette.themeDarker,
      background: palette.themeLighterAlt
    },
    summary: { margin: '4px 0 0' },
    detail: {
      margin: '8px 0 4px',
      paddingLeft: '12px',
      borderLeft: `2px solid ${palette.neutralQuaternary}`
    },
    foundationNote: { fontWeight: FontWeights.semibold, margin: '0 0 8px' },
    detailHeading: { ...fonts.mediumPlus, fontWeight: FontWeights.semibold, margin: '16px 0 4px' },
    perspectiveHeading: { ...fonts.medium, fontWeight: FontWeights.semibold, margin: '8px 0 4px' },
    criteriaList: { margin: '0 0 8px', paddingLeft: '1.5em' },
    criterion: { margin: '0 0 6px' },
    guidance: { color: palette.neutralSecondary, margin: '2px 0 0' },
    relationList: { margin: '0 0 8px', paddingLeft: '1.5em' },
    relation: { margin: '0 0 6px' },
    jump: {
      // Let long capability names wrap inside sentences. Underlined: a link inside a sentence
      // must not be told apart by colour alone (WCAG 1.4.1).
      whiteSpace: 'normal',
      textAlign: 'left',
      textDecoration: 'underline',
      selectors: { ':focus-visible': focusRing }
    }
  });
});

export type IGuideClassNames = ReturnType<typeof getGuideClassNames>;

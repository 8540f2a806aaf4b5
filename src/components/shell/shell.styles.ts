import { FontWeights, type ITheme, memoizeFunction, mergeStyleSets } from '@fluentui/react';

/**
 * The shell's styles, from the theme in force (the site's or section's theme in SharePoint, the
 * Teams theme in Teams). No fixed widths: the apps reflow to one column at 400% zoom (WCAG
 * 1.4.10), and long names, messages and addresses wrap rather than overflow.
 */
export const getShellClassNames = memoizeFunction((theme: ITheme) => {
  const { semanticColors, fonts } = theme;
  return mergeStyleSets({
    root: {
      ...fonts.medium,
      color: semanticColors.bodyText,
      overflowWrap: 'anywhere',
      wordWrap: 'break-word'
    },
    title: { ...fonts.xLarge, fontWeight: FontWeights.semibold, margin: '0 0 8px' },
    message: { margin: '8px 0' },
    messageLine: { margin: '0 0 4px', selectors: { ':last-child': { margin: 0 } } },
    actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', margin: '8px 0' },
    issueList: { margin: '4px 0 0', paddingLeft: '1.5em' },
    issueItem: { margin: '0 0 4px' }
  });
});

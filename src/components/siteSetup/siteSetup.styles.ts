import { FontWeights, type ITheme, memoizeFunction, mergeStyleSets } from '@fluentui/react';

/**
 * Styles of the set-up screen, built from the theme in force (the site's theme in SharePoint).
 * No fixed widths: everything reflows to one column at 400% zoom (WCAG 1.4.10), and long list
 * names, messages and email addresses wrap rather than overflow.
 */
export const getSetUpClassNames = memoizeFunction((theme: ITheme) => {
  const { palette, fonts } = theme;
  return mergeStyleSets({
    sectionHeading: { ...fonts.large, fontWeight: FontWeights.semibold, margin: '16px 0 8px' },
    subHeading: { ...fonts.mediumPlus, fontWeight: FontWeights.semibold, margin: '12px 0 4px' },
    paragraph: { margin: '0 0 8px' },
    facts: {
      // Term and value side by side while there is room, one under the other when there is not.
      display: 'grid',
      gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
      gap: '4px 16px',
      margin: '0 0 8px',
      selectors: { '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)' } }
    },
    term: { fontWeight: FontWeights.semibold, margin: 0 },
    value: { margin: 0, minWidth: 0 },
    list: { margin: '0 0 8px', paddingLeft: '1.5em' },
    listItem: { margin: '0 0 4px' },
    actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', margin: '8px 0' },
    progress: { margin: '8px 0', padding: '8px 0', borderTop: `1px solid ${palette.neutralLight}` },
    progressText: { margin: '0 0 4px' },
    progressOperation: { fontWeight: FontWeights.semibold, display: 'block' },
    doneLine: { fontWeight: FontWeights.semibold, margin: '8px 0' },
    outcome: { margin: '0 0 8px' },
    message: { margin: '8px 0' },
    messageLine: { margin: '0 0 4px', selectors: { ':last-child': { margin: 0 } } },
    owners: { margin: '0 0 8px', paddingLeft: '1.5em' }
  });
});

export type ISetUpClassNames = ReturnType<typeof getSetUpClassNames>;

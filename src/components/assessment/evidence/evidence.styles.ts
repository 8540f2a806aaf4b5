import { linkButtonStyle } from '../assessment.styles';
import { FontWeights, hiddenContentStyle, type IDropdownStyles, type ITheme, memoizeFunction, mergeStyleSets } from '@fluentui/react';

/**
 * Styles of the evidence section, from the theme in force. Like the rest of the assessment
 * screens: no fixed widths, so it reads in one column at 320 px (WCAG 1.4.10); long file names
 * and addresses wrap; focus rings in the text colour (WCAG 2.4.7).
 */
export const getEvidenceClassNames = memoizeFunction((theme: ITheme) => {
  const { palette, semanticColors, fonts } = theme;
  return mergeStyleSets({
    section: { margin: '8px 0 16px', overflowWrap: 'anywhere', wordWrap: 'break-word' },
    list: { listStyle: 'none', margin: '8px 0', padding: 0 },
    item: { padding: '8px 0', borderBottom: `1px solid ${palette.neutralLight}` },
    // Expired evidence is said in words; the bar beside it only repeats that for a quick scan.
    itemExpired: { borderLeft: `4px solid ${semanticColors.errorText}`, paddingLeft: '8px' },
    name: { ...fonts.medium, fontWeight: FontWeights.semibold },
    line: { margin: '2px 0' },
    muted: { color: semanticColors.bodySubtext },
    expired: { color: semanticColors.errorText, fontWeight: FontWeights.semibold, margin: '2px 0' },
    form: { display: 'grid', gap: '12px', maxWidth: '40em', margin: '8px 0 16px' },
    actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' },
    fileName: { flex: '1 1 12em', minWidth: 0 },
    hiddenInput: { display: 'none' },
    visuallyHidden: hiddenContentStyle,
    results: { listStyle: 'none', margin: '4px 0', padding: 0 },
    result: { padding: '6px 0', borderBottom: `1px solid ${palette.neutralLighter}` },
    resultButton: [
      linkButtonStyle(theme),
      { overflowWrap: 'anywhere', selectors: { ':disabled': { color: semanticColors.disabledText, cursor: 'default' } } }
    ],
    status: { margin: '4px 0', minHeight: '1.5em' }
  });
});

/**
 * A Dropdown whose closed box and options wrap instead of cutting criteria short with "…": a
 * criterion is a sentence, and at 320 px most would otherwise be unreadable.
 */
export const wrappingDropdownStyles: Partial<IDropdownStyles> = {
  title: { height: 'auto', minHeight: 32, lineHeight: '20px', padding: '5px 28px 5px 8px', whiteSpace: 'normal' },
  dropdownItem: { height: 'auto', minHeight: 36, padding: '6px 8px' },
  dropdownItemSelected: { height: 'auto', minHeight: 36, padding: '6px 8px' },
  dropdownOptionText: { overflow: 'visible', whiteSpace: 'normal' }
};

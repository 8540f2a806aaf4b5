import type { PartialTheme } from '@fluentui/react';

/** Where an app is shown, and the theme that host asks for. */
export type HostThemeInput =
  /** A SharePoint page: the site's theme, or the section's when the section has a background. */
  | { host: 'sharepoint'; sectionTheme?: PartialTheme }
  /**
   * A Teams tab or personal app. Teams reports 'default', 'dark' or 'contrast' (TeamsJS
   * app.getContext().app.theme); SPFx does not apply it by itself: a web part in Teams gets the
   * SharePoint site's theme unless it follows Teams (using-web-part-as-ms-teams-tab.md).
   */
  | { host: 'teams'; teamsTheme: string; siteTheme?: PartialTheme };

/**
 * Teams' dark theme in Fluent's terms: the neutral ramp inverted, so text, borders and
 * backgrounds keep their contrast (white on #1f1f1f is 16:1), and a lighter accent that keeps 4.5:1.
 */
const TEAMS_DARK: PartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#a6a7dc',
    themeLighterAlt: '#0b0b12',
    themeLighter: '#1b1b2e',
    themeLight: '#32325a',
    themeTertiary: '#6566a7',
    themeSecondary: '#9192cf',
    themeDarkAlt: '#b2b3e0',
    themeDark: '#c1c2e6',
    themeDarker: '#d6d7ef',
    neutralLighterAlt: '#292929',
    neutralLighter: '#333333',
    neutralLight: '#3d3d3d',
    neutralQuaternaryAlt: '#474747',
    neutralQuaternary: '#4f4f4f',
    neutralTertiaryAlt: '#6e6e6e',
    neutralTertiary: '#c8c8c8',
    neutralSecondary: '#d0d0d0',
    neutralPrimaryAlt: '#dadada',
    neutralPrimary: '#ffffff',
    neutralDark: '#f4f4f4',
    black: '#f8f8f8',
    white: '#1f1f1f'
  },
  semanticColors: {
    bodyBackground: '#1f1f1f',
    bodyText: '#ffffff',
    bodySubtext: '#d0d0d0',
    link: '#a6a7dc',
    linkHovered: '#c1c2e6',
    inputBackground: '#292929',
    inputBorder: '#8a8a8a',
    buttonBackground: '#292929',
    buttonText: '#ffffff',
    buttonBorder: '#8a8a8a',
    // Fluent's default error red (#a4262c) is 2.4:1 on #1f1f1f; this pink keeps 7:1.
    errorText: '#f1707b'
  }
};

/**
 * Teams' high-contrast theme: white text on black, yellow links and accents, as Teams itself draws
 * them. Fluent's own high-contrast styles (forced colours) still apply on top when the operating
 * system is in a high-contrast mode.
 */
const TEAMS_CONTRAST: PartialTheme = {
  isInverted: true,
  palette: {
    themePrimary: '#ffff01',
    themeLighterAlt: '#000000',
    themeLighter: '#000000',
    themeLight: '#3a3a00',
    themeTertiary: '#ffff01',
    themeSecondary: '#ffff01',
    themeDarkAlt: '#ffff01',
    themeDark: '#ffff01',
    themeDarker: '#ffff01',
    neutralLighterAlt: '#000000',
    neutralLighter: '#0d0d0d',
    neutralLight: '#1a1a1a',
    neutralQuaternaryAlt: '#262626',
    neutralQuaternary: '#333333',
    neutralTertiaryAlt: '#ffffff',
    neutralTertiary: '#ffffff',
    neutralSecondary: '#ffffff',
    neutralPrimaryAlt: '#ffffff',
    neutralPrimary: '#ffffff',
    neutralDark: '#ffffff',
    black: '#ffffff',
    white: '#000000'
  },
  semanticColors: {
    bodyBackground: '#000000',
    bodyText: '#ffffff',
    bodySubtext: '#ffffff',
    link: '#ffff01',
    linkHovered: '#ffff01',
    inputBackground: '#000000',
    inputBorder: '#ffffff',
    buttonBackground: '#000000',
    buttonText: '#ffffff',
    buttonBorder: '#ffffff',
    focusBorder: '#ffff01',
    // Teams high contrast writes errors in its accent colours, never in dark red on black.
    errorText: '#ffff01'
  }
};

/**
 * The theme an app should use where it is shown. In SharePoint: the section's theme (or none,
 * which leaves the site's theme in place). In Teams: dark and high contrast as Teams draws them;
 * Teams' default (light) theme keeps the trust's SharePoint theme, which is what staff know.
 */
export function hostTheme(input: HostThemeInput): PartialTheme | undefined {
  if (input.host === 'sharepoint') return input.sectionTheme;
  switch (input.teamsTheme) {
    case 'dark':
      return TEAMS_DARK;
    case 'contrast':
      return TEAMS_CONTRAST;
    default:
      return input.siteTheme;
  }
}

/** True for the Teams high-contrast theme above, where fills are dropped and everything is outlined. */
export function isHighContrastTheme(theme: { palette: { themePrimary?: string }; isInverted?: boolean }): boolean {
  return !!theme.isInverted && (theme.palette.themePrimary || '').toLowerCase() === (TEAMS_CONTRAST.palette?.themePrimary || '').toLowerCase();
}

/**
 * The colours of a maturity level in a heatmap cell, from the theme in force. The level is always
 * written in the cell too (colour is never the only cue, WCAG 1.4.1); the colours here are a
 * sequential ramp, light to dark, whose text keeps at least 4.5:1 contrast on each fill
 * (tests/components/levelColours.test.ts checks every pair). On a dark theme the ramp runs dark to
 * light; in a high-contrast theme cells are not filled at all, only outlined, as Teams and Windows
 * high contrast draw everything.
 */
import type { ITheme } from '@fluentui/react';
import { isHighContrastTheme } from '../shell/hostTheme';

export interface LevelColours {
  background: string;
  color: string;
  border: string;
}

/** Fills for levels 1 to 5 on a light theme, and the text drawn on each. */
export const LIGHT_RAMP: ReadonlyArray<readonly [string, string]> = [
  ['#e8f1fb', '#1b1b1b'],
  ['#c6ddf4', '#1b1b1b'],
  ['#8fbde9', '#1b1b1b'],
  ['#2f6fb8', '#ffffff'],
  ['#003f7f', '#ffffff']
];

/** Fills for levels 1 to 5 on a dark theme. */
export const DARK_RAMP: ReadonlyArray<readonly [string, string]> = [
  ['#1e2a38', '#ffffff'],
  ['#23405f', '#ffffff'],
  ['#2b5a8a', '#ffffff'],
  ['#8fbde9', '#111111'],
  ['#c6ddf4', '#111111']
];

/** A level's cell colours; null (not assessed, not applicable) is outlined, unfilled. */
export function levelColours(theme: ITheme, level: number | null): LevelColours {
  const { semanticColors, palette } = theme;
  if (level === null || isHighContrastTheme(theme)) {
    return { background: 'transparent', color: semanticColors.bodyText, border: level === null ? palette.neutralTertiary : semanticColors.bodyText };
  }
  const ramp = theme.isInverted ? DARK_RAMP : LIGHT_RAMP;
  const [background, color] = ramp[Math.max(1, Math.min(ramp.length, Math.round(level))) - 1];
  return { background, color, border: background };
}

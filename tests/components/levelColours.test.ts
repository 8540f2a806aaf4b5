import { createTheme } from '@fluentui/react';
import { DARK_RAMP, LIGHT_RAMP, levelColours } from '../../src/components/shared/levelColours';
import { hostTheme } from '../../src/components/shell/hostTheme';

/** WCAG 2.2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('level colours in heatmap cells', () => {
  it.each([...LIGHT_RAMP.map((p, i) => ['light', i + 1, p] as const), ...DARK_RAMP.map((p, i) => ['dark', i + 1, p] as const)])('%s level %i keeps text at 4.5:1 or more', (_ramp, _level, [fill, text]) => {
    expect(contrast(fill, text)).toBeGreaterThanOrEqual(4.5);
  });

  it('runs light to dark on a light theme and dark to light on a dark one', () => {
    const light = createTheme({});
    const dark = createTheme(hostTheme({ host: 'teams', teamsTheme: 'dark' }));
    expect(luminance(levelColours(light, 1).background)).toBeGreaterThan(luminance(levelColours(light, 5).background));
    expect(luminance(levelColours(dark, 1).background)).toBeLessThan(luminance(levelColours(dark, 5).background));
  });

  it('fills nothing in Teams high contrast, and outlines a capability not assessed', () => {
    const contrastTheme = createTheme(hostTheme({ host: 'teams', teamsTheme: 'contrast' }));
    expect(levelColours(contrastTheme, 3)).toEqual({ background: 'transparent', color: '#ffffff', border: '#ffffff' });
    expect(levelColours(createTheme({}), null).background).toBe('transparent');
  });
});

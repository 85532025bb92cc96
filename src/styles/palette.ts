/**
 * The colour tokens of both schemes, written as `theme.css` by `src/pages/theme.css.ts`.
 * Colours live here, not in tokens.css, because the accent comes from the site settings and
 * every text colour is checked for contrast (WCAG AA) against the backgrounds it is used on.
 */

/**
 * The cascade layers, lowest priority first. Declared once, at the top of theme.css: that is
 * the first stylesheet of every page, and a layer's rank is fixed where it first appears, so
 * Astro's per-page CSS files may come in any order after it.
 */
export const LAYER_ORDER = '@layer reset, tokens, base, components, utilities;';
import { ensureContrast, mix } from '../lib/contrast.ts';

interface Scheme {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  /** Borders of form fields: 3:1 against the background (WCAG 1.4.11). */
  control: string;
}

export const LIGHT: Scheme = {
  bg: '#ffffff',
  surface: '#f3f5f6',
  text: '#1a1e22',
  muted: '#4b545d',
  border: '#d8dde1',
  control: '#6c757d',
};

export const DARK: Scheme = {
  bg: '#131619',
  surface: '#1c2126',
  text: '#e6e9ec',
  muted: '#a9b2ba',
  border: '#343c43',
  control: '#7f8891',
};

export interface Theme {
  light: Scheme & { accent: string; accentSoft: string; onAccent: string };
  dark: Scheme & { accent: string; accentSoft: string; onAccent: string };
}

/** Both schemes for an accent colour, each accent adjusted to 4.5:1 on every background it meets. */
export function themeFor(accent: string): Theme {
  const lightSoft = mix(accent, LIGHT.bg, 0.92);
  const darkSoft = mix(accent, DARK.bg, 0.82);
  return {
    light: {
      ...LIGHT,
      accentSoft: lightSoft,
      accent: ensureContrast(accent, [LIGHT.bg, LIGHT.surface, lightSoft]),
      onAccent: LIGHT.bg,
    },
    dark: {
      ...DARK,
      accentSoft: darkSoft,
      // A little above AA: thin link text on a dark page reads better with more light.
      accent: ensureContrast(accent, [DARK.bg, DARK.surface, darkSoft], 6),
      onAccent: DARK.bg,
    },
  };
}

const declarations = (s: Theme['light']): string =>
  [
    ['bg', s.bg],
    ['surface', s.surface],
    ['text', s.text],
    ['muted', s.muted],
    ['border', s.border],
    ['control', s.control],
    ['accent', s.accent],
    ['accent-soft', s.accentSoft],
    ['on-accent', s.onAccent],
  ]
    .map(([name, value]) => `--lh-color-${name}:${value};`)
    .join('');

/** The stylesheet with the colour custom properties for light and dark. */
export function themeCss(accent: string): string {
  const theme = themeFor(accent);
  return [
    LAYER_ORDER,
    '/* Colour tokens, generated from content/site.yaml (accentColor). */',
    `@layer tokens{:root{color-scheme:light dark;${declarations(theme.light)}}`,
    `@media (prefers-color-scheme:dark){:root{${declarations(theme.dark)}}}}`,
    '',
  ].join('\n');
}

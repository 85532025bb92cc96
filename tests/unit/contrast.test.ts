import { describe, expect, it } from 'vitest';
import { contrastRatio, ensureContrast } from '../../src/lib/contrast.ts';
import { themeFor, themeCss } from '../../src/styles/palette.ts';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('ensureContrast', () => {
  it('keeps a colour that already passes', () => {
    expect(ensureContrast('#0b5f86', ['#ffffff'])).toBe('#0b5f86');
  });
  it('darkens a colour that is too light for a white page', () => {
    const fixed = ensureContrast('#ffcc00', ['#ffffff']);
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
  it('lightens a colour that is too dark for a dark page', () => {
    const fixed = ensureContrast('#0b5f86', ['#131619']);
    expect(contrastRatio(fixed, '#131619')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('theme', () => {
  // Accents an organisation might pick: dark, light, saturated, black, white.
  for (const accent of ['#0d5c6b', '#0b5f86', '#ffcc00', '#e30613', '#000000', '#ffffff', '#7fdbff']) {
    it(`keeps every text colour at WCAG AA in both schemes for accent ${accent}`, () => {
      for (const scheme of Object.values(themeFor(accent))) {
        for (const bg of [scheme.bg, scheme.surface, scheme.accentSoft]) {
          expect(contrastRatio(scheme.text, bg)).toBeGreaterThanOrEqual(4.5);
          expect(contrastRatio(scheme.muted, bg)).toBeGreaterThanOrEqual(4.5);
          expect(contrastRatio(scheme.accent, bg)).toBeGreaterThanOrEqual(4.5);
        }
        expect(contrastRatio(scheme.onAccent, scheme.accent)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(scheme.control, scheme.bg)).toBeGreaterThanOrEqual(3);
      }
    });
  }
  it('writes both schemes as custom properties', () => {
    const css = themeCss('#0d5c6b');
    expect(css.startsWith('@layer reset, tokens, base, components, utilities;')).toBe(true);
    expect(css).toContain('--lh-color-accent:#0d5c6b;');
    expect(css).toMatch(/@media \(prefers-color-scheme:dark\)\{:root\{[^}]*--lh-color-accent:#[0-9a-f]{6};/);
  });
});

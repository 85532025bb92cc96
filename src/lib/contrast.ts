/**
 * WCAG 2.x colour contrast, so the accent colour from the site settings stays readable in
 * both colour schemes: it is darkened (light scheme) or lightened (dark scheme) just enough.
 */

type Rgb = [number, number, number];

/** `#0b5f86` → [11, 95, 134]. */
export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`"${hex}" is not a colour like #0b5f86`);
  const n = Number.parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2.2, § relative luminance). */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `colour` mixed with `other` by `amount` (0 = colour, 1 = other), in sRGB. */
export function mix(colour: string, other: string, amount: number): string {
  const a = parseHex(colour);
  const b = parseHex(other);
  return toHex(a.map((c, i) => c + (b[i]! - c) * amount) as Rgb);
}

/**
 * The colour closest to `colour` that reaches `minimum` contrast against every background:
 * mixed step by step towards black (on light backgrounds) or white (on dark ones).
 */
export function ensureContrast(colour: string, backgrounds: readonly string[], minimum = 4.5): string {
  const worst = (c: string) => Math.min(...backgrounds.map((bg) => contrastRatio(c, bg)));
  const darkBackgrounds = backgrounds.every((bg) => luminance(bg) < 0.18);
  const target = darkBackgrounds ? '#ffffff' : '#000000';
  for (let step = 0; step <= 50; step++) {
    const candidate = mix(colour, target, step / 50);
    if (worst(candidate) >= minimum) return candidate;
  }
  return target;
}

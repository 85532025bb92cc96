/**
 * Astro's build output as `npm run build` shows it: without the one line per written page or
 * image. At 10,000 entries those are 11,000 lines, garbled when 16 pages render at once, and
 * Astro's own summary lines already say how many pages were built and how long it took.
 * `LEERHUIS_LOG_LEVEL=debug` shows every line.
 */

const COLOUR = /\u001b\[[0-9;]*m/g;
/** `├─ /blog/x/index.html`, `└─ /tags/index.html`, `▶ /_astro/photo.webp (reused cache entry)`. */
const ITEM = /^(?:\d\d:\d\d:\d\d\s+)?\s*(?:[├└]─|▶)\s/;
/** The time of an item, printed on a line of its own when pages render at once: ` (+43ms) `. */
const TIMING = /^\(\+[\d.]+m?s\)(?:\s*\(\d+\/\d+\))?$/;

/** Whether a line of Astro's output only reports one written page or image. */
export function isItemLine(line: string): boolean {
  const plain = line.replace(COLOUR, '').trim();
  return ITEM.test(plain) || TIMING.test(plain);
}

/**
 * What a first search on the sample site fetches, from focusing the search box to the first
 * results: every request stays on the site's origin and the total stays within a byte budget
 * (loose on purpose: it catches a page that loads Pagefind's ready-made UI bundles or a whole
 * index). How long it takes depends on the machine: `npm run bench` reports that as figures.
 */
import { describe, expect, inject, it } from 'vitest';
import { formatSearchSpeed, measureFirstSearch } from '../../scripts/bench/search-speed.ts';

const BYTES_BUDGET = 500_000;

describe('first search on the sample site', () => {
  it(`fetches less than ${BYTES_BUDGET / 1000} kB, all from the site itself`, async () => {
    const speed = await measureFirstSearch({
      siteDir: inject('sampleDir'),
      base: inject('sampleBase'),
      query: 'excel',
    });
    console.info(formatSearchSpeed(speed, true));
    expect(speed.requests).toBeGreaterThan(2);
    expect(speed.files.some((f) => f.path.startsWith('pagefind/'))).toBe(true);
    expect(speed.bytes).toBeLessThan(BYTES_BUDGET);
  });
});

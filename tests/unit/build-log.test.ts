import { describe, expect, it } from 'vitest';
import { isItemLine } from '../../scripts/build/log-filter.ts';

describe('npm run build leaves out the line per page and image of Astro output', () => {
  it('drops page and image lines, also when pages rendered at once garble them', () => {
    for (const line of [
      '12:14:02   ├─ /competenties/verbindend-samenwerken/index.html (+44ms) ',
      '12:14:02   └─ /zoeken/index.html (+3ms)',
      '12:14:02   ├─ /404.html12:14:02   ├─ /blog/privacy-zit-in-kleine-dingen/index.html',
      ' (+17ms) ',
      '12:13:57   ▶ /_astro/omslag.CYkC1rnM_ZKhJXy.webp (reused cache entry) (+1ms) (1/8)',
      '\u001b[2m12:14:02\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/blog/index.html\u001b[22m \u001b[2m(+5ms)\u001b[22m',
    ])
      expect(isItemLine(line), line).toBe(true);
  });

  it('keeps summaries, warnings and errors', () => {
    for (const line of [
      '12:14:02 [build] ✓ Completed in 677ms.',
      '12:13:57 [build] 82 page(s) built in 1.51s',
      ' generating static routes ',
      '12:14:02 [WARN] [router] A collision between /x/ and /x/ (├─ in a message stays)',
      'Error: kapot tijdens renderen',
      '',
    ])
      expect(isItemLine(line), line).toBe(false);
  });
});

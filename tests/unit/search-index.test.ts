/**
 * The indexer on a tiny hand-written site, searched with Pagefind's own browser code in Node:
 * proves that Dutch stemming, diacritic folding and the tag-alias synonyms work as configured,
 * and that the baseline (Pagefind's defaults) really is without our tuning.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite, stripSearchTuning } from '../../src/integrations/search-index.ts';
import { SEARCH_RANKING } from '../../src/lib/search-ranking.ts';
import { openSearch, type NodeSearch } from '../helpers/search-node.ts';

const page = (lang: string, body: string, tuning = '') =>
  `<!doctype html><html lang="${lang}"><head><title>x</title></head><body><nav>Menu cursus</nav>` +
  `<main data-pagefind-body>${body}${tuning}</main><footer>Contact</footer></body></html>`;
/** As SearchMeta.astro writes it. */
const tuning = (tags: string) =>
  `<div hidden data-pagefind-ignore="index"><span data-pagefind-filter="type[data-value]" data-value="x"></span>` +
  `<span data-search-tuning="" data-pagefind-meta="tags[data-tags], description[data-description]" ` +
  `data-tags="${tags}" data-description="Kies > gok"></span></div>`;

const PAGES: Record<string, string> = {
  'opleidingen/intervisie/index.html': page(
    'nl',
    '<h1>Intervisie in vaste groepen</h1><p>Zes keer per half jaar werkvragen bespreken.</p>',
    tuning('Intervisie, collegiale consultatie, casuïstiekbespreking'),
  ),
  'blog/leren/index.html': page('nl', '<h1>Wat wij leerden van de casuïstiek</h1><p>Een verslag.</p>'),
  'opleidingen/excel/index.html': page(
    'nl',
    '<h1>Excel in de praktijk</h1><p data-pagefind-weight="3">Draaitabellen maken.</p>',
    tuning('Opleiding, cursus, training'),
  ),
  'opleidingen/data/index.html': page(
    'en',
    '<h1>Data literacy for policy advisers</h1><p>Reading dashboards.</p>',
  ),
  'opleidingen/index.html':
    '<!doctype html><html lang="nl"><body><h1>Alle opleidingen</h1><p>cursus lijst</p></body></html>',
};

let dir: string;
let tuned: NodeSearch;
let baseline: NodeSearch;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leerhuis-search-'));
  for (const [path, html] of Object.entries(PAGES)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), html);
  }
  const result = await indexSite({ siteDir: dir, language: 'nl' });
  expect(result.pageCount).toBe(4);
  await indexSite({ siteDir: dir, outputPath: join(dir, 'pagefind-baseline'), baseline: true });
  await pagefind.close();
  tuned = await openSearch(dir, 'pagefind', { ranking: SEARCH_RANKING });
  baseline = await openSearch(dir, 'pagefind-baseline');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('search index', () => {
  it('indexes only main content: list pages, navigation and footers are not found', async () => {
    expect(await tuned.urls('lijst')).toEqual([]);
    expect(await tuned.urls('menu')).toEqual([]);
    expect(await tuned.urls('contact')).toEqual([]);
  });

  it('stems Dutch: "leerde" finds "leerden"', async () => {
    expect(await tuned.urls('leerde')).toEqual(['blog/leren/']);
  });

  it('folds diacritics both ways: casuistiek finds casuïstiek, and the other way round', async () => {
    expect(await tuned.urls('casuistiek')).toContain('blog/leren/');
    expect(await tuned.urls('casuïstiek')).toContain('blog/leren/');
  });

  it('finds an entry by an alias of its tag, which plain Pagefind cannot', async () => {
    expect(await tuned.urls('collegiale consultatie')).toEqual(['opleidingen/intervisie/']);
    expect(await tuned.urls('cursus')).toEqual(['opleidingen/excel/']);
    expect(await baseline.urls('collegiale consultatie')).toEqual([]);
    expect(await baseline.urls('cursus')).toEqual([]);
  });

  it('keeps facets from the hidden, unindexed metadata element', async () => {
    expect((await tuned.urls(null as unknown as string, { filters: { type: 'x' } })).sort()).toEqual([
      'opleidingen/excel/',
      'opleidingen/intervisie/',
    ]);
    // The description is searchable metadata, not body text: found, but only with the tuning.
    expect((await tuned.urls('gok')).sort()).toEqual(['opleidingen/excel/', 'opleidingen/intervisie/']);
    expect(await baseline.urls('gok')).toEqual([]);
  });

  it('indexes English entries in the one Dutch index, so the search page finds them', async () => {
    expect(await tuned.urls('dashboards')).toEqual(['opleidingen/data/']);
  });

  it('strips only the tuning for the baseline', () => {
    const html = PAGES['opleidingen/excel/index.html']!;
    const stripped = stripSearchTuning(html);
    expect(stripped).not.toContain('data-search-tuning');
    expect(stripped).not.toContain('Kies > gok');
    expect(stripped).toContain('<span data-pagefind-filter="type[data-value]" data-value="x"></span>');
    expect(stripped).not.toContain('data-pagefind-weight');
    expect(stripped).toContain('<p>Draaitabellen maken.</p>');
    expect(stripped).toContain('data-pagefind-body');
  });
});

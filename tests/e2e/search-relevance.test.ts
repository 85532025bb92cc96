/**
 * Relevance of the search page on the built sample site, measured with what the page runs: its
 * query handling (src/lib/search-run.ts with the page's own configuration and lexicon) on
 * Pagefind's own search code in Node against the real index. Compared with Pagefind's defaults
 * on the same pages (an index without the tuning metadata and forced language, searched with
 * plain Pagefind and default ranking).
 *
 * The query set (relevance/tune.json + holdout.json) was written blind, before any tuning, from
 * what employees type, and split once: the tuning half could be looked at while tuning, the
 * held-out half is only evaluated, never tuned on. A later set (relevance/validation.json),
 * also written blind, was used to choose between variants of the synonyms and verb handling.
 * Three more were written blind in session 6: relevance/fresh.json and relevance/final.json, each
 * evaluated once blind and then used to choose like the validation set, and relevance/final2.json,
 * written after all tuning and only evaluated (then used in session 7). Four in session 7:
 * relevance/final3.json to final6.json, each evaluated once blind after a round of tuning and
 * then used to choose, and relevance/final7.json, written after all tuning and only evaluated.
 * The older set (relevance-set.json) stays as a regression check. Each test prints its per-query table: reciprocal rank (ours,
 * Pagefind's defaults), whether all answers are in the top 5, the kind, the query, our top 3.
 *
 * Thresholds sit a little below the figures measured when this was written (see README,
 * "Zoeken / Search"), so that a regression fails.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexSite } from '../../src/integrations/search-index.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { MAX_SEARCHES } from '../../src/lib/search-query.ts';
import { relevanceFigures, type RelevanceFigures } from '../../src/lib/search-relevance.ts';
import {
  measure,
  openPageSearch,
  readSet,
  table,
  type PageSearch,
  type RelevanceQuery,
  type Row,
} from '../helpers/relevance.ts';
import { openSearch, type NodeSearch } from '../helpers/search-node.ts';

const siteDir = inject('sampleDir');
let baselineDir: string;
let page: PageSearch;
let defaults: NodeSearch;

const setFile = (name: string) => new URL(`./relevance/${name}.json`, import.meta.url);

beforeAll(async () => {
  baselineDir = await mkdtemp(join(tmpdir(), 'leerhuis-baseline-'));
  await indexSite({ siteDir, outputPath: join(baselineDir, 'pagefind'), baseline: true });
  await pagefind.close();
  page = await openPageSearch(siteDir);
  defaults = await openSearch(baselineDir, 'pagefind');
});

afterAll(async () => {
  await rm(baselineDir, { recursive: true, force: true });
});

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const summary = (label: string, ours: RelevanceFigures, base: RelevanceFigures) =>
  `${label} (${ours.queries} queries): MRR@5 ${ours.mrr.toFixed(3)} (Pagefind's defaults ${base.mrr.toFixed(3)}), ` +
  `an answer in the top 5 ${pct(ours.hit)} (${pct(base.hit)}), all answers in the top 5 ${pct(ours.all)} (${pct(base.all)})`;

function perKind(rows: Row[]): string {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  return kinds
    .map((kind) => {
      const f = relevanceFigures(rows.filter((r) => r.kind === kind));
      return `  ${kind.padEnd(16)} ${String(f.queries).padStart(3)} queries  MRR@5 ${f.mrr.toFixed(2)}  hit ${pct(f.hit)}`;
    })
    .join('\n');
}

/** Measures a set, prints its table and figures, and returns ours and the defaults'. */
async function evaluate(label: string, set: RelevanceQuery[]) {
  const rows = await measure(set, page, defaults);
  const ours = relevanceFigures(rows);
  const base = relevanceFigures(rows.map((r) => ({ ranked: r.defaults, answers: r.answers })));
  const searches = Math.max(...rows.map((r) => r.searches));
  console.info(
    `${summary(label, ours, base)}; at most ${searches} Pagefind searches a query\n` +
      `  RR ours, RR defaults, all answers in top 5, kind, query, our top 3:\n${table(rows)}\n` +
      `per kind:\n${perKind(rows)}`,
  );
  return { rows, ours, base, searches };
}

describe('the relevance sets', () => {
  it('hold at least 80 blind queries, half of them of three or more words, with answers that exist', async () => {
    const [tune, holdout] = [await readSet(setFile('tune')), await readSet(setFile('holdout'))];
    const all = [...tune, ...holdout];
    const validation = [
      ...(await readSet(setFile('validation'))),
      ...(await readSet(setFile('fresh'))),
      ...(await readSet(setFile('final'))),
      ...(await readSet(setFile('final2'))),
      ...(await readSet(setFile('final3'))),
      ...(await readSet(setFile('final4'))),
      ...(await readSet(setFile('final5'))),
      ...(await readSet(setFile('final6'))),
      ...(await readSet(setFile('final7'))),
    ];
    expect(all.length).toBeGreaterThanOrEqual(80);
    expect(all.filter((q) => q.q.trim().split(/\s+/).length >= 3).length * 2).toBeGreaterThanOrEqual(
      all.length,
    );
    const tuneQueries = new Set(tune.map((q) => q.q));
    expect(
      holdout.filter((q) => tuneQueries.has(q.q)),
      'a query in both halves',
    ).toEqual([]);
    for (const { q, answers } of [...all, ...validation]) {
      expect(answers.length, `"${q}" lists no answer`).toBeGreaterThan(0);
      for (const answer of answers)
        await expect(
          readFile(join(siteDir, answer, 'index.html')),
          `"${q}" expects ${answer}`,
        ).resolves.toBeDefined();
    }
  });
});

/**
 * Held-out figures to hold, a little below the measured ones (0.888, 98.6 %, 88.9 %; Pagefind's
 * defaults 0.572). Its evaluations, all reported: with the design final, 0.902, 98.6 % and
 * 86.1 %; after a change for speed on large sites (checked on the tuning half only), 0.905,
 * 100 % and 87.5 %; after eleven new sample pages arrived, 0.873, 98.6 % and 87.5 %, and 0.918,
 * 98.6 % and 86.1 % once the new pages that answer a query were added as answers (both halves,
 * listed in each file's `$comment`); 0.918 again after the second Pagefind instance; with
 * synonyms for every word, 0.899, 98.6 % and 88.9 %; with the final design (synonyms only for
 * words the site does not use, chosen on the validation set), 0.904, 98.6 % and 87.5 %; with the
 * titles of linked entries indexed (session 6), 0.904, 98.6 % and 87.5 % again; after the
 * round chosen on the fresh set, 0.886, 98.6 % and 87.5 %; after the round chosen on the final
 * set, 0.888, 98.6 % and 88.9 %; in session 7, after its first round, 0.878, 97.2 % and 87.5 %,
 * and with the session's final design 0.878, 97.2 % and 88.9 % (also after its last round).
 */
const HOLDOUT = { mrr: 0.86, hit: 0.95, all: 0.82 };
/** Validation figures to hold, a little below the measured ones (0.962, 100 %, 90.0 %; defaults 0.507). */
const VALIDATION = { mrr: 0.92, hit: 0.95, all: 0.84 };
/**
 * Fresh-set figures to hold, a little below the measured ones (0.931, 98.3 %, 83.3 %; defaults
 * 0.464). Written blind in session 6; its first evaluation (0.858, 95.0 %, 78.3 %) was blind,
 * then it was used to choose, like the validation set.
 */
const FRESH = { mrr: 0.9, hit: 0.95, all: 0.78 };
/**
 * Final-set figures to hold, a little below the measured ones (0.954, 98.6 %, 85.7 %; defaults
 * 0.340). Written blind in session 6; its first evaluation (0.865, 95.7 %, 78.6 %) was blind,
 * then it was used to choose in a second round.
 */
const FINAL = { mrr: 0.92, hit: 0.95, all: 0.8 };
/**
 * Last-set figures to hold, a little below the measured ones (0.877, 95.7 %, 77.1 %; defaults
 * 0.412). Written blind in session 6 after all tuning and evaluated once (0.803, 91.4 %, 70.0 %);
 * earlier designs on it: 0.784 before the second round, 0.760 at the session's start. Used to
 * choose in session 7.
 */
const LAST = { mrr: 0.85, hit: 0.92, all: 0.72 };
/**
 * Session 7's sets, a little below the measured figures; their blind first evaluations are in
 * each file's `$comment`. final3: 0.911, 97.1 %, 80.0 % (blind 0.874); final4: 0.887, 94.3 %,
 * 81.4 % (blind 0.819); final5: 0.856, 98.6 %, 81.4 % (blind 0.852); final6: 0.923, 98.6 %,
 * 82.9 % (blind 0.913); final7, written after all tuning and never tuned on: 0.873, 100 %,
 * 82.9 % (the design at the session's start: 0.833, 95.7 %, 78.6 %).
 */
const SESSION7 = {
  final3: { mrr: 0.88, hit: 0.94, all: 0.75 },
  final4: { mrr: 0.86, hit: 0.9, all: 0.76 },
  final5: { mrr: 0.83, hit: 0.95, all: 0.76 },
  final6: { mrr: 0.9, hit: 0.95, all: 0.78 },
  final7: { mrr: 0.85, hit: 0.95, all: 0.78 },
};

describe('search relevance', () => {
  it.each([
    ['tuning half', 'tune', { mrr: 0.92, hit: 0.95, all: 0.85 }],
    ['held-out half', 'holdout', HOLDOUT],
    ['validation set (written blind later, used to choose between variants)', 'validation', VALIDATION],
    ['fresh set (written blind in session 6, then used to choose)', 'fresh', FRESH],
    ['final set (written blind in session 6, evaluated once, then used to choose)', 'final', FINAL],
    ['last set (written blind in session 6 after all tuning, evaluated once)', 'final2', LAST],
    ['session 7 first set (written blind, evaluated once, then used to choose)', 'final3', SESSION7.final3],
    ['session 7 second set (written blind, evaluated once, then used to choose)', 'final4', SESSION7.final4],
    ['session 7 third set (written blind, evaluated once, then used to choose)', 'final5', SESSION7.final5],
    ['session 7 fourth set (written blind, evaluated once, then used to choose)', 'final6', SESSION7.final6],
    ['session 7 last set (written blind after all tuning, evaluated once)', 'final7', SESSION7.final7],
  ] as const)('%s: MRR@5, answers in the top 5 and ≥ 0.1 above Pagefind', async (label, file, least) => {
    const { ours, base, searches } = await evaluate(label, await readSet(setFile(file)));
    expect(ours.mrr).toBeGreaterThanOrEqual(least.mrr);
    expect(ours.hit).toBeGreaterThanOrEqual(least.hit);
    expect(ours.all).toBeGreaterThanOrEqual(least.all);
    expect(ours.mrr - base.mrr).toBeGreaterThanOrEqual(0.1);
    expect(searches).toBeLessThanOrEqual(MAX_SEARCHES);
  });

  it('regression set (the first, self-written one): MRR@5 ≥ 0.9 and above Pagefind', async () => {
    const set = (
      JSON.parse(await readFile(new URL('./relevance-set.json', import.meta.url), 'utf8')) as {
        queries: Array<{ q: string; first: string; kind: string }>;
      }
    ).queries.map(({ q, first, kind }) => ({ q, kind, answers: [first] }));
    const { ours, base } = await evaluate('regression set', set);
    expect(ours.mrr).toBeGreaterThanOrEqual(0.9);
    expect(ours.mrr).toBeGreaterThan(base.mrr);
  });
});

describe('indexed text', () => {
  it('never glues a fact label to its value ("LeervormIntervisie")', async () => {
    const labels = Object.values(dictionaries).flatMap((d) =>
      Object.entries(d)
        .filter(([key, text]) => /^(course|expert|story)\.[a-z]+$/i.test(key) && !text.includes('{'))
        .map(([, text]) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
    const response = await page.search.raw.search(null);
    const glued: string[] = [];
    for (const result of response.results) {
      const { url, content } = (await result.data()) as unknown as { url: string; content: string };
      // A label followed straight by a value ("Studielast18 uur", "KostenGratis").
      for (const label of labels)
        if (new RegExp(`(?<!\\p{L})${label}(?=[\\p{Lu}\\p{N}])`, 'u').test(content))
          glued.push(`${url}: ${label}`);
    }
    expect(glued).toEqual([]);
    const course = (await page.search.raw.search('intervisie', { filters: { type: 'opleidingen' } }))
      .results[0]!;
    expect(((await course.data()) as unknown as { content: string }).content).toMatch(
      /Leervorm: Intervisie\./,
    );
  });

  it('indexes the titles of linked entries with a page, below its own words', async () => {
    // A colleague's name finds her page first, then the courses she is the contact for, whose
    // pages show her name only in a list that is not indexed.
    const { urls } = await page.urls('kuipers');
    expect(urls[0]).toBe('experts/sanne-kuipers/');
    expect(urls).toContain('opleidingen/leergang-projectmatig-werken/');
    expect(urls).toContain('opleidingen/werken-met-de-omgevingswet/');
  });

  it('reads typos, diminutives and questions for a person as an employee means them', async () => {
    const first = async (q: string) => (await page.urls(q)).urls[0];
    // A typo's corrected form outranks pages that match the misspelling by chance.
    expect(await first('agresie training')).toBe('opleidingen/omgaan-met-agressie-aan-de-balie/');
    // A diminutive is read as its word, with that word's synonyms: testje → test → zelfscan.
    expect(await first('testje om te zien waar ik goed in ben')).toBe('instrumenten/zelfscan/');
    // After "wie kan" the verb stands last; the person comes first though her page lacks it.
    expect(await first('wie kan mijn standaardbrief meelezen')).toBe('experts/fatma-yilmaz/');
  });
});

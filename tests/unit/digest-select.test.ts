/**
 * What a newsletter of a period holds, on the digest fixture (checked like `npm run check`):
 * exactly the news published in the period, both ends included, and the runs of the four
 * weeks after it; drafts, future entries and courses never announced stay out.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { hasNews, selectDigest } from '../../src/lib/digest/select.ts';

const content = resolve(import.meta.dirname, '../fixtures/digest/content');
const { entries, problems } = checkContent(content, { now: new Date('2026-12-05T12:00:00Z') });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const select = (since: string, until: string) =>
  selectDigest(entries, { since: day(since), until: day(until) }, 'nl');

describe('selectDigest', () => {
  it('reads a fixture without problems', () => expect(problems).toEqual([]));

  it('takes the news of the period, newest first, both ends included', () => {
    const { news } = select('2026-11-01', '2026-11-30');
    expect(news.blog.map((i) => i.id)).toEqual(['laatste-dag', 'in-periode', 'eerste-dag']);
    expect(news.leerverhalen.map((i) => i.id)).toEqual(['verhaal-in-periode', 'english-story']);
    expect(news.opleidingen.map((i) => i.id)).toEqual(['nieuwe-cursus']);
  });

  it('gives authors, the language of each entry and the facts of a course', () => {
    const { news } = select('2026-11-01', '2026-11-30');
    expect(news.blog[0]).toMatchObject({ title: 'Op de laatste dag', authors: ['Anna Jansen'], lang: 'nl' });
    expect(news.leerverhalen.map((i) => [i.authors, i.lang])).toEqual([
      [['Kees de Boer'], 'nl'],
      [['Anna Jansen'], 'en'],
    ]);
    expect(news.opleidingen[0]!.facts).toBe('Klassikaal · 8 uur · Geen kosten voor jou');
  });

  it('lists the runs of published courses starting in the four weeks after the period, soonest first', () => {
    const { runs, runWindow } = select('2026-11-01', '2026-11-30');
    expect([runWindow.since, runWindow.until]).toEqual([day('2026-12-01'), day('2026-12-28')]);
    expect(runs.map((r) => [r.course.id, r.start.toISOString().slice(0, 10)])).toEqual([
      ['nieuwe-cursus', '2026-12-01'],
      ['latere-cursus', '2026-12-08'],
      ['bestaande-cursus', '2026-12-10'],
      ['nieuwe-cursus', '2026-12-28'],
    ]);
  });

  it('finds nothing new in a quiet period, even with runs after it', () => {
    const quiet = select('2026-11-21', '2026-11-25');
    expect(hasNews(quiet)).toBe(false);
    expect(hasNews(select('2026-11-30', '2026-11-30'))).toBe(true);
  });
});

/**
 * What the tools read: stored data (a damaged part is left out, the rest kept) and imported
 * portfolio files (all or nothing, with the reason), plus export and merge.
 */
import { describe, expect, it } from 'vitest';
import { DATA_VERSION, type Portfolio } from '../../src/schemas/portfolio.ts';
import {
  emptyData,
  mergePortfolio,
  parsePortfolioFile,
  portfolioFile,
  readStoredData,
} from '../../src/lib/tool-data.ts';

const bookmark = {
  id: 'excel-in-de-praktijk',
  type: 'opleidingen' as const,
  title: 'Excel in de praktijk',
  url: '/leren/opleidingen/excel-in-de-praktijk/',
  savedAt: '2027-03-01T09:30:00.000Z',
  hours: 12,
  competencies: ['werken-met-data'],
};
const record = {
  id: 'm3x-abc',
  title: 'Dag meelopen bij Burgerzaken',
  date: '2027-02-14',
  hours: 7.5,
  competency: 'klantgerichtheid',
  reflection: 'Ik zag hoe een balie werkt.\nNu bel ik eerder terug.',
};
const portfolio: Portfolio = { bookmarks: [bookmark], records: [record] };
const file = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ...portfolioFile(portfolio, new Date('2027-03-02T10:00:00Z'), 'Leerhuis X'), ...extra });

describe('stored data', () => {
  it('reads a stored value', () => {
    const data = {
      ...emptyData(),
      portfolio,
      answers: { zelfscan: { updatedAt: record.date + 'T00:00:00Z', values: { qa: 3, qb: 'tekst' } } },
    };
    expect(readStoredData(JSON.stringify(data))).toEqual({ data, state: 'ok' });
  });

  it('starts empty when nothing was saved, and says when it could not read what was', () => {
    expect(readStoredData(null)).toEqual({ data: emptyData(), state: 'empty' });
    expect(readStoredData('{kapot')).toEqual({ data: emptyData(), state: 'unreadable' });
    expect(readStoredData(JSON.stringify({ version: DATA_VERSION + 1 }))).toEqual({
      data: emptyData(),
      state: 'newer',
    });
  });

  it('keeps every valid part of a damaged value and leaves out the rest', () => {
    const damaged = {
      version: DATA_VERSION,
      portfolio: {
        bookmarks: [bookmark, { ...bookmark, id: 'x', url: 'javascript:alert(1)' }],
        records: [record, { ...record, id: 'y', hours: -3 }, 'rommel'],
      },
      answers: {
        zelfscan: { updatedAt: '2027-01-01T00:00:00Z', values: { q: 1 } },
        'Fout Id': {},
        gesprek: 5,
      },
      extra: true,
    };
    const { data, state } = readStoredData(JSON.stringify(damaged));
    expect(state).toBe('repaired');
    expect(data.portfolio).toEqual(portfolio);
    expect(Object.keys(data.answers)).toEqual(['zelfscan']);
  });
});

describe('importing a portfolio file', () => {
  it('reads what export wrote', () => {
    const result = parsePortfolioFile(file());
    expect(result).toEqual({ ok: true, file: JSON.parse(file()) });
  });

  it('accepts a byte-order mark that an editor added', () => {
    expect(parsePortfolioFile(`\uFEFF${file()}`).ok).toBe(true);
  });

  it.each([
    ['not JSON', 'dit is geen json', { reason: 'notJson' }],
    ['an empty file', '', { reason: 'notJson' }],
    ['JSON of another program', JSON.stringify({ name: 'iets', version: '1.0.0' }), { reason: 'foreign' }],
    ['a list', '[]', { reason: 'foreign' }],
    ['a newer version', file({ version: DATA_VERSION + 1 }), { reason: 'newer', version: DATA_VERSION + 1 }],
  ])('refuses %s, and says why', (_name, text, problem) => {
    expect(parsePortfolioFile(text)).toEqual({ ok: false, problem });
  });

  it.each([
    ['hours that are text', { records: [{ ...record, hours: 'acht' }] }, 'records[0].hours'],
    ['a date that does not exist', { records: [{ ...record, date: '2027-02-30' }] }, 'records[0].date'],
    [
      'a link to another site',
      { bookmarks: [{ ...bookmark, url: 'https://elders.example/' }] },
      'bookmarks[0].url',
    ],
    ['a script link', { bookmarks: [{ ...bookmark, url: 'javascript:alert(1)' }] }, 'bookmarks[0].url'],
    [
      'a protocol-relative link',
      { bookmarks: [{ ...bookmark, url: '//elders.example/x' }] },
      'bookmarks[0].url',
    ],
    ['an unknown page type', { bookmarks: [{ ...bookmark, type: 'experts' }] }, 'bookmarks[0].type'],
    ['a field it does not know', { records: [{ ...record, cijfer: 8 }] }, 'records[0].cijfer'],
    ['a missing list', { records: undefined }, 'records'],
  ])('refuses a file with %s, naming the field', (_name, change, field) => {
    expect(parsePortfolioFile(file(change))).toEqual({ ok: false, problem: { reason: 'invalid', field } });
  });

  it('refuses a file too large to be a portfolio', () => {
    expect(parsePortfolioFile(' '.repeat(6 * 1024 * 1024))).toEqual({
      ok: false,
      problem: { reason: 'tooLarge' },
    });
  });
});

describe('merging an import into the current portfolio', () => {
  it('adds what is new and keeps what is there (an import never removes anything)', () => {
    const mine: Portfolio = { bookmarks: [], records: [{ ...record, title: 'Mijn versie' }] };
    const other = { ...record, id: 'nieuw' };
    const {
      portfolio: merged,
      added,
      present,
    } = mergePortfolio(mine, { bookmarks: [bookmark], records: [record, other] });
    expect(merged).toEqual({ bookmarks: [bookmark], records: [{ ...record, title: 'Mijn versie' }, other] });
    expect([added, present]).toEqual([2, 1]);
  });

  it('gives back the same portfolio after export and import into an empty one', () => {
    const parsed = parsePortfolioFile(file());
    if (!parsed.ok) throw new Error('the export did not import');
    expect(mergePortfolio({ bookmarks: [], records: [] }, parsed.file).portfolio).toEqual(portfolio);
  });

  it('does not add the same item twice from one file', () => {
    const { portfolio: merged } = mergePortfolio(
      { bookmarks: [], records: [] },
      { bookmarks: [bookmark, bookmark], records: [] },
    );
    expect(merged.bookmarks).toHaveLength(1);
  });
});

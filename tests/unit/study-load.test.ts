import { describe, expect, it } from 'vitest';
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import { searchFields } from '../../src/lib/search-facets.ts';
import { STUDY_LOAD_BANDS, STUDY_LOAD_IDS, studyLoadBand } from '../../src/lib/study-load.ts';

describe('studyLoadBand', () => {
  it.each([
    [0.5, 'enkele-uren'],
    [4, 'enkele-uren'],
    [4.5, 'een-dag'],
    [8, 'een-dag'],
    [8.5, 'enkele-dagen'],
    [24, 'enkele-dagen'],
    [40, 'enkele-dagen'],
    [40.5, 'leertraject'],
    [160, 'leertraject'],
  ])('%s hours → %s', (hours, band) => {
    expect(studyLoadBand(hours)).toBe(band);
  });

  it('covers every positive study load with bands in ascending order', () => {
    const limits = STUDY_LOAD_BANDS.map((b) => b.maxHours);
    expect(limits).toEqual([...limits].sort((a, b) => a - b));
    expect(limits.at(-1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses a study load that is not a positive number, naming the field', () => {
    expect(() => studyLoadBand(0)).toThrow(/durationHours: 0/);
    expect(() => studyLoadBand(-2)).toThrow(/durationHours: -2/);
    expect(() => studyLoadBand(Number.NaN)).toThrow(/durationHours/);
  });

  it('labels every band in both languages', () => {
    for (const dict of [nl, en] as Record<string, string>[])
      for (const id of STUDY_LOAD_IDS) expect(dict[`studyLoad.${id}`], id).toBeTruthy();
  });

  it('is the same rule the search facet uses', () => {
    for (const hours of [2, 8, 30, 84]) {
      const { filters } = searchFields(
        {
          collection: 'opleidingen',
          title: 'x',
          tags: [],
          competencies: [],
          description: '',
          data: { durationHours: hours },
        },
        { tags: {}, competencyTitle: () => undefined },
      );
      expect(filters).toContainEqual(['duration', studyLoadBand(hours)]);
    }
  });
});

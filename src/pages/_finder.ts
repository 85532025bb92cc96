/** Build-time pieces both finders (courses, experts) share: fixed filters and the script's config. */
import { t } from '../i18n/index.ts';
import type { Locale } from '../schemas/fields.ts';
import type { FinderConfig, FinderControl, FinderFilterView, FinderStrings } from '../lib/finder-page.ts';

/** A filter over a closed vocabulary, listing only the values that occur, in vocabulary order. */
export function fixedFilter<T extends string>(
  key: string,
  control: FinderControl,
  legend: string,
  vocabulary: readonly T[],
  occurring: readonly (readonly string[])[],
  label: (value: T) => string,
): FinderFilterView {
  const seen = new Set(occurring.flat());
  return {
    key,
    control,
    legend,
    options: vocabulary.filter((v) => seen.has(v)).map((value) => ({ value, label: label(value) })),
  };
}

/** A select whose options come from the data file (competencies, departments: they grow with the content). */
export const dataSelect = (key: string, legend: string): FinderFilterView => ({
  key,
  control: 'select',
  legend,
  options: [],
  fromData: true,
});

/**
 * Whether a filter can narrow the list: it has options, and not every record has exactly the
 * same one value (a catalogue that is all Dutch gets no language filter).
 */
export function canNarrow(values: readonly (readonly string[])[], options: readonly unknown[]): boolean {
  if (!options.length) return false;
  const first = values[0];
  return !values.every((v) => v.length === 1 && first?.length === 1 && v[0] === first[0]);
}

/** The script's config: where the data is, the controls per filter, and the texts. */
export function finderConfig(
  dataUrl: string,
  lang: Locale,
  pageSize: number,
  total: number,
  filters: readonly FinderFilterView[],
  own: Pick<FinderStrings, 'countMany' | 'countOne' | 'countNone'> & Record<string, string>,
): FinderConfig {
  return {
    dataUrl,
    locale: lang,
    pageSize,
    total,
    controls: Object.fromEntries(filters.map((f) => [f.key, f.control])),
    strings: {
      filters: t(lang, 'finder.filters'),
      filtersActive: t(lang, 'finder.filtersActive'),
      shown: t(lang, 'finder.shown'),
      more: t(lang, 'finder.more'),
      without: t(lang, 'finder.without'),
      remove: t(lang, 'finder.remove'),
      failed: t(lang, 'finder.failed'),
      ...own,
    },
  };
}

/**
 * The expert finder's build-time half: the data file with every *published* expert (people who
 * gave consent; the catalogue holds no one else) and the filter panel. No e-mail addresses or
 * phone numbers go into the file: the card links to the profile, which has them.
 */
import type { Catalog } from '../../data/catalog.ts';
import { entryUrl, tagLabel, url, vocabulary } from '../../data/site.ts';
import { t } from '../../i18n/index.ts';
import { localeTag } from '../../lib/dates.ts';
import type { Locale } from '../../schemas/fields.ts';
import { AVAILABLE_FOR } from '../../schemas/vocab.ts';
import type { ExpertData, ExpertFinderData } from '../../lib/expert-finder.ts';
import type { FinderConfig, FinderFilterView, FinderOption } from '../../lib/finder-page.ts';
import { PAGE_SIZE, expertDetail } from '../_lists.ts';
import { canNarrow, dataSelect, finderConfig, fixedFilter } from '../_finder.ts';

/** Where the data file is served (see `finder.json.ts` beside this file). */
export const EXPERT_DATA_PATH = 'experts/finder.json';

const made = new WeakMap<Catalog, ExpertFinderData>();

/** Published experts in list order, the subjects they know about and their departments (made once per build). */
export function expertFinderData(c: Catalog, lang: Locale): ExpertFinderData {
  let data = made.get(c);
  if (!data) made.set(c, (data = makeData(c, lang)));
  return data;
}

function makeData(c: Catalog, lang: Locale): ExpertFinderData {
  const experts = c.entries.experts.map((e): ExpertData => ({
    id: e.id,
    name: e.data.name,
    description: e.data.description,
    href: entryUrl('experts', e.id),
    lang: e.data.lang,
    detail: expertDetail(c, e),
    department: e.data.department,
    expertise: e.data.expertise.filter((x) => c.competencies.has(x) || x in vocabulary),
    available: e.data.availableFor,
    languages: e.data.languages,
  }));
  const known = new Set(experts.flatMap((e) => e.expertise));
  const collator = new Intl.Collator(localeTag(lang));
  const competencies: FinderOption[] = c.entries.competenties
    .filter((e) => known.has(e.id))
    .map((e) => ({ value: e.id, label: e.data.title, group: t(lang, 'collection.competenties') }));
  const tags: FinderOption[] = [...known]
    .filter((x) => !c.competencies.has(x))
    .map((x) => ({ value: x, label: tagLabel(x), group: t(lang, 'tags.title') }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return {
    experts,
    expertise: [...competencies.sort((a, b) => collator.compare(a.label, b.label)), ...tags],
    departments: [...new Set(experts.map((e) => e.department))]
      .sort(collator.compare)
      .map((d) => ({ value: d, label: d })),
  };
}

/** The panel's filters and the script's config for the expert finder. */
export function expertFinderView(
  data: ExpertFinderData,
  lang: Locale,
): { filters: FinderFilterView[]; config: FinderConfig } {
  const { experts } = data;
  const names = new Intl.DisplayNames([localeTag(lang)], { type: 'language' });
  const collator = new Intl.Collator(localeTag(lang));
  const languageName = (code: string) => names.of(code) ?? code;
  const spoken = [...new Set(experts.flatMap((e) => e.languages))].sort((a, b) =>
    collator.compare(languageName(a), languageName(b)),
  );
  const filters: FinderFilterView[] = [
    ...(data.expertise.length ? [dataSelect('expertise', t(lang, 'finder.expert.expertise'))] : []),
    ...(data.departments.length > 1 ? [dataSelect('department', t(lang, 'finder.expert.department'))] : []),
    ...[
      fixedFilter(
        'available',
        'checkbox',
        t(lang, 'finder.expert.available'),
        AVAILABLE_FOR,
        experts.map((e) => e.available),
        (v) => t(lang, `availableFor.${v}`),
      ),
      fixedFilter(
        'language',
        'checkbox',
        t(lang, 'finder.expert.language'),
        spoken,
        experts.map((e) => e.languages),
        languageName,
      ),
    ].filter((f) =>
      canNarrow(
        experts.map((e) => (f.key === 'available' ? e.available : e.languages)),
        f.options,
      ),
    ),
  ];
  return {
    filters,
    config: finderConfig(url(EXPERT_DATA_PATH), lang, PAGE_SIZE, experts.length, filters, {
      countMany: t(lang, 'finder.expert.countMany'),
      countOne: t(lang, 'finder.expert.countOne'),
      countNone: t(lang, 'finder.expert.countNone'),
    }),
  };
}

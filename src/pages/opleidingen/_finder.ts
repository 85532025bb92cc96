/**
 * The course finder's build-time half: the data file with every published course (fetched by
 * the finder's script, so list pages do not grow with the catalogue) and the filter panel,
 * with only the options that occur in the catalogue and only filters that can narrow it.
 */
import type { Catalog } from '../../data/catalog.ts';
import { entryUrl, site, url } from '../../data/site.ts';
import { t, type UiKey } from '../../i18n/index.ts';
import type { Locale } from '../../schemas/fields.ts';
import { METHODS } from '../../schemas/vocab.ts';
import { opleidingSchema } from '../../schemas/opleidingen.ts';
import { COURSE_MODES, EMPLOYEE_COSTS, courseModes, employeeCost } from '../../lib/course-offer.ts';
import {
  COURSE_FINDER,
  STARTS_SOON,
  type CourseData,
  type CourseFinderData,
} from '../../lib/course-finder.ts';
import type { FinderConfig, FinderFilterView } from '../../lib/finder-page.ts';
import { STUDY_LOAD_IDS, studyLoadBand } from '../../lib/study-load.ts';
import { courseFacts } from '../../lib/course-facts.ts';
import { PAGE_SIZE, runStarts } from '../_lists.ts';
import { canNarrow, dataSelect, finderConfig, fixedFilter } from '../_finder.ts';

/** Where the data file is served (see `finder.json.ts` beside this file). */
export const COURSE_DATA_PATH = 'opleidingen/finder.json';

const LANGUAGES = opleidingSchema.shape.language.unwrap().options;

const made = new WeakMap<Catalog, CourseFinderData>();

/** Every published course, in title order, and the competencies they teach (made once per build). */
export function courseFinderData(c: Catalog): CourseFinderData {
  let data = made.get(c);
  if (!data) made.set(c, (data = makeData(c)));
  return data;
}

function makeData(c: Catalog): CourseFinderData {
  const courses = c.entries.opleidingen.map((e): CourseData => {
    const d = e.data;
    return {
      id: e.id,
      title: d.title,
      description: d.description,
      href: entryUrl('opleidingen', e.id),
      lang: d.lang,
      facts: courseFacts(d, site.defaultLocale),
      method: d.method,
      hours: d.durationHours,
      cost: employeeCost(d.cost),
      language: d.language,
      ...(d.level === undefined ? {} : { level: d.level }),
      competencies: d.competencies.filter((id) => c.competencies.has(id)),
      modes: courseModes(d.method, d.runs),
      starts: runStarts(e),
    };
  });
  const taught = new Set(courses.flatMap((x) => x.competencies));
  return {
    courses,
    competencies: c.entries.competenties
      .filter((e) => taught.has(e.id))
      .map((e) => ({ value: e.id, label: e.data.title, group: e.data.group })),
  };
}

/** The panel's filters and the script's config for the course finder. */
export function courseFinderView(
  data: CourseFinderData,
  lang: Locale,
): { filters: FinderFilterView[]; sorts: { value: string; label: string }[]; config: FinderConfig } {
  const { courses } = data;
  const label = (key: string) => t(lang, `finder.course.${key}` as UiKey);
  const values: Record<string, string[][]> = {
    method: courses.map((x) => [x.method]),
    mode: courses.map((x) => x.modes),
    duration: courses.map((x) => [studyLoadBand(x.hours)]),
    cost: courses.map((x) => [x.cost]),
    language: courses.map((x) => [x.language]),
    level: courses.map((x) => (x.level === undefined ? [] : [String(x.level)])),
  };
  const levels = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
  const filters = [
    ...(data.competencies.length ? [dataSelect('competency', label('competency'))] : []),
    fixedFilter('method', 'checkbox', label('method'), METHODS, values.method!, (v) =>
      t(lang, `method.${v}`),
    ),
    fixedFilter('mode', 'radio', label('mode'), COURSE_MODES, values.mode!, (v) =>
      t(lang, `finder.mode.${v}`),
    ),
    fixedFilter('duration', 'checkbox', label('duration'), STUDY_LOAD_IDS, values.duration!, (v) =>
      t(lang, `studyLoad.${v}`),
    ),
    fixedFilter('cost', 'radio', label('cost'), EMPLOYEE_COSTS, values.cost!, (v) =>
      t(lang, `finder.cost.${v}`),
    ),
    // Whether a course starts soon depends on the reader's today: always offered.
    fixedFilter('start', 'checkbox', label('start'), [STARTS_SOON], [[STARTS_SOON]], () =>
      t(lang, `finder.start.${STARTS_SOON}`),
    ),
    fixedFilter('language', 'checkbox', label('language'), LANGUAGES, values.language!, (v) =>
      t(lang, `language.${v}`),
    ),
    fixedFilter('level', 'checkbox', label('level'), levels, values.level!, (level) =>
      t(lang, 'course.levelValue', { level }),
    ),
  ].filter((f: FinderFilterView) => f.key === 'start' || f.fromData || canNarrow(values[f.key]!, f.options));

  return {
    filters,
    sorts: COURSE_FINDER.sorts.map((value) => ({ value, label: label(`sort.${value}`) })),
    config: finderConfig(url(COURSE_DATA_PATH), lang, PAGE_SIZE, courses.length, filters, {
      countMany: t(lang, 'finder.course.countMany'),
      countOne: t(lang, 'finder.course.countOne'),
      countNone: t(lang, 'finder.course.countNone'),
      nextStart: t(lang, 'finder.course.nextStart'),
    }),
  };
}

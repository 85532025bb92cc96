/**
 * What the newsletter of a period holds, from the checked content (the same entries
 * `npm run check` validated): the blog posts, learning stories and courses that became new in
 * the period (see `news.ts`), and the course runs that start in the four weeks after it.
 * Only what is published counts, by the same rule as the site.
 */
import type { Locale } from '../../schemas/fields.ts';
import type { CheckedEntry } from '../check-content.ts';
import { courseFacts, type CourseFactsData } from '../course-facts.ts';
import { addDays, isoDate } from '../dates.ts';
import { authorNames, type NewsCollection, newestFirst, newsDate } from '../news.ts';

/** A period of whole days, both included. */
export interface Period {
  since: Date;
  until: Date;
}

/** How far after the period the newsletter looks for course runs. */
export const RUN_WINDOW_DAYS = 28;

/**
 * The most runs a newsletter lists; the rest are counted and linked to the catalogue. A large
 * catalogue can start hundreds of runs in four weeks, which would bury the news and push the
 * mail past the size at which Gmail cuts it off.
 */
export const RUNS_SHOWN = 15;

/** One new entry, as the newsletter shows it. */
export interface DigestItem {
  collection: NewsCollection;
  id: string;
  title: string;
  description: string;
  lang: Locale;
  /** The day it became new. */
  date: Date;
  /** Who wrote it (blog posts, stories). */
  authors: string[];
  /** "Klassikaal · 12 uur · Geen kosten voor jou" (courses; see course-facts.ts). */
  facts?: string | undefined;
}

/** A course run starting soon after the period. */
export interface DigestRun {
  course: { id: string; title: string; lang: Locale };
  start: Date;
  end?: Date | undefined;
  /** Times of day (Europe/Amsterdam), shown with the dates. */
  startTime?: string | undefined;
  endTime?: string | undefined;
  location: string;
  seats?: number | undefined;
}

export interface DigestContent {
  period: Period;
  /** New entries per collection, newest first. */
  news: Record<NewsCollection, DigestItem[]>;
  /** The days in which the runs start: the four weeks after the period. */
  runWindow: Period;
  /** Runs starting in `runWindow`, soonest first. */
  runs: DigestRun[];
}

interface RunData {
  start: Date;
  end?: Date | undefined;
  startTime?: string | undefined;
  endTime?: string | undefined;
  location: string;
  seats?: number | undefined;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

const within = (date: Date, { since, until }: Period) =>
  isoDate(date) >= isoDate(since) && isoDate(date) <= isoDate(until);

/** The newsletter's content for `period`, in the site language `lang` (for the course facts). */
export function selectDigest(entries: readonly CheckedEntry[], period: Period, lang: Locale): DigestContent {
  const published = entries.filter((e) => e.published);
  const experts = new Map(
    published.filter((e) => e.collection === 'experts').map((e) => [e.id, e.data.name as string]),
  );
  const expertName = (id: string) => experts.get(id);
  const news: DigestContent['news'] = { blog: [], leerverhalen: [], opleidingen: [] };
  const runWindow = { since: addDays(period.until, 1), until: addDays(period.until, RUN_WINDOW_DAYS) };
  const runs: DigestRun[] = [];

  for (const entry of published) {
    const data = entry.data;
    const date = newsDate(entry.collection, data);
    if (date && within(date, period)) {
      const collection = entry.collection as NewsCollection;
      news[collection].push({
        collection,
        id: entry.id,
        title: data.title as string,
        description: data.description as string,
        lang: data.lang as Locale,
        date,
        authors: authorNames(collection, data, expertName),
        facts:
          collection === 'opleidingen' ? courseFacts(data as unknown as CourseFactsData, lang) : undefined,
      });
    }
    if (entry.collection === 'opleidingen') {
      const course = { id: entry.id, title: data.title as string, lang: data.lang as Locale };
      for (const run of data.runs as RunData[])
        if (within(run.start, runWindow)) runs.push({ course, ...run });
    }
  }
  for (const list of Object.values(news)) list.sort(newestFirst);
  runs.sort(
    (a, b) => a.start.getTime() - b.start.getTime() || collator.compare(a.course.title, b.course.title),
  );
  return { period, news, runWindow, runs };
}

/** Whether a period brought nothing new (upcoming runs alone make no newsletter). */
export const hasNews = (content: DigestContent): boolean =>
  Object.values(content.news).some((list) => list.length > 0);

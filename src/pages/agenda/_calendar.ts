/** What the agenda's calendar files say: each run's event text and the calendar's name, in the site's words. */
import { type Catalog, type Entry, type UpcomingRun } from '../../data/catalog.ts';
import { absoluteUrl, now, site } from '../../data/site.ts';
import { t } from '../../i18n/index.ts';
import { calendarFile, type CalendarOptions, type CalendarRun } from '../../lib/calendar-files.ts';
import { FILE_TYPES } from '../../lib/host-rules.ts';
import { toId } from '../../lib/suggest.ts';
import { entryPath } from '../../lib/urls.ts';

/** Upcoming runs on one page of the agenda (about 30 KB of HTML); the rest follow on /agenda/2/, …. */
export const AGENDA_PAGE_SIZE = 40;

/** How often subscribers' calendars look for changes: daily, as often as a site is typically rebuilt. */
const REFRESH_SECONDS = 24 * 60 * 60;

/** UIDs name the organisation, not the host: they stay the same when the site moves. */
const uidDomain = `${toId(site.name) || 'leerhuis'}.leerhuis`;

const options = (extra: Partial<CalendarOptions> = {}): CalendarOptions => ({
  uidDomain,
  now,
  product: { company: site.name, product: site.siteName, language: site.defaultLocale.toUpperCase() },
  ...extra,
});

/** The event of one run: the course title, its description, where to read more and how to enrol. */
function event(c: Catalog, upcoming: UpcomingRun): CalendarRun {
  const { course, run } = upcoming;
  const data = (c.entry.get(course.id) as Entry<'opleidingen'>).data;
  const page = absoluteUrl(entryPath('opleidingen', course.id));
  const lines = [
    course.description,
    t(course.lang, 'calendar.moreInfo', { url: page }),
    data.enrol && t(course.lang, 'calendar.enrol', { enrol: data.enrol.replace(/^mailto:/, '') }),
  ];
  return {
    courseId: course.id,
    run,
    title: course.title,
    description: lines.filter(Boolean).join('\n\n'),
    url: page,
    categories: [t(course.lang, `method.${data.method}`)],
  };
}

/** The file with one run, to add to your own calendar. */
export function runCalendar(c: Catalog, upcoming: UpcomingRun): string {
  return calendarFile([event(c, upcoming)], options());
}

/** The file with every upcoming run, to subscribe to. */
export function agendaCalendar(c: Catalog): string {
  const lang = site.defaultLocale;
  return calendarFile(
    c.upcomingRuns.map((upcoming) => event(c, upcoming)),
    options({
      name: t(lang, 'calendar.name', { site: `${site.siteName} ${site.name}` }),
      description: t(lang, 'calendar.description', { organisation: site.name }),
      refreshSeconds: REFRESH_SECONDS,
    }),
  );
}

/** iCalendar's media type, as the host files tell hosts to send `.ics` (UTF-8, like all text). */
export const CALENDAR_HEADERS = { 'Content-Type': `${FILE_TYPES.ics!.type}; charset=utf-8` };

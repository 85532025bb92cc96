/**
 * iCalendar files (RFC 5545) for course runs, written with ical-generator: one file per run
 * to add to your own calendar, and one of every upcoming run to subscribe to. Timed runs are
 * in Europe/Amsterdam with a VTIMEZONE; runs without times are all-day events. Each run has
 * a UID that stays the same from build to build (course id + run key), so a calendar that
 * imports or subscribes again updates the event instead of adding a second one.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import {
  ICalCalendar,
  ICalCalendarMethod,
  ICalEventBusyStatus,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalEventData,
} from 'ical-generator';
import { lastDay, RUN_TIME_ZONE, runKey, zonedTime, type Run } from './course-runs.ts';

/** One run of a course, with what its calendar event says. */
export interface CalendarRun {
  courseId: string;
  run: Run;
  /** The event's title: the course title. */
  title: string;
  /** Plain text: what the course is, where to read more and enrol. */
  description: string;
  /** The course page as an absolute address, when the site knows its own (site.yaml `url`). */
  url?: string | undefined;
  /** E.g. the learning method. */
  categories?: readonly string[];
}

export interface CalendarOptions {
  /** Right-hand side of every UID, e.g. the organisation as a name: `gemeente-lindewaard.leerhuis`. */
  uidDomain: string;
  /** The build's "now": every event's DTSTAMP, and its SEQUENCE. */
  now: Date;
  /** `PRODID` product and organisation. */
  product: { company: string; product: string; language: string };
  /** A calendar to subscribe to has a name (X-WR-CALNAME); a file with one event to import has none. */
  name?: string | undefined;
  description?: string | undefined;
  /** How often a subscribed calendar should look for changes, in seconds. */
  refreshSeconds?: number | undefined;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The VTIMEZONE of a zone, from @touch4it/ical-timezones, without its TZURL: that names a
 * server a calendar app might fetch the zone from, and nothing Leerhuis publishes points
 * readers' software to another server.
 */
function vtimezone(zone: string): string | null {
  return getVtimezoneComponent(zone)?.replace(/^TZURL:.*\r?\n/m, '') ?? null;
}

/** The UID of a run's event: the same in every build as long as the course id and the run key stay. */
export function runUid(courseId: string, run: Pick<Run, 'id' | 'start'>, uidDomain: string): string {
  return `${courseId}.${runKey(run)}@${uidDomain}`;
}

const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/**
 * SEQUENCE from the build time, in minutes since 2020: a static site cannot remember how often
 * a run changed, but a file from a later build always carries a higher number, so calendars
 * take its version of the event over the one they have.
 */
export function sequenceAt(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 60_000));
}

function eventData(entry: CalendarRun, options: CalendarOptions): ICalEventData {
  const { run } = entry;
  const shared: Omit<ICalEventData, 'start'> = {
    id: runUid(entry.courseId, run, options.uidDomain),
    sequence: sequenceAt(options.now),
    stamp: options.now,
    summary: entry.title,
    description: entry.description,
    location: run.location,
    url: entry.url ?? null,
    status: ICalEventStatus.CONFIRMED,
    categories: (entry.categories ?? []).map((name) => ({ name })),
  };
  if (run.startTime && run.endTime) {
    return {
      ...shared,
      timezone: RUN_TIME_ZONE,
      start: zonedTime(run.start, run.startTime),
      end: zonedTime(lastDay(run), run.endTime),
    };
  }
  // All day: dates as they are in the content (UTC midnight, no zone), the end exclusive.
  // A whole-day block marks a period, so it does not make the reader look busy.
  return {
    ...shared,
    allDay: true,
    start: run.start,
    end: new Date(lastDay(run).getTime() + DAY),
    transparency: ICalEventTransparency.TRANSPARENT,
    busystatus: ICalEventBusyStatus.FREE,
  };
}

/** An iCalendar file with an event for each run, in the order given. */
export function calendarFile(runs: readonly CalendarRun[], options: CalendarOptions): string {
  const calendar = new ICalCalendar({
    prodId: options.product,
    method: ICalCalendarMethod.PUBLISH,
    ...(options.name ? { name: options.name } : {}),
    ...(options.description ? { description: options.description } : {}),
    ...(options.refreshSeconds ? { ttl: options.refreshSeconds } : {}),
  });
  // A VTIMEZONE for every zone the events use. The calendar itself gets no zone name: with
  // one, ical-generator writes DTSTAMP as local time, and RFC 5545 wants it in UTC.
  calendar.timezone({ name: '', generator: vtimezone });
  for (const run of runs) calendar.createEvent(eventData(run, options));
  return calendar.toString();
}

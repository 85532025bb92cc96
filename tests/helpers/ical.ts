/**
 * Reads iCalendar files back with ical.js (Mozilla's parser, a different library from the one
 * that writes them), registering their VTIMEZONEs so timed events resolve to real moments.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  location: string;
  url: string | undefined;
  allDay: boolean;
  /** The zone of DTSTART as written (`Europe/Amsterdam`), or undefined for dates and UTC. */
  tzid: string | undefined;
  /** DTSTART as written: `2026-12-08T09:00:00` or `2026-12-08`. */
  start: string;
  end: string;
  /** The moments they stand for (all-day: undefined). */
  startUtc: string | undefined;
  endUtc: string | undefined;
  stamp: string;
  stampIsUtc: boolean;
  transparency: string | undefined;
}

export interface ParsedCalendar {
  name: string | undefined;
  method: string | undefined;
  timezones: string[];
  refresh: string | undefined;
  events: ParsedEvent[];
}

export function parseCalendar(text: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(text));
  const timezones = root.getAllSubcomponents('vtimezone');
  for (const zone of timezones) ICAL.TimezoneService.register(zone);
  const events = root.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    const end = event.endDate;
    const stamp = component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    const utc = (time: ICAL.Time) => (time.isDate ? undefined : time.toJSDate().toISOString());
    const param = component.getFirstProperty('dtstart')?.getParameter('tzid');
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: (component.getFirstPropertyValue('url') as string | null) ?? undefined,
      allDay: start.isDate,
      tzid: typeof param === 'string' ? param : undefined,
      start: start.toString(),
      end: end.toString(),
      startUtc: utc(start),
      endUtc: utc(end),
      stamp: stamp.toString(),
      stampIsUtc: stamp.zone === ICAL.Timezone.utcTimezone,
      transparency: (component.getFirstPropertyValue('transp') as string | null) ?? undefined,
    };
  });
  return {
    name: (root.getFirstPropertyValue('x-wr-calname') as string | null) ?? undefined,
    method: (root.getFirstPropertyValue('method') as string | null) ?? undefined,
    timezones: timezones.map((z) => String(z.getFirstPropertyValue('tzid'))),
    refresh: root.getFirstProperty('refresh-interval')?.getFirstValue()?.toString(),
    events,
  };
}

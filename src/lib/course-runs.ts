/**
 * Course runs in time: whether a run is still to come, under way or over on a given day, in
 * which order runs come, and the moments their times of day stand for. Dates in content are
 * calendar days (UTC midnight); times of day are wall-clock times in the organisation's time
 * zone, Europe/Amsterdam, whatever the build machine's own zone is.
 */
import type { TZDate } from '@date-fns/tz';
import { isSingleDay, runKey, type Run } from '../schemas/opleidingen.ts';
import { isoDate, RUN_TIME_ZONE, zonedTime } from './dates.ts';

export { isSingleDay, runKey, RUN_TIME_ZONE, zonedTime, type Run };

/** `upcoming`: starts today or later; `running`: started, not yet over; `past`: its last day is behind us. */
export type RunStatus = 'upcoming' | 'running' | 'past';

/** The day a run ends: its `end`, or its start for a one-day run. */
export function lastDay(run: Pick<Run, 'start' | 'end'>): Date {
  return run.end ?? run.start;
}

/** Where a run stands on the calendar day of `today`. */
export function runStatus(run: Pick<Run, 'start' | 'end'>, today: Date): RunStatus {
  const day = isoDate(today);
  if (isoDate(run.start) >= day) return 'upcoming';
  return isoDate(lastDay(run)) >= day ? 'running' : 'past';
}

/** Soonest first: by start day, whole-day runs before timed ones, then by start time. */
export function compareRuns(
  a: Pick<Run, 'start' | 'startTime'>,
  b: Pick<Run, 'start' | 'startTime'>,
): number {
  return a.start.getTime() - b.start.getTime() || (a.startTime ?? '').localeCompare(b.startTime ?? '');
}

/** `2026-12-08T09:00:00.000+01:00` → `2026-12-08T09:00+01:00`: valid in `<time datetime>` and schema.org. */
const shortIso = (moment: TZDate) => moment.toISOString().replace(/:00\.000(?=[+-]|Z)/, '');

/** When a run starts, machine-readable: `2026-12-08`, or `2026-12-08T09:00+01:00` with a start time. */
export function runStartIso(run: Pick<Run, 'start' | 'startTime'>): string {
  return run.startTime ? shortIso(zonedTime(run.start, run.startTime)) : isoDate(run.start);
}

/** When a run ends, machine-readable: its last day, with the end time when it has one. */
export function runEndIso(run: Pick<Run, 'start' | 'end' | 'endTime'>): string {
  const day = lastDay(run);
  return run.endTime ? shortIso(zonedTime(day, run.endTime)) : isoDate(day);
}

/** /agenda/<course>/<run>.ics: one upcoming run, to add to your own calendar. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog, type UpcomingRun } from '../../../data/catalog.ts';
import { CALENDAR_HEADERS, runCalendar } from '../_calendar.ts';

export const getStaticPaths = (async () =>
  (await catalog()).upcomingRuns.map((upcoming) => ({
    params: { course: upcoming.course.id, run: upcoming.key },
    props: { upcoming },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ upcoming: UpcomingRun }> = async ({ props }) =>
  new Response(runCalendar(await catalog(), props.upcoming), { headers: CALENDAR_HEADERS });

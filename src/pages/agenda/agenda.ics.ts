/** /agenda/agenda.ics: every upcoming run, for calendar apps to subscribe to. */
import type { APIRoute } from 'astro';
import { catalog } from '../../data/catalog.ts';
import { agendaCalendar, CALENDAR_HEADERS } from './_calendar.ts';

export const GET: APIRoute = async () =>
  new Response(agendaCalendar(await catalog()), { headers: CALENDAR_HEADERS });

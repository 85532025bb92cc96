/** The course finder's data: every published course, fetched by the finder on /opleidingen/. */
import type { APIRoute } from 'astro';
import { catalog } from '../../data/catalog.ts';
import { finderJson } from '../../lib/finder-page.ts';
import { courseFinderData } from './_finder.ts';

export const GET: APIRoute = async () =>
  new Response(finderJson(courseFinderData(await catalog())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

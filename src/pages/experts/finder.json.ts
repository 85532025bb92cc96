/** The expert finder's data: every published expert (consent given), fetched by the finder on /experts/. */
import type { APIRoute } from 'astro';
import { catalog } from '../../data/catalog.ts';
import { site } from '../../data/site.ts';
import { finderJson } from '../../lib/finder-page.ts';
import { expertFinderData } from './_finder.ts';

export const GET: APIRoute = async () =>
  new Response(finderJson(expertFinderData(await catalog(), site.defaultLocale)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

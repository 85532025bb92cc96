/**
 * Labels of the content-defined facet values (tags, competencies) for the search page, as a
 * file fetched when searching starts, so the page itself does not grow with the content.
 */
import type { APIRoute } from 'astro';
import { catalog } from '../../data/catalog.ts';
import { contentLabels } from '../_search-config.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(contentLabels(await catalog())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

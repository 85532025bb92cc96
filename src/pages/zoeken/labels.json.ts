/**
 * What the search page fetches when searching starts, so the page itself does not grow with the
 * content: the labels of the content-defined facet values (tags, competencies) and the site's
 * lexicon, with which it splits compounds and corrects typos in queries.
 */
import type { APIRoute } from 'astro';
import { catalog } from '../../data/catalog.ts';
import { searchLexicon, searchSynonyms } from '../../data/search.ts';
import type { SearchData } from '../../lib/search-page.ts';
import { contentLabels } from '../_search-config.ts';

export const GET: APIRoute = async () => {
  const c = await catalog();
  const data: SearchData = { labels: contentLabels(c), words: searchLexicon(c), synonyms: searchSynonyms(c) };
  return new Response(JSON.stringify(data), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

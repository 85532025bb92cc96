/**
 * How the search page ranks results (Pagefind `ranking` options, passed to `pagefind.options`).
 * Matches in the title, the tags (with their aliases), the competencies and the description
 * count more than matches in body text; the titles of linked entries (`links`, see `linked` in
 * `src/data/catalog.ts`) count half, since they describe another page. Measured with the relevance set in
 * `tests/e2e/relevance-set.json`; see `tests/e2e/search-relevance.test.ts`.
 */
export const SEARCH_RANKING = {
  metaWeights: {
    title: 5,
    tags: 3,
    competencies: 2,
    description: 2,
    role: 3,
    spelling: 5,
    links: 0.5,
  },
} as const;

/**
 * How the search page ranks what the searches of a query plan (search-query.ts) found: by the
 * number of query words a page matches, exact matches first among equals, then pages of the
 * kind a question asks for, then Pagefind's score. Pure, like the planning.
 */
import type { QueryPlan } from './search-query.ts';

/** A page found for a query: how many of its words it matches and how well. */
export interface Ranked {
  id: string;
  /** Number of query words the page matches (in any of their forms). */
  matched: number;
  /**
   * Whether it matches every word as typed (alone, or joined into a compound the page has) or by
   * a facet value the query names.
   */
  exact: boolean;
  /** Whether it is of the kind the question asks for ("wie …" → a person). */
  hinted: boolean;
  /** Query words it does not match, shown with the result. */
  missing: string[];
  /** Pagefind's scores of the words it matches, summed. */
  score: number;
}

/** Results of one Pagefind search, by page id. */
export type Hits = ReadonlyMap<string, number>;

/** What the searches of a plan found. */
export interface Found {
  /** Pagefind's search for all words together. */
  exact: Hits;
  /** One per `plan.alternatives`. */
  alternatives: readonly Hits[];
  /** Pages with the facet value, one per `plan.facets`. */
  facets: readonly ReadonlySet<string>[];
  /** Pages that contain every quoted phrase, when the query has phrases. */
  allowed?: ReadonlySet<string> | undefined;
  /** Pages of the kind the question asks for (`plan.hint`). */
  hinted?: ReadonlySet<string> | undefined;
}

/**
 * A word whose best match as typed scores below this share of its rewritten forms' (a
 * correction, its parts, a synonym) is doubtful: as typed it matched by chance (`agresie`).
 */
const DOUBT = 1;
/** Ways of matching that keep the words as typed: alone, or joined into a compound. */
const TYPED: ReadonlySet<string> = new Set(['word', 'join', 'particle']);
/** A match of a doubtful word weaker than this share of its best match does not count. */
const WEAK = 0.1;

/**
 * Ranks the pages found by the searches of a plan: by the number of query words matched, exact
 * matches (all words as typed, or by facet value) first among equals, then pages of the kind a
 * question asks for, then by score.
 */
export function rankResults(plan: QueryPlan, found: Found): Ranked[] {
  const n = plan.words.length;
  const { best, typed, rewritten } = wordScores(plan, found);
  // A word the site does not use may not be in the index at all: Pagefind then matches the
  // longest indexed word it starts with, with small scores. When such a word's rewritten form
  // (a correction, its parts, a synonym) matches far better, the word is doubtful: its weak
  // matches do not count, and no page matches all words "exactly".
  // A word its own search does not find at all (`prepare` on a Dutch site) is doubtful too:
  // Pagefind's search for all words then silently leaves it out. Not a word a facet value
  // names: that matches by the value.
  const named = new Set(plan.facets.map((f) => f.covers));
  const doubtful = new Set(
    plan.words.flatMap((_, i) =>
      typed[i]! < rewritten[i]! * DOUBT || (typed[i] === 0 && !named.has(i)) ? [i] : [],
    ),
  );
  // Which words a page has as typed, alone or joined, one bit a word: only when a join can
  // make the difference (no set per page: a common word finds thousands).
  const joined = n <= 30 && plan.alternatives.some((a) => a.kind === 'join' || a.kind === 'particle');
  const perWord = new Map<string, { scores: number[]; facet: boolean; typed: number }>();
  const entry = (id: string) => {
    let e = perWord.get(id);
    if (!e) perWord.set(id, (e = { scores: plan.words.map(() => Number.NaN), facet: false, typed: 0 }));
    return e;
  };
  plan.alternatives.forEach((alt, k) => {
    for (const [id, score] of found.alternatives[k] ?? []) {
      const share = score / alt.covers.length;
      const weak = alt.kind === 'word' && alt.covers.some((i) => doubtful.has(i) && share < best[i]! * WEAK);
      if (weak) continue;
      const e = entry(id);
      for (const i of alt.covers) e.scores[i] = Math.max(e.scores[i]! || 0, share);
      if (joined && TYPED.has(alt.kind)) for (const i of alt.covers) e.typed |= 1 << i;
    }
  });
  // A facet value the query names counts as that word matched, as well as the best text match.
  plan.facets.forEach((f, k) => {
    for (const id of found.facets[k] ?? []) {
      const e = entry(id);
      e.scores[f.covers] = Math.max(e.scores[f.covers]! || 0, best[f.covers]!);
      e.facet = true;
    }
  });
  const trusted = doubtful.size === 0;
  const ranked: Ranked[] = [];
  for (const [id, { scores, facet, typed }] of perWord) {
    if (found.allowed && !found.allowed.has(id)) continue;
    const all = trusted && found.exact.has(id);
    const covered = scores.map((s, i) => (all || !Number.isNaN(s) ? i : -1)).filter((i) => i >= 0);
    ranked.push({
      id,
      matched: covered.length,
      // Every word as typed, also when some were typed apart and the page has them joined
      // (`privacy adviseur` on the privacy adviser's page), or by a facet value the query names.
      exact: all || (trusted && (facet || (joined && typed === 2 ** n - 1)) && covered.length === n),
      hinted: found.hinted?.has(id) ?? false,
      missing: plan.words.filter((_, i) => !covered.includes(i)),
      score: scores.reduce((sum, s) => sum + (s || 0), 0),
    });
  }
  return ranked
    .filter((r) => r.matched > 0)
    .sort(
      (a, b) =>
        b.matched - a.matched ||
        Number(b.exact) - Number(a.exact) ||
        Number(b.hinted) - Number(a.hinted) ||
        b.score - a.score,
    );
}

/** Best score per query word: in any form, as typed, and in a rewritten form (split, corrected, synonym). */
function wordScores(plan: QueryPlan, found: Found) {
  const best = plan.words.map(() => 0);
  const typed = plan.words.map(() => 0);
  const rewritten = plan.words.map(() => 0);
  plan.alternatives.forEach((alt, k) => {
    for (const score of found.alternatives[k]?.values() ?? []) {
      for (const i of alt.covers) {
        const share = score / alt.covers.length;
        best[i] = Math.max(best[i]!, share);
        if (alt.kind === 'word') typed[i] = Math.max(typed[i]!, share);
        if (alt.kind === 'typo' || alt.kind === 'split' || alt.kind === 'synonym')
          rewritten[i] = Math.max(rewritten[i]!, share);
      }
    }
  });
  return { best, typed, rewritten };
}

/**
 * The corrections a query was read with: per word, the corrected form that matched better
 * than the word as typed (`intervsie` → `intervisie`), to tell the reader what was searched.
 */
export function corrections(plan: QueryPlan, found: Found): string[] {
  const { typed } = wordScores(plan, found);
  const used: string[] = [];
  plan.words.forEach((_, i) => {
    let term = '';
    let top = typed[i]!;
    plan.alternatives.forEach((alt, k) => {
      if (alt.kind !== 'typo' || alt.covers.length !== 1 || alt.covers[0] !== i) return;
      const score = Math.max(0, ...(found.alternatives[k]?.values() ?? []));
      if (score > top) [term, top] = [alt.term, score];
    });
    if (term && !used.includes(term)) used.push(term);
  });
  return used;
}

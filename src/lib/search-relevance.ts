/** Relevance measures for the search test set: reciprocal rank and its mean (MRR@k). */

/** 1/rank of `expected` among the first `k` of `ranked`, or 0 when it is not there. */
export function reciprocalRank(ranked: readonly string[], expected: string, k = 5): number {
  const rank = ranked.slice(0, k).indexOf(expected);
  return rank === -1 ? 0 : 1 / (rank + 1);
}

/** Mean reciprocal rank over queries, each with its ranked result ids and the id that must come first. */
export function meanReciprocalRank(
  rows: ReadonlyArray<{ ranked: readonly string[]; expected: string }>,
  k = 5,
): number {
  if (!rows.length) throw new RangeError('meanReciprocalRank: no queries — the relevance set is empty');
  return rows.reduce((sum, r) => sum + reciprocalRank(r.ranked, r.expected, k), 0) / rows.length;
}

/**
 * Relevance measures for the search test sets: the rank of the first acceptable answer
 * (reciprocal rank, MRR@k), whether one is in the top k (hit@k) and whether all are (all@k).
 */

/** 1/rank of the first of `answers` among the first `k` of `ranked`, or 0 when none is there. */
export function reciprocalRank(ranked: readonly string[], answers: readonly string[], k = 5): number {
  const rank = ranked.slice(0, k).findIndex((r) => answers.includes(r));
  return rank === -1 ? 0 : 1 / (rank + 1);
}

/** Whether every answer is among the first `k` results (at most `k` answers count). */
export function allInTop(ranked: readonly string[], answers: readonly string[], k = 5): boolean {
  const top = ranked.slice(0, k);
  return answers.slice(0, k).every((a) => top.includes(a));
}

export interface RelevanceRow {
  ranked: readonly string[];
  answers: readonly string[];
}

export interface RelevanceFigures {
  queries: number;
  /** Mean reciprocal rank of the first acceptable answer, within the top k. */
  mrr: number;
  /** Share of queries with an acceptable answer in the top k. */
  hit: number;
  /** Share of queries with all their answers in the top k. */
  all: number;
}

/** MRR@k, hit@k and all@k over queries, each with its ranked results and acceptable answers. */
export function relevanceFigures(rows: readonly RelevanceRow[], k = 5): RelevanceFigures {
  if (!rows.length) throw new RangeError('relevanceFigures: no queries — the relevance set is empty');
  const mean = (f: (r: RelevanceRow) => number) => rows.reduce((sum, r) => sum + f(r), 0) / rows.length;
  return {
    queries: rows.length,
    mrr: mean((r) => reciprocalRank(r.ranked, r.answers, k)),
    hit: mean((r) => (reciprocalRank(r.ranked, r.answers, k) > 0 ? 1 : 0)),
    all: mean((r) => (allInTop(r.ranked, r.answers, k) ? 1 : 0)),
  };
}

/**
 * "Lees ook": related entries across collections. Manual `related` ids come first, then
 * entries that share tags and competencies, rarer ones weighing more. An inverted index
 * (term → entries) is built once per list, so 10,000 entries take milliseconds, not minutes.
 */

export interface RelatedItem {
  /** Entry id; ids are unique across collections. */
  id: string;
  tags: readonly string[];
  /** Competency ids the entry is about (a competency entry lists its own id). */
  competencies: readonly string[];
  /** Ids chosen by the editor, shown first in this order. */
  related?: readonly string[];
  /** Newer entries win ties. */
  date?: Date | undefined;
  /** `false`: may be chosen by hand but is never suggested (e.g. people). Default `true`. */
  suggest?: boolean;
}

/** How many entries of one term's list are scanned; lists are newest first. Keeps very common tags cheap. */
const MAX_SCAN_PER_TERM = 300;
/** A shared competency says more than a shared tag. */
const COMPETENCY_WEIGHT = 1.5;

interface RelatedIndex {
  byId: Map<string, number>;
  postings: Map<string, number[]>;
  weights: Map<string, number>;
  /** Newer-first rank of each entry (0 = newest), so ties cost one comparison. */
  rank: Int32Array;
}

const indexes = new WeakMap<readonly RelatedItem[], RelatedIndex>();

const terms = (item: RelatedItem): string[] => [
  ...new Set([...item.tags.map((t) => `t:${t}`), ...item.competencies.map((c) => `c:${c}`)]),
];

function newerFirst(all: readonly RelatedItem[]) {
  return (a: number, b: number): number => {
    const da = all[a]!.date?.getTime() ?? -Infinity;
    const db = all[b]!.date?.getTime() ?? -Infinity;
    if (da !== db) return db - da;
    return all[a]!.id < all[b]!.id ? -1 : 1;
  };
}

function buildIndex(all: readonly RelatedItem[]): RelatedIndex {
  const byId = new Map<string, number>();
  const postings = new Map<string, number[]>();
  all.forEach((item, i) => {
    byId.set(item.id, i);
    if (item.suggest === false) return;
    for (const term of terms(item)) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  const order = newerFirst(all);
  const rank = new Int32Array(all.length);
  all
    .map((_, i) => i)
    .sort(order)
    .forEach((i, r) => (rank[i] = r));
  const weights = new Map<string, number>();
  for (const [term, list] of postings) {
    list.sort((a, b) => rank[a]! - rank[b]!);
    const idf = Math.log(1 + all.length / list.length);
    weights.set(term, term.startsWith('c:') ? idf * COMPETENCY_WEIGHT : idf);
  }
  return { byId, postings, weights, rank };
}

function indexFor(all: readonly RelatedItem[]): RelatedIndex {
  let index = indexes.get(all);
  if (!index) {
    index = buildIndex(all);
    indexes.set(all, index);
  }
  return index;
}

/**
 * Up to `max` entries related to `entry`: its manual `related` (those present in `all`) first,
 * then the best-scoring entries by shared tags and competencies, newest first on a tie.
 * Pass the same `all` array for every call: its index is built once and remembered.
 */
export function relatedEntries<T extends RelatedItem>(entry: RelatedItem, all: readonly T[], max = 5): T[] {
  const index = indexFor(all);
  const chosen: T[] = [];
  const taken = new Set<number>();
  const self = index.byId.get(entry.id);
  if (self !== undefined) taken.add(self);

  for (const id of entry.related ?? []) {
    const i = index.byId.get(id);
    if (i === undefined || taken.has(i)) continue;
    taken.add(i);
    chosen.push(all[i]!);
    if (chosen.length >= max) return chosen;
  }

  const scores = new Map<number, number>();
  for (const term of terms(entry)) {
    const list = index.postings.get(term);
    if (!list) continue;
    const weight = index.weights.get(term)!;
    const end = Math.min(list.length, MAX_SCAN_PER_TERM);
    for (let k = 0; k < end; k++) {
      const i = list[k]!;
      if (!taken.has(i)) scores.set(i, (scores.get(i) ?? 0) + weight);
    }
  }
  // Keep only the best few (higher score, then newer): no sort of every candidate.
  const need = max - chosen.length;
  const better = (a: [number, number], b: [number, number]) =>
    a[1] > b[1] || (a[1] === b[1] && index.rank[a[0]]! < index.rank[b[0]]!);
  const best: [number, number][] = [];
  for (const candidate of scores) {
    if (best.length === need && !better(candidate, best[need - 1]!)) continue;
    let at = best.length < need ? best.length : need - 1;
    while (at > 0 && better(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
    if (best.length > need) best.pop();
  }
  for (const [i] of best) chosen.push(all[i]!);
  return chosen;
}

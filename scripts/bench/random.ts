/**
 * A small seeded random source (mulberry32), so that the benchmark's synthetic site is the
 * same for the same seed on every machine and every commit.
 */

/** Turns any string into a 32-bit seed (FNV-1a). */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** `n` distinct elements (fewer if the list is shorter), uniformly. */
  sample<T>(items: readonly T[], n: number): T[];
  /** One element, favouring the start of the list (Zipf-like, exponent 1), as words in real text. */
  zipf<T>(items: readonly T[]): T;
  /** A new, independent source derived from this one and a label. */
  fork(label: string): Random;
}

export function createRandom(seed: number | string): Random {
  let state = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const random: Random = {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('random.pick: the list is empty');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    sample: (items, n) => {
      if (n * 4 < items.length) {
        // A few out of many (related entries out of 10,000): draw indices, skip repeats.
        const picked = new Set<number>();
        while (picked.size < n) picked.add(Math.floor(next() * items.length));
        return [...picked].map((i) => items[i] as (typeof items)[number]);
      }
      const copy = [...items];
      const count = Math.min(n, copy.length);
      for (let i = 0; i < count; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy.slice(0, count);
    },
    zipf: (items) => {
      if (items.length === 0) throw new Error('random.zipf: the list is empty');
      // Inverse CDF of a continuous 1/x distribution over ranks 1..n: cheap and close enough.
      const rank = Math.floor(Math.exp(next() * Math.log(items.length + 1))) - 1;
      return items[Math.min(rank, items.length - 1)] as (typeof items)[number];
    },
    fork: (label) => createRandom((state ^ hashSeed(label)) >>> 0),
  };
  return random;
}

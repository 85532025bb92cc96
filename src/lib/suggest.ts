/** "Did you mean" suggestions for misspelt values. */
import { distance } from 'fastest-levenshtein';

/** The candidate closest to `value`, if it is close enough to be a plausible typo. */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const score = distance(needle, candidate.toLowerCase());
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.ceil(Math.max(needle.length, best.length) / 3));
  return bestScore <= limit ? best : undefined;
}

/** ` — did you mean "x"?` or an empty string. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const hit = nearest(value, candidates);
  return hit ? ` — did you mean "${hit}"?` : '';
}

/** "Did you mean" suggestions for misspelt values and names. */
import { distance } from 'fastest-levenshtein';
import { msg, type Message } from '../i18n/index.ts';

/**
 * The candidate closest to `value` (ignoring case), if it is close enough to be a plausible
 * typo: by default within a third of the word's length (so a two-letter code needs one letter
 * in common), or `maxEdits`.
 */
export function nearest(value: string, candidates: Iterable<string>, maxEdits?: number): string | undefined {
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    // The length difference is a lower bound of the distance: skip what cannot win or qualify.
    const gap = Math.abs(candidate.length - needle.length);
    const limit = maxEdits ?? Math.max(1, Math.ceil(Math.max(needle.length, candidate.length) / 3));
    if (gap > limit || gap >= bestScore) continue;
    const score = distance(needle, candidate.toLowerCase());
    if (score <= limit && score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** ` — bedoel je "x"?` as a message. */
export const meant = (value: string): Message => msg('check.hint.didYouMean', { value });

/** ` — did you mean "x"?` for the nearest candidate, or an empty string. */
export function didYouMean(value: string, candidates: Iterable<string>): Message | '' {
  const hit = nearest(value, candidates);
  return hit ? meant(hit) : '';
}

export { toId } from './slug.ts';

/**
 * The self-scan's result: an average per competency over the statements answered, and the
 * competencies with the lowest averages, for which the page suggests courses, experts and
 * stories.
 */

/** The kinds of suggestion, in the order the result shows them (each with its `scan.*` heading). */
export const ADVICE_KINDS = ['courses', 'experts', 'stories'] as const;
export type AdviceKind = (typeof ADVICE_KINDS)[number];

/** A competency as the scan measures it: its statements' answer keys. */
export interface ScanCompetency {
  id: string;
  keys: readonly string[];
}

export interface CompetencyScore {
  id: string;
  /** Statements answered. */
  answered: number;
  /** Statements in the scan. */
  total: number;
  /** Average of the answered values; undefined when none was answered. */
  average: number | undefined;
}

/** One score per competency, in the scan's order. Answers not on the scale are ignored. */
export function scanScores(
  competencies: readonly ScanCompetency[],
  values: Readonly<Record<string, unknown>>,
  scale: readonly number[],
): CompetencyScore[] {
  const allowed = new Set(scale);
  return competencies.map(({ id, keys }) => {
    const answers = keys
      .map((k) => values[k])
      .filter((v): v is number => typeof v === 'number' && allowed.has(v));
    const sum = answers.reduce((a, b) => a + b, 0);
    return {
      id,
      answered: answers.length,
      total: keys.length,
      average: answers.length ? sum / answers.length : undefined,
    };
  });
}

/**
 * The `count` competencies with the lowest average (scan order breaks a tie), leaving out
 * those not answered and those already at the top of the scale: there is nothing to suggest.
 */
export function weakestAreas(scores: readonly CompetencyScore[], count: number, top: number): string[] {
  return scores
    .map((s, order) => ({ ...s, order }))
    .filter((s): s is typeof s & { average: number } => s.average !== undefined && s.average < top)
    .sort((a, b) => a.average - b.average || a.order - b.order)
    .slice(0, Math.max(0, count))
    .map((s) => s.id);
}

/**
 * A bar's length for an average, from 0 to 1: the average as a share of the highest answer
 * (scale values are 0 or more), so "3 of 5" fills three fifths.
 */
export function scaleShare(average: number, max: number): number {
  return max > 0 ? Math.min(1, Math.max(0, average / max)) : 0;
}

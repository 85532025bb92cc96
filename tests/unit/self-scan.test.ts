/** The self-scan's result: averages per competency and which competencies get suggestions. */
import { describe, expect, it } from 'vitest';
import { scaleShare, scanScores, weakestAreas } from '../../src/lib/self-scan.ts';

const competencies = [
  { id: 'schrijven', keys: ['s1', 's2', 's3'] },
  { id: 'data', keys: ['d1', 'd2'] },
  { id: 'samenwerken', keys: ['w1'] },
  { id: 'privacy', keys: ['p1', 'p2'] },
];
const scale = [1, 2, 3, 4, 5];

describe('scanScores', () => {
  it('averages the answered statements of each competency, in the scan order', () => {
    const scores = scanScores(competencies, { s1: 2, s2: 3, d1: 5, d2: 4, w1: 1 }, scale);
    expect(scores).toEqual([
      { id: 'schrijven', answered: 2, total: 3, average: 2.5 },
      { id: 'data', answered: 2, total: 2, average: 4.5 },
      { id: 'samenwerken', answered: 1, total: 1, average: 1 },
      { id: 'privacy', answered: 0, total: 2, average: undefined },
    ]);
  });

  it('ignores answers that are not on the scale (an old answer after the scale changed, a damaged value)', () => {
    const [schrijven] = scanScores(competencies, { s1: 9, s2: '3', s3: 4 }, scale);
    expect(schrijven).toEqual({ id: 'schrijven', answered: 1, total: 3, average: 4 });
  });
});

describe('weakestAreas', () => {
  const scores = scanScores(competencies, { s1: 2, s2: 3, d1: 5, d2: 4, w1: 1, p1: 5, p2: 5 }, scale);

  it('names the lowest averages first', () => {
    expect(weakestAreas(scores, 2, 5)).toEqual(['samenwerken', 'schrijven']);
    expect(weakestAreas(scores, 1, 5)).toEqual(['samenwerken']);
  });

  it('breaks a tie by the order of the scan', () => {
    const tied = scanScores(competencies, { s1: 3, d1: 3, w1: 3 }, scale);
    expect(weakestAreas(tied, 2, 5)).toEqual(['schrijven', 'data']);
  });

  it('leaves out what was not answered, and what is already at the top of the scale', () => {
    expect(weakestAreas(scores, 10, 5)).toEqual(['samenwerken', 'schrijven', 'data']);
    expect(weakestAreas(scanScores(competencies, { p1: 5 }, scale), 2, 5)).toEqual([]);
    expect(weakestAreas(scanScores(competencies, {}, scale), 2, 5)).toEqual([]);
  });
});

describe('scaleShare', () => {
  it('is the average as a share of the highest answer, within 0 and 1', () => {
    expect(scaleShare(3, 5)).toBe(0.6);
    expect(scaleShare(5, 5)).toBe(1);
    expect(scaleShare(0, 4)).toBe(0);
    expect(scaleShare(7, 5)).toBe(1);
    expect(scaleShare(1, 0)).toBe(0);
  });
});

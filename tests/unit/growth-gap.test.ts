import { describe, expect, it } from 'vitest';
import { growthGap, growthGaps, type RoleLevels } from '../../src/lib/growth-gap.ts';

const levels = (pairs: Record<string, number>) =>
  Object.entries(pairs).map(([competency, level]) => ({ competency, level }));

describe('growthGap', () => {
  it('new competencies and higher levels are to learn; equal and lower ones you bring', () => {
    const consulent = levels({ klant: 3, samenwerken: 3, schrijven: 2, privacy: 2 });
    const adviseur = levels({ samenwerken: 4, schrijven: 2, data: 3, privacy: 1 });
    expect(growthGap(consulent, adviseur)).toEqual({
      learn: [
        { competency: 'samenwerken', from: 3, to: 4 },
        { competency: 'data', to: 3 },
      ],
      brings: [
        { competency: 'schrijven', level: 2, required: 2 },
        { competency: 'privacy', level: 2, required: 1 },
      ],
    });
  });

  it('keeps the order of the next role and leaves out what only the current role asks', () => {
    const gap = growthGap(levels({ a: 1, z: 5 }), levels({ c: 2, b: 1, a: 2 }));
    expect(gap.learn.map((s) => s.competency)).toEqual(['c', 'b', 'a']);
    expect(gap.brings).toEqual([]);
  });

  it('a competency named twice counts at its higher level', () => {
    expect(growthGap(levels({ a: 2 }).concat(levels({ a: 4 })), levels({ a: 3 }))).toEqual({
      learn: [],
      brings: [{ competency: 'a', level: 4, required: 3 }],
    });
    expect(growthGap([], [...levels({ a: 2 }), ...levels({ a: 3 })]).learn).toEqual([
      { competency: 'a', to: 3 },
    ]);
  });

  it('an empty next role asks nothing', () => {
    expect(growthGap(levels({ a: 2 }), [])).toEqual({ learn: [], brings: [] });
  });
});

describe('growthGaps', () => {
  const roles = new Map<string, RoleLevels>(
    [
      {
        id: 'junior',
        competencies: levels({ a: 1, b: 2 }),
        nextRoles: ['medior', 'concept', 'junior', 'medior'],
      },
      { id: 'medior', competencies: levels({ a: 2, b: 2 }), nextRoles: [] },
    ].map((r) => [r.id, r]),
  );

  it('one gap per known next role, once each, never to the role itself', () => {
    expect(growthGaps(roles.get('junior')!, (id) => roles.get(id))).toEqual([
      {
        next: 'medior',
        learn: [{ competency: 'a', from: 1, to: 2 }],
        brings: [{ competency: 'b', level: 2, required: 2 }],
      },
    ]);
  });

  it('a role without next roles has no gaps', () => {
    expect(growthGaps(roles.get('medior')!, (id) => roles.get(id))).toEqual([]);
  });
});

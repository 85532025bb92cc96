import { describe, expect, it } from 'vitest';
import { relatedEntries, type RelatedItem } from '../../src/lib/related.ts';

const item = (
  id: string,
  tags: string[],
  competencies: string[] = [],
  extra: Partial<RelatedItem> = {},
): RelatedItem => ({
  id,
  tags,
  competencies,
  ...extra,
});

describe('relatedEntries', () => {
  const all = [
    item('excel-basis', ['excel', 'data'], ['werken-met-data']),
    item('excel-verhaal', ['excel'], ['werken-met-data'], { date: new Date('2026-05-01') }),
    item('data-blog', ['data'], [], { date: new Date('2026-04-01') }),
    item('schrijven', ['schrijven'], ['helder-schrijven']),
    item('anna', ['excel', 'data'], ['werken-met-data'], { suggest: false }),
    item('leermogelijkheden', ['leerbudget']),
  ];

  it('puts manual related first, in the editor’s order, then scored ones', () => {
    const entry = item('welkom', ['excel'], [], { related: ['leermogelijkheden', 'schrijven'] });
    const ids = relatedEntries(entry, all).map((r) => r.id);
    expect(ids.slice(0, 2)).toEqual(['leermogelijkheden', 'schrijven']);
    expect(ids).toContain('excel-basis');
  });
  it('scores shared competencies and tags, never suggests the entry itself or people', () => {
    const ids = relatedEntries(all[0]!, all).map((r) => r.id);
    expect(ids[0]).toBe('excel-verhaal'); // shares a tag and a competency
    expect(ids).toContain('data-blog');
    expect(ids).not.toContain('excel-basis');
    expect(ids).not.toContain('anna');
    expect(ids).not.toContain('schrijven'); // nothing in common
  });
  it('lets people be chosen by hand', () => {
    const ids = relatedEntries(item('x', [], [], { related: ['anna'] }), all).map((r) => r.id);
    expect(ids).toEqual(['anna']);
  });
  it('skips manual ids that are not in the list (unpublished) and duplicates', () => {
    const ids = relatedEntries(
      item('x', ['schrijven'], [], { related: ['concept', 'schrijven', 'schrijven'] }),
      all,
    ).map((r) => r.id);
    expect(ids).toEqual(['schrijven']);
  });
  it('returns at most max entries', () => {
    expect(relatedEntries(item('x', ['excel', 'data', 'schrijven']), all, 2)).toHaveLength(2);
  });
  it('prefers newer entries on a tie', () => {
    const ids = relatedEntries(item('x', ['data']), all).map((r) => r.id);
    expect(ids.indexOf('data-blog')).toBeLessThan(ids.indexOf('excel-basis'));
  });

  it('handles 10,000 entries with common tags (index built once, every entry gets its five)', () => {
    const tags = Array.from({ length: 40 }, (_, i) => `tag-${i}`);
    const big = Array.from({ length: 10_000 }, (_, i) =>
      item(`e-${i}`, ['leren', tags[i % 40]!, tags[(i * 7) % 40]!], [`c-${i % 25}`], {
        date: new Date(Date.UTC(2020, 0, 1 + (i % 2000))),
      }),
    );
    let total = 0;
    for (const e of big) total += relatedEntries(e, big).length;
    expect(total).toBe(50_000);
  });
});

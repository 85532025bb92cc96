import { describe, expect, it } from 'vitest';
import { entryNotices, SCAN_STATEMENTS_ADVISED } from '../../src/lib/entry-notices.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const NOW = new Date('2026-11-28T12:00:00Z');
const scan = (statements: number, extra = {}) => ({
  file: 'content/instrumenten/zelfscan.md',
  collection: 'instrumenten',
  published: true,
  data: {
    kind: 'zelfscan',
    competencies: [
      { statements: Array.from({ length: Math.ceil(statements / 2) }, () => 'x') },
      { statements: Array.from({ length: Math.floor(statements / 2) }, () => 'x') },
    ],
    ...extra,
  },
});
const lines = (entry: Parameters<typeof entryNotices>[0], locale: 'nl' | 'en' = 'nl') =>
  entryNotices(entry, NOW).map((n) => formatProblem(n, locale));

describe('notices for valid entries', () => {
  it('says nothing about a self-scan within the advised length', () => {
    expect(lines(scan(SCAN_STATEMENTS_ADVISED))).toEqual([]);
  });

  it('tells the editor to split a self-scan that is too long to fill in, in the site language', () => {
    expect(lines(scan(SCAN_STATEMENTS_ADVISED + 11))).toEqual([
      'content/instrumenten/zelfscan.md: competencies: 36 uitspraken — een zelfscan van meer dan 25 uitspraken is lang om in te vullen en zwaar om te laden op een telefoon; verdeel hem over twee zelfscans of laat uitspraken weg',
    ]);
    expect(lines(scan(30), 'en')[0]).toMatch(/30 statements — .*split it into two self-scans/);
  });

  it('gives the draft notice first, then the length', () => {
    const draft = { ...scan(30, { draft: true }), published: false };
    expect(lines(draft).map((l) => l.split(': ').slice(1, 2)[0])).toEqual([
      'concept — wordt niet gepubliceerd zolang "draft',
      'competencies',
    ]);
  });
});

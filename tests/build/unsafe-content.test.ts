/**
 * One hostile learning story in an otherwise valid site: `npm run check` and `npm run build`
 * both refuse it with the same file:line message, and the build publishes nothing.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, runCheck } from '../helpers/build-site.ts';

const work = resolve(projectRoot, 'tests/.tmp/unsafe-content');
const content = join(work, 'content');
const out = join(work, 'dist');
const story = 'tests/.tmp/unsafe-content/content/leerverhalen/gehackt-verhaal.md';

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(resolve(projectRoot, 'tests/fixtures/valid/content'), content, { recursive: true });
  writeFileSync(
    resolve(projectRoot, story),
    [
      '---', // 1
      'title: Wat ik leerde over veilig werken', // 2
      'description: Een verhaal met een verstopte aanval.', // 3
      'author: { name: Iemand, role: Medewerker, department: ICT }', // 4
      'learned: Niets.', // 5
      'applied: Niets.', // 6
      'publishedAt: 2026-01-01', // 7
      '---', // 8
      'Een onschuldige eerste alinea.', // 9
      '', // 10
      'Klik <img src=x onerror="fetch(`/steel?c=${document.cookie}`)"> hier.', // 11
      '', // 12
      '[Meer lezen](javascript:alert(document.domain))', // 13
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a story with unsafe HTML', () => {
  it('fails npm run check with file, line and fix', async () => {
    const result = await runCheck(content);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`${story}:11: HTML-code <img> mag niet in de inhoud`);
    expect(result.output).toContain(
      `${story}:13: link ("javascript:alert(document.domain)") gebruikt een "javascript:"-adres`,
    );
  });

  it('fails the build with the same messages and writes no site', async () => {
    const result = await buildSite({ content, out, now: '2026-06-01T00:00:00Z' });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`${story}:11: HTML-code <img> mag niet in de inhoud`);
    expect(result.output).toContain(`${story}:13: link`);
    expect(result.output).toMatch(/er is niets gepubliceerd/);
    expect(existsSync(out)).toBe(false);
  });
});

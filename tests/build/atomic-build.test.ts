/**
 * `npm run build` replaces the published site only when everything succeeded. After a good
 * build, three kinds of failure — invalid content, a page that throws while rendering, and a
 * broken link found only in the finished output — each leave the previous site byte for byte
 * as it was, and leave no temporary folders behind. A good build afterwards does replace it.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site.ts';

const work = resolve(projectRoot, 'tests/.tmp/atomic-build');
const content = join(work, 'content');
const out = join(work, 'dist');
const NOW = '2026-06-01T00:00:00Z';
const build = () => buildSite({ content, out, now: NOW });

/** Every file of the output with the hash of its bytes, and the time the home page was written. */
function snapshot(dir: string) {
  const files: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return { files, homeWritten: statSync(join(dir, 'index.html')).mtimeMs };
}

const leftovers = () => readdirSync(work).filter((name) => name.startsWith('.dist.'));

const BLOG_FRONT_MATTER = [
  '---',
  'title: Nieuw bericht',
  'description: Een bericht dat iets kapotmaakt.',
  'authors: [anna-jansen]',
  'publishedAt: 2026-02-01',
  '---',
];

let good: ReturnType<typeof snapshot>;

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(resolve(projectRoot, 'tests/fixtures/valid/content'), content, { recursive: true });
  const first = await build();
  expect(first.code, first.output).toBe(0);
  good = snapshot(out);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a failed build leaves the previous site untouched', () => {
  it('the good build published a site', () => {
    expect(Object.keys(good.files)).toContain('index.html');
    expect(Object.keys(good.files).length).toBeGreaterThan(10);
  });

  it('invalid content', async () => {
    const file = join(content, 'opleidingen', 'excel-basis.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^method: .*$/m, 'method: klasikaal'));
    try {
      const result = await build();
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/excel-basis\.md.*method.*bedoel je "klassikaal"/);
      expect(result.output).toMatch(/the previous site in .* is unchanged/);
      expect(snapshot(out)).toEqual(good);
      expect(leftovers()).toEqual([]);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('a page that throws while rendering (code in a trusted MDX post)', async () => {
    const file = join(content, 'blog', 'kapot.mdx');
    writeFileSync(
      file,
      [
        ...BLOG_FRONT_MATTER,
        "export const boom = () => { throw new Error('kapot tijdens renderen'); };",
        '',
        'Tekst {boom()}',
        '',
      ].join('\n'),
    );
    try {
      const result = await build();
      expect(result.code).toBe(1);
      expect(result.output).toContain('kapot tijdens renderen');
      expect(snapshot(out)).toEqual(good);
      expect(leftovers()).toEqual([]);
    } finally {
      rmSync(file);
    }
  });

  it('a broken link that only the check of the finished output finds', async () => {
    const file = join(content, 'blog', 'zelfscan-tip.md');
    // Tools are not listed in content, so this link passes the source check and fails after rendering.
    writeFileSync(
      file,
      [...BLOG_FRONT_MATTER, 'Doe de [zelfscan](/instrumenten/bestaat-niet/).', ''].join('\n'),
    );
    try {
      const result = await build();
      expect(result.code).toBe(1);
      expect(result.output).toMatch(
        /\/blog\/zelfscan-tip\/: <a href="\/leren\/instrumenten\/bestaat-niet\/"> leidt naar niets in de gebouwde site/,
      );
      expect(snapshot(out)).toEqual(good);
      expect(leftovers()).toEqual([]);
    } finally {
      rmSync(file);
    }
  });

  it('and a good build afterwards replaces it', async () => {
    writeFileSync(
      join(content, 'blog', 'nieuw.md'),
      [...BLOG_FRONT_MATTER, 'Een gewoon nieuw bericht.', ''].join('\n'),
    );
    // A BASE_URL inherited from CI or a test runner must not override the site's base path.
    const result = await buildSite({ content, out, now: NOW, env: { BASE_URL: '/' } });
    expect(result.code, result.output).toBe(0);
    expect(readFileSync(join(out, 'blog', 'nieuw', 'index.html'), 'utf8')).toContain('href="/leren/blog/"');
    expect(leftovers()).toEqual([]);
  });
});

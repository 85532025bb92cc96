/**
 * A generated site of 600 entries (the benchmark's generator): list and tag pages are split
 * into pages of 30 with working page links, and no page grows with the size of the site —
 * every entry page stays under 30 KB and every list page under 40 KB (the finders' data is a
 * file of its own, not page weight).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCAN_COMPETENCIES, generateSite } from '../../scripts/bench/generate.ts';
import { buildSite, projectRoot } from '../helpers/build-site.ts';

const work = resolve(projectRoot, 'tests/.tmp/large-site');
const out = join(work, 'dist');
let files: { path: string; size: number; html: string }[] = [];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  const site = generateSite(join(work, 'content'), { entries: 600 });
  const result = await buildSite({ content: site.dir, out, base: '/leren/', now: site.anchor });
  if (result.code !== 0) throw new Error(`the generated site did not build:\n${result.output}`);
  files = htmlFiles(out).map((path) => {
    const html = readFileSync(path, 'utf8');
    return { path: relative(out, path).split('\\').join('/'), size: Buffer.byteLength(html), html };
  });
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const isList = (path: string) =>
  /^(blog|leerverhalen|opleidingen|experts|functies|agenda|tags\/[^/]+)\/(\d+\/)?index\.html$/.test(path);

describe('a site of 600 entries', () => {
  it('splits long lists into pages of at most 30 entries, linked both ways', () => {
    for (const list of ['blog', 'leerverhalen', 'opleidingen']) {
      const first = files.find((f) => f.path === `${list}/index.html`)!;
      expect(first.html, list).toContain(`href="/leren/${list}/2/"`);
      expect(existsSync(join(out, list, '2/index.html')), list).toBe(true);
      const second = readFileSync(join(out, list, '2/index.html'), 'utf8');
      expect(second).toContain(`href="/leren/${list}/" rel="prev"`);
      expect(second).toMatch(/aria-current="page"[^>]*>2</);
      expect(second.match(/<li class="card"/g)?.length).toBeLessThanOrEqual(30);
    }
  });

  it('has the finders on the first page of the course and expert lists only, with every record in their data', () => {
    const finders = files.filter((f) => f.html.includes('data-finder-config')).map((f) => f.path);
    expect(finders.sort()).toEqual(['experts/index.html', 'opleidingen/index.html']);
    for (const list of ['opleidingen', 'experts'])
      expect(readFileSync(join(out, list, '2/index.html'), 'utf8'), list).not.toContain(
        '<script type="module"',
      );
    const entryPages = (list: string) =>
      files.filter((f) => new RegExp(`^${list}/(?!\\d+/)[^/]+/index\\.html$`).test(f.path)).length;
    const data = (list: string) => JSON.parse(readFileSync(join(out, list, 'finder.json'), 'utf8'));
    expect(data('opleidingen').courses).toHaveLength(entryPages('opleidingen'));
    expect(data('experts').experts).toHaveLength(entryPages('experts'));
  });

  it('splits the agenda into pages of at most 40 runs, each with its calendar file', () => {
    const first = files.find((f) => f.path === 'agenda/index.html')!;
    expect(first.html).toContain('href="/leren/agenda/2/"');
    for (const page of files.filter((f) => /^agenda\/(\d+\/)?index\.html$/.test(f.path))) {
      const runs = page.html.match(/<a class="calendar" href="[^"]+\.ics"/g) ?? [];
      expect(runs.length, page.path).toBeGreaterThan(0);
      expect(runs.length, page.path).toBeLessThanOrEqual(40);
    }
  });

  it('keeps a full self-scan on a page of its own size: its suggestions are a file beside it', () => {
    const scans = files.filter((f) => /^instrumenten\/zelfscan-[^/]+\/index\.html$/.test(f.path));
    expect(scans.length).toBeGreaterThan(0);
    for (const scan of scans) {
      expect(scan.html.match(/<fieldset class="choice">/g), scan.path).toHaveLength(SCAN_COMPETENCIES * 3);
      expect(scan.html.match(/<section class="question-group"/g), scan.path).toHaveLength(SCAN_COMPETENCIES);
      expect(scan.size, scan.path).toBeLessThanOrEqual(30 * 1024);
      const advice = JSON.parse(
        readFileSync(join(out, scan.path.replace('index.html', 'advies.json')), 'utf8'),
      );
      expect(Object.keys(advice), scan.path).toHaveLength(SCAN_COMPETENCIES);
      const links = Object.values(advice).flatMap((kinds) => Object.values(kinds as object).flat());
      expect(links.length, scan.path).toBeGreaterThan(SCAN_COMPETENCIES);
      for (const { href } of links as { href: string }[])
        expect(scan.html, scan.path).not.toContain(`"${href}"`);
    }
  });

  it('keeps every entry page under 30 KB and every list page under 40 KB', () => {
    const tooBig = files.filter(
      (f) => f.size > (isList(f.path) || f.path === 'tags/index.html' ? 40 : 30) * 1024,
    );
    expect(tooBig.map((f) => `${f.path}: ${f.size} bytes`)).toEqual([]);
    expect(files.length).toBeGreaterThan(600);
  });
});

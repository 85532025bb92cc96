/**
 * The output check follows the links in the site's JSON data files (a self-scan's suggestions,
 * the finders' records) like links on a page: each `href`, at any depth, must lead to a file
 * of the built site under the base path.
 */
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/lib/data-links.ts';
import { outputLinkProblems } from '../../src/lib/output-links.ts';
import { readOutputPage } from '../../src/lib/output-pages.ts';
import { rendered } from '../helpers/messages.ts';

const BASE = '/leren/';
const FILE = 'instrumenten/zelfscan/advies.json';
const files = ['index.html', 'opleidingen/excel-basis/index.html', 'experts/anna-jansen/index.html', FILE];

/** Problems with a data file in a tiny built site. */
function check(data: unknown) {
  const home = readOutputPage('<!doctype html><title>x</title>', 'index.html', BASE);
  const page = readDataFile(JSON.stringify(data), FILE, BASE);
  return rendered(outputLinkProblems([home, page], { base: BASE, files })).map(
    (p) => `${p.file}: ${p.message}`,
  );
}

describe('links in data files', () => {
  it('reads every href at any depth, and nothing else', () => {
    const page = readDataFile(
      JSON.stringify({
        samenwerken: {
          courses: [{ title: '/leren/not-a-link/', href: '/leren/opleidingen/excel-basis/' }],
          experts: [{ title: 'Anna', href: '/leren/experts/anna-jansen/', lang: 'en' }],
        },
        dataUrl: '/leren/elders.json',
        nested: [[{ href: '/leren/' }]],
      }),
      FILE,
      BASE,
    );
    expect(page.url).toBe('/leren/instrumenten/zelfscan/advies.json');
    expect(page.links.map((l) => l.value)).toEqual([
      '/leren/opleidingen/excel-basis/',
      '/leren/experts/anna-jansen/',
      '/leren/',
    ]);
    expect(page.links.every((l) => l.tag === 'a' && !l.loads)).toBe(true);
  });

  it('pass when they lead to built pages', () => {
    expect(
      check({ samenwerken: { courses: [{ title: 'Excel', href: '/leren/opleidingen/excel-basis/' }] } }),
    ).toEqual([]);
  });

  it('fail naming the data file and the link when the target is not built, or outside the base path', () => {
    const problems = check({
      samenwerken: {
        courses: [{ title: 'Weg', href: '/leren/opleidingen/excel-gevorderd/' }],
        stories: [{ title: 'Buiten', href: '/andere-site/' }],
      },
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^\/leren\/instrumenten\/zelfscan\/advies\.json: .*<a href="\/leren\/opleidingen\/excel-gevorderd\/">/,
    );
    expect(problems[1]).toMatch(/<a href="\/andere-site\/">.*\/leren\//);
  });

  it('a file that is not JSON is a bug in the build, named by its address', () => {
    expect(() => readDataFile('{"a": ', FILE, BASE)).toThrow(
      '/leren/instrumenten/zelfscan/advies.json is not valid JSON',
    );
  });
});

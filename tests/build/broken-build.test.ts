/**
 * Every broken fixture (tests/helpers/broken-fixtures.ts) fails the real build with the
 * checker's own lines, and the failed build leaves the previous site untouched. The check's
 * command line is in broken-check.test.ts.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { brokenCases, casesFolder, checkerLines, counts, materialise } from '../helpers/broken-fixtures.ts';

const tmp = casesFolder();
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.each(brokenCases)('%s', (name) => {
  test('the build fails with the checker’s lines and leaves the previous site untouched', async () => {
    const { content, expected } = materialise(tmp, name);
    const lines = checkerLines(content);
    expect(lines).toHaveLength(expected.problems.length);
    // A "previous good build" the failed build must not touch.
    const out = join(tmp, name, 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), '<!doctype html><title>vorige versie</title>');

    const { code, output } = await buildSite({ content, out });
    expect(code, output).not.toBe(0);
    const buildLines = output.split('\n').map((line) => line.trim());
    for (const line of lines) expect(buildLines, output).toContain(line);
    expect(output).toContain(counts(content, expected.problems.length).build);

    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('vorige versie');
    const leftovers = readdirSync(dirname(out)).filter((f) => f.startsWith(`.${basename(out)}.`));
    expect(leftovers, 'temporary build folders left behind').toEqual([]);
  });
});

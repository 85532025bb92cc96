/**
 * Every broken fixture (tests/helpers/broken-fixtures.ts) fails `npm run check` with one line
 * per expected problem — file, line, field and the key words of the message in the site's
 * language — and nothing else. The build's side is in broken-build.test.ts.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCheck } from '../helpers/build-site.ts';
import {
  brokenCases,
  casesFolder,
  checkerLines,
  counts,
  expectedOf,
  lineFor,
  materialise,
  problemLines,
  validContent,
} from '../helpers/broken-fixtures.ts';

const tmp = casesFolder();
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('the valid fixture the cases build on passes the check', async () => {
  const { code, output } = await runCheck(validContent);
  expect(code, output).toBe(0);
});

test('there are at least 18 cases, each with a description and expected problems', () => {
  expect(brokenCases.length).toBeGreaterThanOrEqual(18);
  for (const name of brokenCases) {
    const expected = expectedOf(name);
    expect(expected.about, name).toMatch(/\w/);
    expect(expected.problems.length, name).toBeGreaterThan(0);
    for (const p of expected.problems)
      expect(p.file && p.message.length, `${name}: ${JSON.stringify(p)}`).toBeTruthy();
  }
});

describe.each(brokenCases)('%s', (name) => {
  test('npm run check exits 1 and prints each expected problem on one line, and nothing else', async () => {
    const { content, expected } = materialise(tmp, name);
    const { code, output } = await runCheck(content);
    expect(code, output).toBe(1);
    const lines = problemLines(output);
    for (const p of expected.problems)
      expect(lineFor(lines, p), `no line for ${JSON.stringify(p)} in:\n${output}`).toBeDefined();
    expect(lines, output).toHaveLength(expected.problems.length);
    expect(output).toContain(counts(content, expected.problems.length).check);
    // The build (broken-build.test.ts) compares its output with the checker's lines: the
    // command line prints exactly those.
    expect(lines).toEqual(checkerLines(content));
  });
});

test('problems in several files are all reported in one run', async () => {
  const { content, expected } = materialise(join(tmp, 'together'), 'many-problems');
  const { code, output } = await runCheck(content);
  expect(code).toBe(1);
  const lines = problemLines(output);
  const files = new Set(expected.problems.map((p) => p.file));
  expect(files.size).toBeGreaterThanOrEqual(4);
  for (const file of files)
    expect(lines.filter((l) => l.includes(`content/${file}: `)).length, file).toBeGreaterThan(0);
  expect(lines).toHaveLength(expected.problems.length);
});

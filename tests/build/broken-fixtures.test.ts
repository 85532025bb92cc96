/**
 * Every broken fixture fails `npm run check` and the real build with the same one-line
 * messages, and a failed build leaves the previous site untouched.
 *
 * A case is a folder `tests/fixtures/broken/<case>/` holding only the files that differ from
 * the valid fixture (laid over a copy of `tests/fixtures/valid/content`, mirroring content/),
 * and `expected.json`: the problems the output must contain — file, line, field and the key
 * words of the message, in the site's language (Dutch; `english-site` sets defaultLocale: en)
 * — and optionally files of the valid fixture to `remove`.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, projectRoot, runCheck } from '../helpers/build-site.ts';

interface ExpectedProblem {
  /** Path inside content/, e.g. `opleidingen/excel-basis.md`. */
  file: string;
  line?: number;
  field?: string;
  /** Substrings the problem's line must contain. */
  message: string[];
}

interface Expected {
  about: string;
  problems: ExpectedProblem[];
  /** Files of the valid fixture to delete, relative to content/. */
  remove?: string[];
}

const brokenDir = join(projectRoot, 'tests/fixtures/broken');
const validContent = join(projectRoot, 'tests/fixtures/valid/content');
const cases = readdirSync(brokenDir).sort();
const tmp = mkdtempSync(join(tmpdir(), 'leerhuis-broken-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Copies the valid fixture, removes and overlays the case's files; returns the content folder. */
function materialise(name: string): { content: string; expected: Expected } {
  const expected = JSON.parse(readFileSync(join(brokenDir, name, 'expected.json'), 'utf8')) as Expected;
  const content = join(tmp, name, 'content');
  cpSync(validContent, content, { recursive: true });
  for (const file of expected.remove ?? []) {
    expect(
      existsSync(join(content, file)),
      `${name}: "remove" names ${file}, which the valid fixture lacks`,
    ).toBe(true);
    rmSync(join(content, file), { recursive: true });
  }
  const overlay = join(brokenDir, name, 'content');
  if (existsSync(overlay)) cpSync(overlay, content, { recursive: true });
  return { content, expected };
}

/** The problem lines of `npm run check` output (everything before the summary, without the ℹ information lines). */
function problemLines(output: string): string[] {
  const [list = ''] = output.split(/\n\n✗ /);
  return list.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('ℹ '));
}

/** What `npm run check` and the build say about the number of problems, in the site's language. */
const counts = (content: string, n: number) =>
  existsSync(join(content, 'site.yaml')) &&
  readFileSync(join(content, 'site.yaml'), 'utf8').includes('defaultLocale: en')
    ? {
        check: `✗ ${n} problem${n === 1 ? '' : 's'} `,
        build: `${n} content problem${n === 1 ? '' : 's'} — nothing was published`,
      }
    : {
        check: `✗ ${n} proble${n === 1 ? 'em' : 'men'} `,
        build: `${n} proble${n === 1 ? 'em' : 'men'} in de inhoud — er is niets gepubliceerd`,
      };

/** The line reporting `p`: right file (and line), right field, every key word. */
function lineFor(lines: readonly string[], p: ExpectedProblem): string | undefined {
  const where = `content/${p.file}${p.line ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}`;
  return lines.find((line) => line.includes(where) && p.message.every((words) => line.includes(words)));
}

test('the valid fixture the cases build on passes the check', async () => {
  const { code, output } = await runCheck(validContent);
  expect(code, output).toBe(0);
});

test('there are at least 18 cases, each with a description and expected problems', () => {
  expect(cases.length).toBeGreaterThanOrEqual(18);
  for (const name of cases) {
    const expected = JSON.parse(readFileSync(join(brokenDir, name, 'expected.json'), 'utf8')) as Expected;
    expect(expected.about, name).toMatch(/\w/);
    expect(expected.problems.length, name).toBeGreaterThan(0);
    for (const p of expected.problems)
      expect(p.file && p.message.length, `${name}: ${JSON.stringify(p)}`).toBeTruthy();
  }
});

for (const name of cases) {
  describe(name, () => {
    const { content, expected } = materialise(name);
    let checkOutput = '';

    test('npm run check exits 1 and prints each expected problem on one line, and nothing else', async () => {
      const { code, output } = await runCheck(content);
      checkOutput = output;
      expect(code, output).toBe(1);
      const lines = problemLines(output);
      for (const p of expected.problems)
        expect(lineFor(lines, p), `no line for ${JSON.stringify(p)} in:\n${output}`).toBeDefined();
      expect(lines, output).toHaveLength(expected.problems.length);
      expect(output).toContain(counts(content, expected.problems.length).check);
    });

    test('the build fails with the same lines and leaves the previous site untouched', async () => {
      expect(checkOutput, 'the check test above must run first').not.toBe('');
      // A "previous good build" the failed build must not touch.
      const out = join(tmp, name, 'dist');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.html'), '<!doctype html><title>vorige versie</title>');

      const { code, output } = await buildSite({ content, out });
      expect(code, output).not.toBe(0);
      const buildLines = output.split('\n').map((line) => line.trim());
      for (const line of problemLines(checkOutput)) expect(buildLines, output).toContain(line);
      expect(output).toContain(counts(content, expected.problems.length).build);

      expect(readdirSync(out)).toEqual(['index.html']);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('vorige versie');
      const leftovers = readdirSync(dirname(out)).filter((f) => f.startsWith(`.${basename(out)}.`));
      expect(leftovers, 'temporary build folders left behind').toEqual([]);
    });
  });
}

test('problems in several files are all reported in one run', async () => {
  const { content, expected } = materialise('many-problems');
  const { code, output } = await runCheck(content);
  expect(code).toBe(1);
  const lines = problemLines(output);
  const files = new Set(expected.problems.map((p) => p.file));
  expect(files.size).toBeGreaterThanOrEqual(4);
  for (const file of files)
    expect(lines.filter((l) => l.includes(`content/${file}: `)).length, file).toBeGreaterThan(0);
  expect(lines).toHaveLength(expected.problems.length);
});

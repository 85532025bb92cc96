/**
 * The broken fixtures: a case is a folder `tests/fixtures/broken/<case>/` holding only the
 * files that differ from the valid fixture (laid over a copy of `tests/fixtures/valid/content`,
 * mirroring content/), and `expected.json`: the problems the output must contain — file, line,
 * field and the key words of the message, in the site's language (Dutch; `english-site` sets
 * defaultLocale: en) — and optionally files of the valid fixture to `remove`.
 * Used by broken-check.test.ts (the check's command line) and broken-build.test.ts (the build).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { siteLocale } from '../../src/lib/site-settings.ts';
import { projectRoot } from './build-site.ts';

export interface ExpectedProblem {
  /** Path inside content/, e.g. `opleidingen/excel-basis.md`. */
  file: string;
  line?: number;
  field?: string;
  /** Substrings the problem's line must contain. */
  message: string[];
}

export interface Expected {
  about: string;
  problems: ExpectedProblem[];
  /** Files of the valid fixture to delete, relative to content/. */
  remove?: string[];
}

const brokenDir = join(projectRoot, 'tests/fixtures/broken');
export const validContent = join(projectRoot, 'tests/fixtures/valid/content');
export const brokenCases = readdirSync(brokenDir).sort();

/** A temporary folder for the cases of one test file; remove it with `rmSync` afterwards. */
export const casesFolder = () => mkdtempSync(join(tmpdir(), 'leerhuis-broken-'));

/** The case's description and expected problems. */
export const expectedOf = (name: string): Expected =>
  JSON.parse(readFileSync(join(brokenDir, name, 'expected.json'), 'utf8')) as Expected;

/** Copies the valid fixture into `tmp`, removes and overlays the case's files; returns the content folder. */
export function materialise(tmp: string, name: string): { content: string; expected: Expected } {
  const expected = expectedOf(name);
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
export function problemLines(output: string): string[] {
  const [list = ''] = output.split(/\n\n✗ /);
  return list.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('ℹ '));
}

/** The problem lines the checker gives for a content folder, formatted as the command line prints them. */
export function checkerLines(content: string): string[] {
  const locale = siteLocale(content);
  return checkContent(content, { now: new Date() }).problems.map((p) => formatProblem(p, locale));
}

/** What `npm run check` and the build say about the number of problems, in the site's language. */
export const counts = (content: string, n: number) =>
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
export function lineFor(lines: readonly string[], p: ExpectedProblem): string | undefined {
  const where = `content/${p.file}${p.line ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}`;
  return lines.find((line) => line.includes(where) && p.message.every((words) => line.includes(words)));
}

/**
 * Content problems: one line each, naming file, field, value and fix. A problem carries its
 * message as data (a key of `src/i18n/*.json` and parameters, see `src/i18n/message.ts`) and is
 * rendered in the site's language where it is shown: `formatProblem(problem, locale)`.
 */
import { counted, msg, renderMessage, type Message, type Param } from '../i18n/index.ts';
import type { Locale } from '../schemas/fields.ts';

export interface Problem {
  /** Path relative to the project, e.g. `content/blog/x.md`. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** Field path, e.g. `runs[0].start`; absent for whole-file problems. */
  field?: string;
  /** What is wrong and how to fix it. */
  message: Message;
}

/** Something an editor should know that is not a problem (a draft, an entry planned for later). */
export type Notice = Problem;

/** `content/x.md:4: field: message`, always on one line, in `locale`. */
export function formatProblem(p: Problem, locale: Locale): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const message = renderMessage(locale, p.message).replace(/\s*[\r\n]+\s*/g, ' ');
  return p.field ? `${where}: ${p.field}: ${message}` : `${where}: ${message}`;
}

/** Problems in a stable order: by file, then line; within a line as found. */
export function sortProblems<T extends Problem>(problems: T[]): T[] {
  return problems.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0),
  );
}

/** The error a build throws: every problem, one per line, with a count, in the site's language. */
export class ContentError extends Error {
  readonly problems: Problem[];
  /** Shown by Astro under "Hint:". */
  readonly hint: string;
  constructor(problems: Problem[], locale: Locale) {
    super(
      renderMessage(locale, counted('check.build.failed', problems.length)) +
        ':\n' +
        problems.map((p) => `  ${formatProblem(p, locale)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    this.hint = renderMessage(locale, msg('check.build.hint'));
    // The list is the whole story: a stack trace into the checker would only bury it.
    this.stack = '';
  }

  /** Short form: Astro scans `toString()` for words like "document" to add unrelated hints. */
  override toString(): string {
    return `${this.name}: ${this.problems.length}`;
  }
}

/** Show a value in a message: strings quoted, short, objects as JSON, dates as 2026-03-15. */
export function showValue(value: unknown): Param {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? msg('check.value.invalidDate') : value.toISOString().slice(0, 10);
  if (value === undefined) return msg('check.value.nothing');
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

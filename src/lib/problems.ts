/** Content problems: one line each, naming file, field, value and fix. */

export interface Problem {
  /** Path relative to the project, e.g. `content/blog/x.md`. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** Field path, e.g. `runs[0].start`; absent for whole-file problems. */
  field?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** `content/x.md:4: field: message`, always on one line. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const message = p.message.replace(/\s*[\r\n]+\s*/g, ' ');
  return p.field ? `${where}: ${p.field}: ${message}` : `${where}: ${message}`;
}

/** Problems in a stable order: by file, then line; within a line as found. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0),
  );
}

/** The error a build throws: every problem, one per line, with a count. */
export class ContentError extends Error {
  readonly problems: Problem[];
  /** Shown by Astro under "Hint:". */
  readonly hint = 'Run `npm run check` to see the same list without building.';
  constructor(problems: Problem[]) {
    const n = problems.length;
    super(
      `${n} content problem${n === 1 ? '' : 's'} — nothing was published:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The list is the whole story: a stack trace into the checker would only bury it.
    this.stack = '';
  }

  /** Short form: Astro scans `toString()` for words like "document" to add unrelated hints. */
  override toString(): string {
    return `${this.name}: ${this.problems.length} content problems`;
  }
}

/** Show a value in a message: strings quoted, short, objects as JSON. */
export function showValue(value: unknown): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

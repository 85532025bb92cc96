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

/** `content/x.md:4: field: message` */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

/** The error a build throws: every problem, one per line, with a count. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const n = problems.length;
    super(
      `${n} content problem${n === 1 ? '' : 's'} — nothing was published:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Show a value in a message: strings quoted, short, objects as JSON. */
export function showValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Validates data against a zod schema and turns every issue into a one-line problem that
 * names the field, the value and the fix. Schemas give their own messages ("must be …");
 * `plainMessage` covers what they leave to zod's defaults ("Too small: expected …").
 */
import { basename } from 'node:path';
import type { z } from 'zod';
import { ID_PATTERN } from '../schemas/fields.ts';
import { type Problem, showValue } from './problems.ts';
import { didYouMean, toId } from './suggest.ts';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** `runs[0].start` from `['runs', 0, 'start']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list, like [a, b]',
  object: 'a group of fields (name: value) indented below it',
  date: 'a date like 2026-03-15',
};

const FORMAT_WORDS: Record<string, string> = {
  email: 'e-mail address',
  url: 'web address (https://…)',
  regex: 'value of the expected form',
};

/** Messages for issues the schemas leave to zod, phrased as "must …" like the schemas' own. */
export function plainMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'array')
        return n <= 1 ? 'must list at least one item' : `must list at least ${n} items`;
      if (issue.origin === 'string')
        return n <= 1 ? 'must not be empty' : `must be at least ${n} characters long`;
      return issue.inclusive === false ? `must be more than ${n}` : `must be ${n} or more`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'array') return `must list at most ${n} item${n === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return `is longer than ${n} characters — shorten it`;
      return issue.inclusive === false ? `must be less than ${n}` : `must be ${n} or less`;
    }
    case 'invalid_format':
      return `is not a valid ${FORMAT_WORDS[issue.format] ?? issue.format}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => showValue(v)).join(' or ')}`;
    case 'invalid_union':
      return 'does not have one of the allowed forms';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      return undefined;
  }
}

/** The schema node at `path`, looking through optional/default/pipe wrappers. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): unknown {
  type Def = {
    type?: string;
    shape?: Record<string, unknown>;
    element?: unknown;
    valueType?: unknown;
    innerType?: unknown;
    in?: unknown;
  };
  const unwrap = (node: unknown): Def | undefined => {
    let def = (node as { def?: Def })?.def;
    while (def?.innerType || (def?.type === 'pipe' && def.in))
      def = ((def.innerType ?? def.in) as { def?: Def }).def;
    return def;
  };
  let def = unwrap(schema);
  for (const key of path) {
    if (def?.type === 'object' && typeof key === 'string') def = unwrap(def.shape?.[key]);
    else if (def?.type === 'array' && typeof key === 'number') def = unwrap(def.element);
    else if (def?.type === 'record') def = unwrap(def.valueType);
    else return undefined;
  }
  return def;
}

/** Field names an object schema accepts at `path`, for "did you mean" on unknown fields. */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const shape = (schema && (schemaAt(schema, path) as { shape?: Record<string, unknown> } | undefined))
    ?.shape;
  return shape ? Object.keys(shape) : [];
}

const isPrimitive = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v) || v instanceof Date;

/** One problem per zod issue (one per key for unknown keys). */
export function zodProblems(file: string, schema: z.ZodType, issues: readonly Issue[]): Problem[] {
  const problems: Problem[] = [];
  const where = /\.mdx?$/.test(file) ? 'to the front matter' : `to ${basename(file)}`;
  for (const issue of issues) {
    const field = fieldPath(issue.path);
    const input = (issue as { input?: unknown }).input;
    const push = (message: string, at = field) => problems.push({ file, field: at || undefined, message });
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const hint =
          didYouMean(key, known) ||
          (known.length && known.length <= 8
            ? ` — remove it or use one of ${known.join(', ')}`
            : ' — remove it or correct its name');
        push(`is not a known field${hint}`, field ? `${field}.${key}` : key);
      }
    } else if (issue.code === 'invalid_key') {
      const reason = issue.issues[0]?.message ?? 'is not allowed here';
      push(`${showValue(issue.path.at(-1))} ${reason}${didYouMeanId(String(issue.path.at(-1)))}`);
    } else if (input === undefined && issue.code !== 'custom') {
      const key = String(issue.path.at(-1) ?? '');
      const parent = fieldPath(issue.path.slice(0, -1));
      push(`is missing — add "${key}:" ${parent ? `under ${parent}` : where}; it ${issue.message}`);
    } else if (input === null) {
      push(
        `is empty — write a value after "${String(issue.path.at(-1))}:" or remove the line; it ${issue.message}`,
      );
    } else if (issue.code === 'invalid_value' && issue.values.every((v) => typeof v === 'string')) {
      const allowed = issue.values as string[];
      push(
        `${showValue(input)} is not one of ${allowed.join(', ')}${typeof input === 'string' ? didYouMean(input, allowed) : ''}`,
      );
    } else if (issue.code === 'custom') {
      // Custom messages that depend on the value already quote it ("2026-02-30" is not a date …).
      push(
        isPrimitive(input) && !issue.message.startsWith('"')
          ? `${showValue(input)} ${issue.message}`
          : issue.message,
      );
    } else {
      let hint = '';
      if (issue.code === 'invalid_type' && issue.expected === 'string' && isPrimitive(input))
        hint = ` — put it in quotes: "${showValue(input).replace(/^"|"$/g, '')}"`;
      if (
        issue.code === 'invalid_format' &&
        issue.pattern === String(ID_PATTERN) &&
        typeof input === 'string'
      )
        hint = didYouMeanId(input);
      push(`${showValue(input)} ${issue.message}${hint}`);
    }
  }
  return problems;
}

function didYouMeanId(value: string): string {
  const id = toId(value);
  return id && id !== value ? ` — did you mean "${id}"?` : '';
}

export type Validated<T> = { success: true; data: T } | { success: false; problems: Problem[] };

/** Validates `input` with `schema`, reporting every issue as a problem of `file`. */
export function validate<S extends z.ZodType>(
  file: string,
  schema: S,
  input: unknown,
): Validated<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true, error: plainMessage });
  return result.success
    ? { success: true, data: result.data }
    : { success: false, problems: zodProblems(file, schema, result.error.issues) };
}

/**
 * Validates data against a zod schema and turns every issue into a one-line problem that
 * names the field, the value and the fix, as a message of `src/i18n/*.json` (rendered in the
 * site's language by whoever shows it). Schemas give their own messages (`says(…)` in
 * `src/schemas/fields.ts`); `plainMessage` covers what they leave to zod's defaults.
 */
import type { z } from 'zod';
import { allOf, msg, type Message, type Param } from '../i18n/index.ts';
import { fromZodText, zodText } from '../i18n/zod-messages.ts';
import { ID_PATTERN } from '../schemas/fields.ts';
import { type Problem, showValue } from './problems.ts';
import { didYouMean, meant, nearest } from './suggest.ts';
import { toId } from './slug.ts';
import { dateHint, languageHint, numberHint } from './value-hints.ts';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** `runs[0].start` from `['runs', 0, 'start']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

const TYPE_KEYS = {
  string: 'check.type.text',
  number: 'check.type.number',
  int: 'check.type.int',
  boolean: 'check.boolean',
  array: 'check.type.list',
  object: 'check.type.fields',
  date: 'check.type.date',
} as const;

const FORMAT_KEYS = { email: 'check.email', url: 'check.format.url' } as const;

/** Messages for issues the schemas leave to zod, phrased as "moet …" like the schemas' own. */
export function plainMessage(issue: RawIssue): Message {
  switch (issue.code) {
    case 'invalid_type':
      return msg(TYPE_KEYS[issue.expected as keyof typeof TYPE_KEYS] ?? 'check.invalid');
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return msg(min <= 1 ? 'check.list.empty' : 'check.list.min', { min });
      if (issue.origin === 'string') return msg(min <= 1 ? 'check.text.empty' : 'check.text.min', { min });
      return msg(issue.inclusive === false ? 'check.number.moreThan' : 'check.number.atLeast', {
        min,
        unit: '',
      });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return msg('check.list.max', { max });
      if (issue.origin === 'string') return msg('check.text.max', { max });
      return msg(issue.inclusive === false ? 'check.number.lessThan' : 'check.number.atMost', { max });
    }
    case 'invalid_format':
      return msg(FORMAT_KEYS[issue.format as keyof typeof FORMAT_KEYS] ?? 'check.format.other');
    case 'invalid_value':
      return msg('check.enum', { allowed: issue.values.map((v) => showValue(v)) });
    case 'invalid_union':
      return msg('check.union');
    case 'not_multiple_of':
      return msg('check.number.multipleOf', { divisor: Number(issue.divisor) });
    default:
      return msg('check.invalid');
  }
}

type Def = {
  type?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  valueType?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
  entries?: Record<string, string>;
};
const defOf = (node: unknown) => (node as { def?: Def })?.def;
/** Looks through optional/default/pipe wrappers. */
const unwrap = (node: unknown): Def | undefined => {
  let def = defOf(node);
  while (def?.innerType || (def?.type === 'pipe' && def.in)) def = defOf(def.innerType ?? def.in);
  return def;
};

/** The schema node at `path`, looking through optional/default/pipe wrappers. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): Def | undefined {
  let def = unwrap(schema);
  for (const key of path) {
    if (def?.type === 'object' && typeof key === 'string') def = unwrap(def.shape?.[key]);
    else if (def?.type === 'array' && typeof key === 'number') def = unwrap(def.element);
    else if (def?.type === 'record') def = unwrap(def.valueType);
    else return undefined;
  }
  return def;
}

/** The schema node of the field at `path` itself (a union, before any of its options). */
function fieldAt(schema: z.ZodType, path: readonly PropertyKey[]): Def | undefined {
  const parent = schemaAt(schema, path.slice(0, -1));
  const key = path.at(-1);
  return parent?.type === 'object' && typeof key === 'string' ? unwrap(parent.shape?.[key]) : undefined;
}

/** Field names an object schema accepts at `path`, for "did you mean" on unknown fields. */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const shape = schema && schemaAt(schema, path)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** A value to show in an example of a field: the first allowed value, a number, or "…". */
function exampleValue(node: unknown): string {
  const def = unwrap(node);
  if (def?.type === 'enum' && def.entries) return Object.values(def.entries)[0] ?? '…';
  if (def?.type === 'number') return '0';
  if (def?.type === 'boolean') return 'true';
  if (def?.type === 'array') return '[]';
  if (def?.type === 'union' || def?.type === 'date') return '2026-03-15';
  return '…';
}

/** The required fields of the object at `path` and a one-line example: `{ amount: 0, paidBy: werkgever }`. */
function objectExample(
  schema: z.ZodType,
  path: readonly PropertyKey[],
): { fields: string[]; example: string } | undefined {
  const shape = schemaAt(schema, path)?.shape;
  if (!shape) return undefined;
  const required = Object.entries(shape).filter(([, node]) => {
    const type = defOf(node)?.type;
    return type !== 'optional' && type !== 'default';
  });
  if (!required.length) return undefined;
  const example = required.map(([key, node]) => `${key}: ${exampleValue(node)}`).join(', ');
  return { fields: required.map(([key]) => key), example: `{ ${example} }` };
}

const isPrimitive = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v) || v instanceof Date;

/** What the checker knows besides the file: every id in the content, for suggestions from names. */
export interface ValidateContext {
  ids?: ReadonlySet<string>;
}

/** A hint for a name where an id is wanted: the id it would have, if that exists (or nothing is known). */
function idHint(value: string, context: ValidateContext): Message | '' {
  const id = toId(value);
  if (!id || id === value) return '';
  if (!context.ids || context.ids.has(id)) return meant(id);
  const near = nearest(id, context.ids);
  return near ? meant(near) : msg('check.hint.idLike', { id });
}

/** Whether a field takes a person named inline (`{ name, role, department }`) besides an id. */
const acceptsPerson = (node: Def | undefined) =>
  node?.type === 'union' && (node.options ?? []).some((o) => 'name' in (unwrap(o)?.shape ?? {}));

/** A hint for the value of a field, from what the value looks like. */
function valueHint(
  issue: Issue,
  detail: Message,
  input: unknown,
  node: Def | undefined,
  context: ValidateContext,
): Param {
  if (typeof input !== 'string') return '';
  if (detail.key === 'check.author.form' || acceptsPerson(node)) {
    const hint = idHint(input, context);
    return hint && hint.key === 'check.hint.didYouMean'
      ? hint
      : msg('check.author.inline', { name: input.trim() });
  }
  if (detail.key === 'check.date.notADate' || (issue.code === 'invalid_type' && node?.type === 'date')) {
    const iso = dateHint(input);
    return iso ? meant(iso) : '';
  }
  if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int')) {
    const hint = numberHint(input);
    if (hint)
      return msg(hint.reason === 'comma' ? 'check.hint.decimalComma' : 'check.hint.numberOnly', {
        number: hint.number,
      });
    return '';
  }
  if (detail.key === 'check.languageCode') {
    const code = languageHint(input);
    return code ? meant(code) : '';
  }
  if (
    issue.code === 'invalid_format' &&
    issue.format === 'regex' &&
    (issue as { pattern?: string }).pattern === String(ID_PATTERN)
  )
    return idHint(input, context);
  if (issue.code === 'invalid_type' && issue.expected === 'string') return '';
  return '';
}

/** One problem per zod issue (one per key for unknown keys). */
export function zodProblems(
  file: string,
  schema: z.ZodType,
  issues: readonly Issue[],
  context: ValidateContext = {},
): Problem[] {
  const problems: Problem[] = [];
  const where = /\.mdx?$/.test(file)
    ? msg('check.where.frontMatter')
    : msg('check.where.file', { file: file.replace(/^.*\//, '') });
  for (const issue of issues) {
    const field = fieldPath(issue.path);
    const input = (issue as { input?: unknown }).input;
    const push = (message: Message, at = field) => problems.push({ file, field: at || undefined, message });
    let detail = fromZodText(issue.message) ?? msg('check.invalid');
    const key = String(issue.path.at(-1) ?? '');
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const name of issue.keys) {
        const hint =
          didYouMean(name, known) ||
          (known.length && known.length <= 8
            ? msg('check.hint.removeOrUse', { known })
            : msg('check.hint.removeOrRename'));
        push(msg('check.field.unknown', { hint }), field ? `${field}.${name}` : name);
      }
    } else if (issue.code === 'invalid_key') {
      const reason = fromZodText(issue.issues[0]?.message ?? '') ?? msg('check.invalid');
      push(
        msg('check.value.is', {
          value: showValue(issue.path.at(-1)),
          detail: reason,
          hint: idHint(key, context),
        }),
      );
    } else if (input === undefined && issue.code !== 'custom') {
      const parent = fieldPath(issue.path.slice(0, -1));
      push(
        msg('check.field.missing', {
          key,
          where: parent ? msg('check.where.under', { parent }) : where,
          detail,
        }),
      );
    } else if (input === null) {
      push(msg('check.field.empty', { key, detail }));
    } else if (issue.code === 'invalid_value' && issue.values.every((v) => typeof v === 'string')) {
      const allowed = issue.values as string[];
      let hint: Param = '';
      if (typeof input === 'string') {
        const code = languageHint(input, allowed);
        hint = didYouMean(input, allowed) || (code ? meant(code) : '');
      }
      push(msg('check.enum.not', { value: showValue(input), allowed, hint }));
    } else if (issue.code === 'invalid_type' && issue.expected === 'object' && !Array.isArray(input)) {
      const shape = objectExample(schema, issue.path);
      push(
        shape
          ? msg('check.fields.needs', {
              value: showValue(input),
              field: key,
              fields: allOf(shape.fields),
              example: `${key}: ${shape.example}`,
            })
          : msg('check.value.is', { value: showValue(input), detail, hint: '' }),
      );
    } else {
      const node = fieldAt(schema, issue.path) ?? schemaAt(schema, issue.path);
      // A field that takes an id or a person named inline says so, whichever form was meant.
      if (acceptsPerson(node) && typeof input === 'string') detail = msg('check.author.form');
      let hint = valueHint(issue, detail, input, node, context);
      if (!hint && issue.code === 'invalid_type' && issue.expected === 'string' && isPrimitive(input))
        hint = msg('check.hint.quote', { text: String(showValue(input)).replace(/^"|"$/g, '') });
      // A rule about the whole group (an end before its start) names no value.
      const aboutGroup = issue.code === 'custom' && !isPrimitive(input);
      push(aboutGroup ? detail : msg('check.value.is', { value: showValue(input), detail, hint }));
    }
  }
  return problems;
}

export type Validated<T> = { success: true; data: T } | { success: false; problems: Problem[] };

/** zod's own texts, for what the schemas leave to its defaults, carry messages too. */
const plainError = (issue: RawIssue) => zodText(plainMessage(issue));

/** Validates `input` with `schema`, reporting every issue as a problem of `file`. */
export function validate<S extends z.ZodType>(
  file: string,
  schema: S,
  input: unknown,
  context: ValidateContext = {},
): Validated<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true, error: plainError });
  return result.success
    ? { success: true, data: result.data }
    : { success: false, problems: zodProblems(file, schema, result.error.issues, context) };
}

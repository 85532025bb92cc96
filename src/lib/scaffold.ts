/**
 * The text of a new entry (`npm run new`), generated from the collection's schema: every
 * required field filled in (the title, today's date, chosen values) or marked with the
 * placeholder the checker reports by name (`VUL-IN`), the optional fields commented out with
 * what they hold, and a body outline that fits the collection. Pure: the CLI does the asking
 * and the writing.
 */
import { stringify } from 'yaml';
import { dictionaries, t, type UiKey } from '../i18n/index.ts';
import type { CollectionName, RefTarget } from '../schemas/index.ts';
import type { Locale } from '../schemas/fields.ts';
import { fieldDescription, fieldHint, valueHint } from './field-help.ts';
import { requiredWithChoice } from './schema-examples.ts';
import { collectionFields, idFieldOf, type FieldInfo } from './schema-fields.ts';

export interface ScaffoldOptions {
  collection: CollectionName;
  /** The title (for people: the full name), as typed. */
  title: string;
  /** Today as `2026-11-29`: for required dates and `reviewedAt`. */
  today: string;
  /** The site's language: comments, placeholder and outline. */
  locale: Locale;
  /** Values chosen in the interactive run, by top-level field name; `undefined` = fill in later. */
  values?: Readonly<Record<string, unknown>>;
  /** Existing ids per reference target, named as examples beside the fields that take them. */
  examples?: Readonly<Partial<Record<RefTarget, readonly string[]>>>;
}

export interface Scaffold {
  /** The whole file: front matter and body. */
  text: string;
  /** How many placeholders the editor still has to fill in. */
  placeholders: number;
}

/** The field a new entry's title goes into: `title`, or `name` for people. */
export function titleField(collection: CollectionName): FieldInfo | undefined {
  const fields = collectionFields(collection);
  return fields.find((f) => f.name === 'title') ?? fields.find((f) => f.name === 'name');
}

/** The field that records the last review (freshness): a new entry is reviewed today. */
const REVIEWED_AT = 'reviewedAt';
/** How many examples of existing ids a comment names. */
const MAX_EXAMPLES = 4;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** A YAML scalar, quoted only where needed; text that looks like a date stays text. */
function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `[${value.map(scalar).join(', ')}]`;
  const text = stringify(value, { lineWidth: 0 }).trimEnd();
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && text === value
    ? JSON.stringify(value)
    : text;
}

/** A value as YAML lines under `key`, at `indent`: scalars and lists of scalars on one line. */
function valueLines(key: string, value: unknown, indent: string): string[] {
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v instanceof Date))
    return [`${indent}${key}: [${value.map(scalar).join(', ')}]`];
  if (Array.isArray(value))
    return [
      `${indent}${key}:`,
      ...value.flatMap((item) =>
        objectLines(item as Record<string, unknown>, `${indent}    `).map((line, i) =>
          i === 0 ? `${indent}  - ${line.trimStart()}` : line,
        ),
      ),
    ];
  if (value && typeof value === 'object' && !(value instanceof Date))
    return [`${indent}${key}:`, ...objectLines(value as Record<string, unknown>, `${indent}  `)];
  return [`${indent}${key}: ${scalar(value)}`];
}

function objectLines(value: Record<string, unknown>, indent: string): string[] {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .flatMap(([k, v]) => valueLines(k, v, indent));
}

class Writer {
  readonly lines: string[] = [];
  placeholders = 0;
  readonly options: ScaffoldOptions;
  constructor(options: ScaffoldOptions) {
    this.options = options;
  }

  get marker(): string {
    return t(this.options.locale, 'new.placeholder');
  }

  /** `  # de leervorm — kies uit …, bijvoorbeeld …` */
  comment(field: FieldInfo, withValues = true, withExamples = withValues): string {
    const { collection, locale, examples } = this.options;
    const text = withValues
      ? fieldHint(collection, field, locale)
      : fieldDescription(collection, field, locale);
    const id = idFieldOf(field);
    const targets = id?.to === 'any' ? [] : (id?.to ?? []);
    const ids = withExamples
      ? targets.flatMap((target) => examples?.[target] ?? []).slice(0, MAX_EXAMPLES)
      : [];
    return `  # ${text}${ids.length ? `; ${t(locale, 'new.examples', { ids: ids.join(', ') })}` : ''}`;
  }

  /** A field that must be filled in: its value, or the placeholder (for groups, each field inside). */
  required(field: FieldInfo, indent: string, value?: unknown): void {
    if (field.kind === 'group' && (value === undefined || isRecord(value))) {
      this.lines.push(`${indent}${field.name}:${this.comment(field)}`);
      this.fields(field.fields ?? [], `${indent}  `, value);
    } else if (value !== undefined) {
      const [first, ...rest] = valueLines(field.name, value, indent);
      this.lines.push(first! + this.comment(field, false, false), ...rest);
    } else if (field.kind === 'date') {
      this.lines.push(`${indent}${field.name}: ${this.options.today}${this.comment(field, false)}`);
    } else if (field.kind === 'list' && field.item?.kind === 'group') {
      this.lines.push(`${indent}${field.name}:${this.comment(field)}`);
      // As many items as the list needs at least (a scale has two answers or more).
      for (let i = 0; i < Math.max(1, field.min ?? 1); i++) {
        const start = this.lines.length;
        this.fields(field.item.fields ?? [], `${indent}    `);
        this.lines[start] = this.lines[start]!.replace(`${indent}    `, `${indent}  - `);
      }
    } else if (field.kind === 'list') {
      this.placeholders++;
      this.lines.push(`${indent}${field.name}: [${this.marker}]${this.comment(field)}`);
    } else {
      this.placeholders++;
      this.lines.push(`${indent}${field.name}: ${this.marker}${this.comment(field)}`);
    }
  }

  /** A field that may be left out: commented, with its default or an example to start from. */
  optional(field: FieldInfo, indent: string): void {
    const shown =
      field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0)
        ? ` ${scalar(field.default)}`
        : field.kind === 'list' && field.item?.kind !== 'group'
          ? ' []'
          : '';
    this.lines.push(`${indent}# ${field.name}:${shown}${this.comment(field)}`);
  }

  /** Fields inside a group: given and required ones written, the other optional ones commented. */
  fields(fields: readonly FieldInfo[], indent: string, values?: Record<string, unknown>): void {
    const given = (f: FieldInfo) => values?.[f.name] !== undefined;
    for (const f of fields) if (f.required || given(f)) this.required(f, indent, values?.[f.name]);
    for (const f of fields) if (!f.required && !given(f)) this.optional(f, indent);
  }
}

/** The body: the collection's outline (`## heading` lines, each followed by a placeholder hint). */
function outline(
  collection: CollectionName,
  locale: Locale,
  marker: string,
): { text: string; count: number } {
  const key =
    `new.outline.${collection}` in dictionaries.nl ? `new.outline.${collection}` : 'new.outline.default';
  const lines = t(locale, key as UiKey).split('\n');
  const blocks = lines.map((line) => (line.startsWith('#') ? line : `${marker}: ${line}`));
  return { text: blocks.join('\n\n'), count: blocks.filter((b) => b.startsWith(marker)).length };
}

/** The text of a new entry of `collection`. */
export function scaffold(options: ScaffoldOptions): Scaffold {
  const { collection, locale, today, values = {} } = options;
  const w = new Writer(options);
  const fields = collectionFields(collection);
  const title = titleField(collection);
  const type = t(locale, `type.${collection}` as UiKey);

  w.lines.push(
    '---',
    `# ${t(locale, 'new.header', { type, date: today })}`,
    `# ${t(locale, 'new.headerFill', { marker: w.marker })}`,
    `# ${t(locale, 'new.headerOptional')}`,
  );
  if (title) w.lines.push(`${title.name}: ${scalar(options.title.trim())}`);

  const rest = fields.filter((f) => f !== title);
  // A choice that decides which other fields are needed (an instrument's kind) starts at its
  // first value unless one was chosen; the fields that value needs are then written too.
  const given: Record<string, unknown> = { ...values };
  const needed = new Set<string>();
  const notes = new Map<string, string>();
  for (const [name, byValue] of requiredWithChoice(collection)) {
    const value = String((given[name] ??= [...byValue.keys()][0]));
    for (const field of byValue.get(value) ?? []) needed.add(field);
    notes.set(
      name,
      [...byValue]
        .filter(([, names]) => names.length)
        .map(([v, names]) => t(locale, 'new.choiceNeeds', { value: v, fields: names.join(', ') }))
        .join('; '),
    );
  }
  const chosen = (f: FieldInfo) => given[f.name] !== undefined || needed.has(f.name);
  // What must be written, and what was chosen, first; then what says how the entry behaves.
  for (const f of rest) {
    if (!f.required && !chosen(f)) continue;
    w.required(f, '', given[f.name]);
    const note = notes.get(f.name);
    if (note) w.lines[w.lines.length - 1] += ` — ${valueHint(f, locale)}; ${note}`;
  }
  for (const f of rest) {
    if (f.required || chosen(f)) continue;
    if (f.kind === 'boolean' && f.default !== undefined)
      w.lines.push(`${f.name}: ${scalar(f.default)}${w.comment(f, false)}`);
    else if (f.name === REVIEWED_AT && f.kind === 'date')
      w.lines.push(`${f.name}: ${today}${w.comment(f, false)}`);
  }
  const optional = rest.filter(
    (f) =>
      !f.required &&
      !chosen(f) &&
      !(f.kind === 'boolean' && f.default !== undefined) &&
      !(f.name === REVIEWED_AT && f.kind === 'date'),
  );
  if (optional.length) {
    w.lines.push(`# ${t(locale, 'new.optional')}`);
    for (const f of optional) w.optional(f, '');
  }
  w.lines.push('---', '');

  const body = outline(collection, locale, w.marker);
  return { text: `${w.lines.join('\n')}\n${body.text}\n`, placeholders: w.placeholders + body.count };
}

/**
 * The fields of a collection as editors see them, read from its zod schema (src/schemas/):
 * name, required or not, default, kind of value, allowed values, limits, and where a
 * reference points. `npm run new`, the placeholder check and the field tables of the editor
 * guide all read the model through this one module, so none of them keeps its own copy.
 */
import type { z } from 'zod';
import { COLLECTION_NAMES, collections, type CollectionName, type RefTarget } from '../schemas/index.ts';
import { ID_PATTERN } from '../schemas/fields.ts';

export type FieldKind =
  | 'text'
  | 'id'
  | 'date'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'choice'
  | 'email'
  | 'url'
  | 'list'
  | 'group'
  | 'either';

export interface FieldInfo {
  /** The field's own name (`amount`); for list items the list's name. */
  name: string;
  /** Names from the top, list items left out: `cost.amount`, `runs.start`. */
  path: string;
  kind: FieldKind;
  /** Must be written: no default and not optional. */
  required: boolean;
  /** Value used when the field is left out. */
  default?: unknown;
  /** Allowed values (`choice`). */
  values?: readonly string[];
  /** Smallest number, or fewest items of a list. */
  min?: number;
  /** Whether `min` itself is allowed (numbers). */
  minInclusive?: boolean;
  /** Largest number, most characters of a text, or most items of a list. */
  max?: number;
  /** A text's required form, other than an id (`^[A-Z]{3}$`). */
  pattern?: string;
  /** The element of a list. */
  item?: FieldInfo;
  /** The fields of a group. */
  fields?: FieldInfo[];
  /** The forms a field may take (`either`), e.g. an expert id or a name with role. */
  options?: FieldInfo[];
  /** Where an id points (`id` fields, lists of ids); `any` for any entry. */
  to?: readonly RefTarget[] | 'any';
}

type Def = {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  options?: Schema[];
  element?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  format?: string;
  pattern?: RegExp;
};
type Schema = { def: Def; shape?: Record<string, Schema>; format?: string | null };

const checksOf = (schema: Schema) => (schema.def.checks ?? []).map((c) => c._zod.def);
/** A value read by a transform: what the editor writes is its input (`in`). */
const isTransformPipe = (def: Def) => def.type === 'pipe' && def.out?.def.type === 'transform';
/** `dateField()`: a date or a text, read into a date. */
const isDatePipe = (def: Def) =>
  isTransformPipe(def) &&
  def.in?.def.type === 'union' &&
  def.in.def.options!.some((o) => o.def.type === 'date');
/** Text or a number read into text (`timeOfDay()`: "09:30" or 9.30): the editor writes text. */
const isTextPipe = (def: Def) =>
  isTransformPipe(def) &&
  def.in?.def.type === 'union' &&
  def.in.def.options!.some((o) => o.def.type === 'string');

/** Text limits and form, read from a string schema and its checks. */
function describeString(schema: Schema, info: FieldInfo): FieldInfo {
  const checks = checksOf(schema);
  const format = schema.format ?? schema.def.format;
  if (format === 'email') return { ...info, kind: 'email' };
  if (format === 'url') return { ...info, kind: 'url' };
  const regex = checks.find((c) => c.format === 'regex')?.pattern ?? schema.def.pattern;
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  if (regex && String(regex) === String(ID_PATTERN)) return { ...info, kind: 'id' };
  return {
    ...info,
    kind: 'text',
    ...(regex ? { pattern: (regex as RegExp).source } : {}),
    ...(typeof max === 'number' ? { max } : {}),
  };
}

function describeNumber(schema: Schema, info: FieldInfo): FieldInfo {
  const checks = checksOf(schema);
  const low = checks.find((c) => c.check === 'greater_than');
  const high = checks.find((c) => c.check === 'less_than');
  const integer = schema.format === 'safeint' || schema.format === 'int32';
  return {
    ...info,
    kind: integer ? 'integer' : 'number',
    ...(low ? { min: low.value as number, minInclusive: low.inclusive !== false } : {}),
    ...(high && (high.value as number) < Number.MAX_SAFE_INTEGER ? { max: high.value as number } : {}),
  };
}

/** One field, looking through optional, default and pipe wrappers. */
function describe(schema: Schema, name: string, path: string): FieldInfo {
  let node = schema;
  let required = true;
  let fallback: { value: unknown } | undefined;
  for (;;) {
    const def = node.def;
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      fallback ??= { value: def.defaultValue };
    } else if (def.type === 'pipe' && !isDatePipe(def) && !isTextPipe(def)) {
      // A transform reads what was written (`in`); a check after it (`out`) says what it must be.
      node = isTransformPipe(def) ? def.in! : def.out!;
      continue;
    } else break;
    node = def.innerType!;
  }
  const info: FieldInfo = {
    name,
    path,
    kind: 'text',
    required,
    ...(fallback ? { default: fallback.value } : {}),
  };
  const def = node.def;
  if (isDatePipe(def)) return { ...info, kind: 'date' };
  if (isTextPipe(def)) return { ...info, kind: 'text' };
  switch (def.type) {
    case 'string':
      return describeString(node, info);
    case 'number':
      return describeNumber(node, info);
    case 'boolean':
      return { ...info, kind: 'boolean' };
    case 'enum':
      return { ...info, kind: 'choice', values: Object.values(def.entries ?? {}) };
    case 'array': {
      const min = checksOf(node).find((c) => c.check === 'min_length')?.minimum;
      const max = checksOf(node).find((c) => c.check === 'max_length')?.maximum;
      return {
        ...info,
        kind: 'list',
        item: describe(def.element!, name, path),
        ...(typeof min === 'number' ? { min } : {}),
        ...(typeof max === 'number' ? { max } : {}),
      };
    }
    case 'object':
      return { ...info, kind: 'group', fields: describeShape(node.shape ?? def.shape ?? {}, path) };
    case 'union':
      return { ...info, kind: 'either', options: def.options!.map((o) => describe(o, name, path)) };
    default:
      return info;
  }
}

function describeShape(shape: Record<string, Schema>, parent: string): FieldInfo[] {
  return Object.entries(shape).map(([name, field]) =>
    describe(field, name, parent ? `${parent}.${name}` : name),
  );
}

/**
 * Data in which every id field holds a distinct probe id (and everything around it the least
 * that reaches it), so the collection's `references()` reveals where each field points.
 */
function probeData(fields: FieldInfo[], probes: Map<string, string>): Record<string, unknown> {
  const value = (f: FieldInfo): unknown => {
    if (f.kind === 'id') {
      const id = `probe-${probes.size + 1}`;
      probes.set(id, f.path);
      return id;
    }
    if (f.kind === 'list' && f.item) return [value(f.item)];
    if (f.kind === 'group') return probeData(f.fields ?? [], probes);
    if (f.kind === 'either') {
      const id = f.options?.find((o) => o.kind === 'id');
      return id ? value(id) : undefined;
    }
    return undefined;
  };
  return Object.fromEntries(fields.map((f) => [f.name, value(f)]).filter(([, v]) => v !== undefined));
}

/** Adds `to` to every id field of a collection, from its `references()`. */
function withTargets(collection: CollectionName, fields: FieldInfo[]): FieldInfo[] {
  const probes = new Map<string, string>();
  const data = probeData(fields, probes);
  const targets = new Map<string, Reference['to']>();
  for (const ref of collections[collection].references(data)) {
    const path = probes.get(ref.id);
    if (path) targets.set(path, ref.to);
  }
  const mark = (f: FieldInfo): FieldInfo => ({
    ...f,
    ...(f.kind === 'id' && targets.has(f.path) ? { to: targets.get(f.path)! } : {}),
    ...(f.item ? { item: mark(f.item) } : {}),
    ...(f.fields ? { fields: f.fields.map(mark) } : {}),
    ...(f.options ? { options: f.options.map(mark) } : {}),
  });
  return fields.map(mark);
}
type Reference = ReturnType<(typeof collections)[CollectionName]['references']>[number];

const cache = new Map<CollectionName, FieldInfo[]>();

/** The top-level fields of a collection, in the order its schema defines them. */
export function collectionFields(collection: CollectionName): FieldInfo[] {
  let fields = cache.get(collection);
  if (!fields) {
    const schema = collections[collection].schema as unknown as Schema;
    fields = withTargets(collection, describeShape(schema.shape ?? schema.def.shape ?? {}, ''));
    cache.set(collection, fields);
  }
  return fields;
}

/** The field at a path like `cost.amount` or `runs[0].start` (list indices are ignored). */
export function fieldAt(collection: CollectionName, path: string): FieldInfo | undefined {
  const names = path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter(Boolean);
  let fields: FieldInfo[] | undefined = collectionFields(collection);
  let found: FieldInfo | undefined;
  for (const name of names) {
    found = fields?.find((f) => f.name === name);
    if (!found) return undefined;
    const inner: FieldInfo = found.item ?? found;
    fields = inner.fields ?? inner.options?.find((o) => o.fields)?.fields;
  }
  return found;
}

/** Whether an id field (or list of ids) points into `collection`. */
export const pointsTo = (field: FieldInfo, target: RefTarget): boolean => {
  const id =
    field.kind === 'list' ? field.item : field.kind === 'either' ? field.options?.find((o) => o.to) : field;
  return !!id?.to && (id.to === 'any' || id.to.includes(target));
};

/** The id field inside a field: itself, its list item, or its id form (`either`). */
export function idFieldOf(field: FieldInfo): FieldInfo | undefined {
  if (field.kind === 'id') return field;
  if (field.kind === 'list' && field.item?.kind === 'id') return field.item;
  if (field.kind === 'either') return field.options?.find((o) => o.kind === 'id');
  return undefined;
}

/** Every collection's fields, for the guide and the tests. */
export const allCollectionFields = (): Record<CollectionName, FieldInfo[]> =>
  Object.fromEntries(COLLECTION_NAMES.map((c) => [c, collectionFields(c)])) as Record<
    CollectionName,
    FieldInfo[]
  >;

/** The zod schema of one field (`cost.amount`), to validate a single answer against. */
export function fieldSchema(collection: CollectionName, path: string): z.ZodType | undefined {
  let node: Schema | undefined = collections[collection].schema as unknown as Schema;
  for (const name of path.split('.')) {
    while (node && ['optional', 'default', 'pipe', 'array'].includes(node.def.type))
      node = node.def.type === 'array' ? node.def.element : (node.def.innerType ?? node.def.in);
    node = (node?.shape ?? node?.def.shape)?.[name];
  }
  return node as z.ZodType | undefined;
}

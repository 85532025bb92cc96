/**
 * The interview of `npm run new` without arguments: which kind, the title, the file name,
 * then each field the schema requires and each reference to another entry, chosen from
 * lists of what exists. Prompts are Clack's (@clack/prompts), texts come from src/i18n.
 * Anything left empty becomes a placeholder in the file (VUL-IN), so nothing blocks.
 */
import type { Readable, Writable } from 'node:stream';
import { intro, isCancel, select, text } from '@clack/prompts';
import { dictionaries, t, type UiKey } from '../../src/i18n/index.ts';
import { fieldDescription, valueHint } from '../../src/lib/field-help.ts';
import { idFromTitle, idProblem } from '../../src/lib/new-entry.ts';
import { collectionFields, fieldSchema, idFieldOf, type FieldInfo } from '../../src/lib/schema-fields.ts';
import { titleField } from '../../src/lib/scaffold.ts';
import { COLLECTION_NAMES, type CollectionName, type RefTarget } from '../../src/schemas/index.ts';
import type { Locale } from '../../src/schemas/fields.ts';
import { searchPrompt, type Choice } from './search-prompt.ts';

export interface AskContext {
  locale: Locale;
  siteName: string;
  /** Ids in use, with their files. */
  taken: ReadonlyMap<string, string>;
  /** What references may point at (published entries and tags), per target. */
  choices: Readonly<Partial<Record<RefTarget, Choice<string>[]>>>;
  collection?: CollectionName | undefined;
  title?: string | undefined;
  /** File name given with --id, offered instead of the one made from the title. */
  id?: string | undefined;
  input?: Readable;
  output?: Writable;
}

export interface Answers {
  collection: CollectionName;
  title: string;
  id: string;
  values: Record<string, unknown>;
}

/** Thrown (and caught by the CLI) when the editor stops with Esc or Ctrl+C. */
export class Cancelled extends Error {}

/** The answer "fill in later" in a closed list (never a value of the model: it has a NUL). */
const LATER = '\u0000later';

function answered<T>(value: T): Exclude<T, symbol> {
  if (isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

export async function askEntry(ctx: AskContext): Promise<Answers> {
  const { locale } = ctx;
  const io = { ...(ctx.input ? { input: ctx.input } : {}), ...(ctx.output ? { output: ctx.output } : {}) };
  const tr = (key: UiKey, vars?: Record<string, string | number>) => t(locale, key, vars);
  intro(tr('new.ask.intro', { site: ctx.siteName }), io);

  const collection =
    ctx.collection ??
    answered(
      await select<CollectionName>({
        message: `${tr('new.ask.collection')}  ${tr('new.ask.keysSelect')}`,
        options: COLLECTION_NAMES.map((c) => ({
          value: c,
          label: tr(`type.${c}` as UiKey),
          hint: `content/${c}/`,
        })),
        showInstructions: false,
        ...io,
      }),
    );

  const titleInfo = titleField(collection);
  const title =
    ctx.title ??
    answered(
      await text({
        message: titleInfo
          ? `${capitalise(fieldDescription(collection, titleInfo, locale))} (${titleInfo.name})`
          : 'title',
        validate: (v) => (v?.trim() ? undefined : tr('new.emptyTitle')),
        ...io,
      }),
    ).trim();

  const id = answered(
    await text({
      message: tr('new.ask.id', { collection }),
      initialValue: ctx.id ?? idFromTitle(title, locale),
      validate: (v) => idProblem(v?.trim() ?? '', collection, ctx.taken, locale),
      ...io,
    }),
  ).trim();

  // What must be there first, then what it refers to (tags, owner, courses …).
  const values: Record<string, unknown> = {};
  const fields = collectionFields(collection).filter((f) => f !== titleInfo);
  for (const field of [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)]) {
    const value = await askField(collection, field, ctx, io);
    if (value !== undefined) values[field.name] = value;
  }
  return { collection, title, id, values };
}

type Io = { input?: Readable; output?: Writable };

/** The question for one field, or none: optional fields other than references are left commented. */
async function askField(
  collection: CollectionName,
  field: FieldInfo,
  ctx: AskContext,
  io: Io,
  optionalToo = false,
): Promise<unknown> {
  const ref = idFieldOf(field);
  if (ref) return ref.to === 'any' ? undefined : askReference(collection, field, ref, ctx, io);
  if (
    (!field.required && !optionalToo) ||
    field.kind === 'date' ||
    field.kind === 'boolean' ||
    field.kind === 'list'
  )
    return undefined;
  if (field.kind === 'group') return askGroup(collection, field, ctx, io);
  if (field.kind === 'choice') return askChoice(collection, field, ctx, io);
  return askText(collection, field, ctx, io);
}

const question = (collection: CollectionName, field: FieldInfo, locale: Locale) =>
  `${capitalise(fieldDescription(collection, field, locale))} (${field.path})`;

/** Text or a number; empty means "later". Checked against the field's own schema. */
async function askText(
  collection: CollectionName,
  field: FieldInfo,
  ctx: AskContext,
  io: Io,
): Promise<unknown> {
  const schema = fieldSchema(collection, field.path);
  const numeric = field.kind === 'number' || field.kind === 'integer';
  // People write 8,5; the file needs 8.5.
  const parse = (v: string) => (numeric ? Number(v.trim().replace(',', '.')) : v.trim());
  const typed = answered(
    await text({
      message: question(collection, field, ctx.locale),
      placeholder: t(ctx.locale, 'new.ask.emptyIsLater'),
      validate: (v) => {
        if (!v?.trim() || !schema) return undefined;
        const hint = valueHint(field, ctx.locale) || fieldDescription(collection, field, ctx.locale);
        return schema.safeParse(parse(v)).success ? undefined : t(ctx.locale, 'new.ask.invalid', { hint });
      },
      ...io,
    }),
  );
  return typed?.trim() ? parse(typed) : undefined;
}

/** One value from a closed list, with its label where the site has one (`method.klassikaal`). */
async function askChoice(
  collection: CollectionName,
  field: FieldInfo,
  ctx: AskContext,
  io: Io,
): Promise<unknown> {
  const label = (v: string) => {
    const key = `${field.name}.${v}`;
    return key in dictionaries.nl ? `${v} — ${t(ctx.locale, key as UiKey)}` : v;
  };
  const chosen = answered(
    await select<string>({
      message: `${question(collection, field, ctx.locale)}  ${t(ctx.locale, 'new.ask.keysSelect')}`,
      options: [
        ...(field.values ?? []).map((v) => ({ value: v, label: label(v) })),
        { value: LATER, label: t(ctx.locale, 'new.ask.later') },
      ],
      showInstructions: false,
      ...io,
    }),
  );
  return chosen === LATER ? undefined : chosen;
}

/**
 * The fields of a group one by one (`cost`: amount, paidBy); with `optionalToo` also the
 * optional ones (a colleague's role and department). Undefined when none was answered.
 */
async function askGroup(
  collection: CollectionName,
  field: FieldInfo,
  ctx: AskContext,
  io: Io,
  optionalToo = false,
): Promise<unknown> {
  const group: Record<string, unknown> = {};
  for (const inner of field.fields ?? []) {
    const value = await askField(collection, inner, ctx, io, optionalToo);
    if (value !== undefined) group[inner.name] = value;
  }
  return Object.keys(group).length ? group : undefined;
}

/** Existing entries (or tags) to point at: one from a searchable list, or several. */
async function askReference(
  collection: CollectionName,
  field: FieldInfo,
  ref: FieldInfo,
  ctx: AskContext,
  io: Io,
): Promise<unknown> {
  const { locale } = ctx;
  const targets = ref.to === 'any' || !ref.to ? [] : ref.to;
  const options = targets.flatMap((target) => ctx.choices[target] ?? []);
  const inline = field.kind === 'either' ? field.options?.find((o) => o.kind === 'group') : undefined;
  if (!options.length && !inline) return undefined;
  const texts = {
    search: t(locale, 'new.ask.search'),
    found: (count: number) => t(locale, 'new.ask.found', { count }),
    none: t(locale, 'new.ask.noMatch'),
    keys: t(locale, field.kind === 'list' ? 'new.ask.keysMany' : 'new.ask.keysOne'),
    chosen: (count: number) => t(locale, 'new.ask.chosen', { count }),
  };
  const message = question(collection, field, locale);
  if (field.kind === 'list') {
    const picked = answered(await searchPrompt<string>({ message, options, multiple: true, texts, ...io }));
    return Array.isArray(picked) && picked.length ? picked : undefined;
  }
  const NO_PROFILE = '\u0000inline';
  const NONE = '\u0000none';
  const extra: Choice<string>[] = [
    ...(inline ? [{ value: NO_PROFILE, label: t(locale, 'new.ask.noProfile') }] : []),
    { value: NONE, label: t(locale, field.required ? 'new.ask.later' : 'new.ask.none') },
  ];
  const picked = answered(
    await searchPrompt<string>({ message, options: [...options, ...extra], multiple: false, texts, ...io }),
  );
  if (picked === NO_PROFILE && inline) return askGroup(collection, inline, ctx, io, true);
  return typeof picked === 'string' && picked !== NONE ? picked : undefined;
}

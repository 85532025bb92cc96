/**
 * The web editor's form fields (Decap CMS widgets), made from the content model as
 * `schema-fields.ts` reads it: every field of a collection becomes a widget with a label in the
 * site's language (`fieldLabel.<collection>.<path>` or `fieldLabel.<path>`), the field's help as
 * hint (`field-help.ts`), required when the schema requires it and its default filled in.
 * References become pickers: relation widgets for one collection, lists built from the content
 * for tags and for fields that take several kinds of entry.
 */
import { dictionaries, t, type UiKey } from '../i18n/index.ts';
import type { CollectionName } from '../schemas/index.ts';
import { ID_PATTERN, TIME_PATTERN, type Locale } from '../schemas/fields.ts';
import { fieldDescription, valueHint } from './field-help.ts';
import type { FieldInfo } from './schema-fields.ts';

/** One widget of the editor's configuration (the subset of Decap's field options we write). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  [option: string]: unknown;
}

/** What the content offers to pick from, read once per build. */
export interface CmsVocabulary {
  /** Tag ids with their labels, from `tags.yaml`. */
  tags: readonly { id: string; label: string }[];
  /** Entry ids per collection (file names). */
  ids: Partial<Record<CollectionName, readonly string[]>>;
}

/** Texts that get a box of several lines instead of one line. */
const LONG_TEXTS = new Set([
  'description',
  'learned',
  'applied',
  'conditions',
  'levels.description',
  'sections.intro',
]);

/** The name shown in the editor for a field in the entry's form, and in the hints of lists. */
export function fieldLabel(collection: CollectionName, path: string, locale: Locale): string {
  const key = [`fieldLabel.${collection}.${path}`, `fieldLabel.${path}`].find((k) => k in dictionaries.nl);
  if (!key)
    throw new Error(`i18n: no label for ${collection} field "${path}" — add fieldLabel.${path} to src/i18n`);
  return t(locale, key as UiKey);
}

/** The label of a value of a closed list, where the i18n files name it (`method.klassikaal`). */
function valueLabel(field: FieldInfo, value: string, locale: Locale): string {
  const vocabulary: Record<string, string> = {
    method: 'method',
    availableFor: 'availableFor',
    paidBy: 'paidBy',
    language: 'language',
    lang: 'language',
    kind: 'kind',
  };
  const key = `${vocabulary[field.name] ?? field.name}.${value}`;
  return key in dictionaries.nl ? `${t(locale, key as UiKey)} (${value})` : value;
}

/** The help under a field: what it is for, plus limits the widget does not show by itself. */
function hintFor(collection: CollectionName, field: FieldInfo, locale: Locale): string {
  const description = fieldDescription(collection, field, locale);
  const limits =
    field.kind === 'number' || field.kind === 'integer' || (field.kind === 'text' && field.max)
      ? valueHint(field, locale)
      : field.kind === 'list' && field.min
        ? t(locale, 'fieldKind.listMin', { min: field.min })
        : '';
  return limits ? `${description} — ${limits}` : description;
}

/** Relation widget options for ids in one collection: pick by title (experts by name). */
function relation(target: CollectionName): Record<string, unknown> {
  const label = target === 'experts' ? 'name' : 'title';
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    search_fields: [label],
    display_fields: [label],
    options_length: 50,
  };
}

/** Select options for ids that may point into several collections (or into the tag list). */
function idOptions(
  targets: readonly string[],
  vocabulary: CmsVocabulary,
  locale: Locale,
): { label: string; value: string }[] {
  return targets.flatMap((target) =>
    target === 'tags'
      ? vocabulary.tags.map((tag) => ({ label: `${tag.label} (${tag.id})`, value: tag.id }))
      : (vocabulary.ids[target as CollectionName] ?? []).map((id) => ({
          label: `${t(locale, `type.${target}` as UiKey)}: ${id}`,
          value: id,
        })),
  );
}

/** The widget options for an id field, or a list of them when `multiple`. */
function idWidget(
  field: FieldInfo,
  multiple: boolean,
  vocabulary: CmsVocabulary,
  locale: Locale,
): Record<string, unknown> {
  const to = field.to;
  if (to && to !== 'any' && to.length === 1 && to[0] !== 'tags')
    return { ...relation(to[0] as CollectionName), ...(multiple ? { multiple: true } : {}) };
  if (to) {
    const targets = to === 'any' ? Object.keys(vocabulary.ids) : to;
    return { widget: 'select', options: idOptions(targets, vocabulary, locale), multiple };
  }
  return multiple
    ? { widget: 'list', field: { name: field.name, label: field.name, widget: 'string' } }
    : { widget: 'string', pattern: [ID_PATTERN.source, t(locale, 'fieldKind.id')] };
}

/** The widget options of one value (not yet its name, label and whether it is required). */
function widgetOf(
  collection: CollectionName,
  field: FieldInfo,
  vocabulary: CmsVocabulary,
  locale: Locale,
): Record<string, unknown> {
  switch (field.kind) {
    case 'text':
      if (field.format === 'image') return { widget: 'image', choose_url: false };
      if (field.format === 'time')
        return { widget: 'string', pattern: [TIME_PATTERN.source, t(locale, 'cms.timeForm')] };
      return {
        widget: LONG_TEXTS.has(field.path) ? 'text' : 'string',
        ...(field.pattern ? { pattern: [field.pattern, valueHint(field, locale) || field.pattern] } : {}),
        ...(field.max ? { pattern: [`^[\\s\\S]{0,${field.max}}$`, valueHint(field, locale)] } : {}),
      };
    case 'email':
      return { widget: 'string', pattern: ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', t(locale, 'check.email')] };
    case 'url':
      return { widget: 'string', pattern: ['^https?://\\S+$', t(locale, 'cms.urlForm')] };
    case 'id':
      return idWidget(field, false, vocabulary, locale);
    case 'date':
      // Saved as 2026-03-15, the form the checker reads; shown and picked as a calendar day.
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'DD-MM-YYYY',
        time_format: false,
        picker_utc: true,
      };
    case 'number':
    case 'integer':
      return {
        widget: 'number',
        value_type: field.kind === 'integer' ? 'int' : 'float',
        ...(field.min !== undefined && field.minInclusive !== false ? { min: field.min } : {}),
        ...(field.max !== undefined ? { max: field.max } : {}),
        ...(field.kind === 'number' ? { step: 0.5 } : {}),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'choice':
      return {
        widget: 'select',
        options: (field.values ?? []).map((value) => ({ label: valueLabel(field, value, locale), value })),
      };
    case 'list':
      return listWidget(collection, field, vocabulary, locale);
    case 'group':
      return {
        widget: 'object',
        collapsed: false,
        fields: (field.fields ?? []).map((f) => cmsField(collection, f, vocabulary, locale)),
      };
    case 'either':
      return eitherWidget(collection, field, vocabulary, locale);
  }
}

function listWidget(
  collection: CollectionName,
  field: FieldInfo,
  vocabulary: CmsVocabulary,
  locale: Locale,
): Record<string, unknown> {
  const item = field.item!;
  const bounds = {
    ...(field.min ? { min: field.min } : {}),
    ...(field.max ? { max: field.max } : {}),
  };
  if (item.kind === 'id') return { ...idWidget(item, true, vocabulary, locale), ...bounds };
  if (item.kind === 'choice')
    return { ...widgetOf(collection, item, vocabulary, locale), multiple: true, ...bounds };
  if (item.kind === 'group')
    return {
      widget: 'list',
      collapsed: false,
      ...bounds,
      fields: (item.fields ?? []).map((f) => cmsField(collection, f, vocabulary, locale)),
    };
  return {
    widget: 'list',
    ...bounds,
    field: {
      ...cmsField(collection, item, vocabulary, locale),
      label: fieldLabel(collection, field.path, locale),
    },
  };
}

/**
 * A field that is either an id or a group (a learning story's author: a colleague with a
 * profile, or a name with role and department). The editor shows one group with a picker and
 * the group's fields; the admin's file format (`src/client/cms-format.ts`) writes the picked id
 * alone, or the group without the picker, so the file has the schema's own form.
 */
function eitherWidget(
  collection: CollectionName,
  field: FieldInfo,
  vocabulary: CmsVocabulary,
  locale: Locale,
): Record<string, unknown> {
  const id = field.options?.find((o) => o.kind === 'id');
  const group = field.options?.find((o) => o.kind === 'group');
  if (!id || !group)
    throw new Error(`cms: no widget for "${collection}.${field.path}", which is neither an id nor a group`);
  return {
    widget: 'object',
    collapsed: false,
    leerhuisEither: true,
    fields: [
      {
        name: EITHER_ID,
        label: t(locale, 'cms.either.id'),
        hint: t(locale, 'cms.either.idHint'),
        required: false,
        ...idWidget(id, false, vocabulary, locale),
      },
      ...(group.fields ?? []).map((f) => ({
        ...cmsField(collection, f, vocabulary, locale),
        required: false,
      })),
    ],
  };
}

/** The name of the picker inside an id-or-group field; never written to a file. */
export const EITHER_ID = 'profiel';

/** One field of the content model as a widget of the editor. */
export function cmsField(
  collection: CollectionName,
  field: FieldInfo,
  vocabulary: CmsVocabulary,
  locale: Locale,
): CmsField {
  const widget = widgetOf(collection, field, vocabulary, locale);
  const fallback = field.default;
  const hasDefault =
    fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0) && fallback !== '';
  return {
    name: field.name,
    label: fieldLabel(collection, field.path, locale),
    hint: hintFor(collection, field, locale),
    required: field.required,
    ...widget,
    // Decap fills an empty date with today; an optional date stays empty until the editor picks one.
    ...(field.kind === 'date' && !field.required ? { default: '' } : {}),
    ...(hasDefault ? { default: fallback } : {}),
  } as CmsField;
}

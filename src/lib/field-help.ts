/**
 * What a field holds, in the editor's language: its description from `src/i18n/*.json`
 * (`field.<collection>.<path>` where a collection means something of its own, else
 * `field.<path>`) and what may be written in it, read from the schema (src/lib/schema-fields.ts).
 * Used by `npm run new` (comments and prompts), the placeholder check and the editor guide.
 */
import { dictionaries, t, type UiKey } from '../i18n/index.ts';
import type { CollectionName } from '../schemas/index.ts';
import type { Locale } from '../schemas/fields.ts';
import type { FieldInfo } from './schema-fields.ts';

/** The key of a field's description, or undefined when the dictionaries have none. */
export function descriptionKey(collection: CollectionName, path: string): UiKey | undefined {
  const keys = [`field.${collection}.${path}`, `field.${path}`];
  return keys.find((k) => k in dictionaries.nl) as UiKey | undefined;
}

/** The field's description, or its name where none is written yet. */
export function fieldDescription(collection: CollectionName, field: FieldInfo, locale: Locale): string {
  const key = descriptionKey(collection, field.path);
  return key ? t(locale, key) : field.path;
}

const targetsOf = (to: FieldInfo['to']): string =>
  to === 'any' || !to ? '' : to.map((c) => (c === 'tags' ? 'content/tags.yaml' : `content/${c}`)).join(', ');

/** `8 of meer`, `van 1 tot en met 5`: a number's limits. */
function range(field: FieldInfo, locale: Locale): string | undefined {
  if (field.min !== undefined && field.max !== undefined)
    return t(locale, 'fieldKind.range', { min: field.min, max: field.max });
  if (field.min !== undefined)
    return t(locale, field.minInclusive === false ? 'fieldKind.moreThan' : 'fieldKind.atLeast', {
      min: field.min,
    });
  return undefined;
}

/** What may be written in the field: `kies uit klassikaal, e-learning, …`, `een heel getal van 1 tot en met 5`; empty for plain text. */
export function valueHint(field: FieldInfo, locale: Locale): string {
  switch (field.kind) {
    case 'choice':
      return t(locale, 'fieldKind.choice', { values: (field.values ?? []).join(', ') });
    case 'id':
      return field.to === 'any'
        ? t(locale, 'fieldKind.anyId')
        : field.to
          ? t(locale, 'fieldKind.idIn', { targets: targetsOf(field.to) })
          : t(locale, 'fieldKind.id');
    case 'number':
      return [t(locale, 'fieldKind.number'), range(field, locale), t(locale, 'fieldKind.decimalPoint')]
        .filter(Boolean)
        .join(' ');
    case 'integer':
      return [t(locale, 'fieldKind.integer'), range(field, locale)].filter(Boolean).join(' ');
    case 'text':
      return field.max !== undefined ? t(locale, 'fieldKind.maxLength', { max: field.max }) : '';
    case 'list':
      return [
        listHint(field.item, locale),
        field.min ? t(locale, 'fieldKind.listMin', { min: field.min }) : '',
      ]
        .filter(Boolean)
        .join('; ');
    case 'either': {
      const [first, second] = (field.options ?? []).map((o) =>
        o.kind === 'group' ? (o.fields ?? []).map((f) => f.name).join(', ') : valueHint(o, locale),
      );
      return t(locale, 'fieldKind.either', { first: first ?? '', second: second ?? '' });
    }
    default:
      return t(locale, `fieldKind.${field.kind}` as UiKey);
  }
}

/** What a list holds: ids from a folder, values from a vocabulary, or anything. */
function listHint(item: FieldInfo | undefined, locale: Locale): string {
  if (item?.kind === 'id' && item.to === 'any') return t(locale, 'fieldKind.anyIds');
  if (item?.kind === 'id' && item.to) return t(locale, 'fieldKind.idsIn', { targets: targetsOf(item.to) });
  if (item?.kind === 'choice')
    return t(locale, 'fieldKind.choices', {
      values: (item.values ?? []).join(', '),
      first: item.values?.[0] ?? '',
    });
  return t(locale, 'fieldKind.list');
}

/** Description and allowed values together, for a placeholder: `de leervorm — kies uit klassikaal, …`. */
export function fieldHint(collection: CollectionName, field: FieldInfo, locale: Locale): string {
  const description = fieldDescription(collection, field, locale);
  const values = field.kind === 'group' ? '' : valueHint(field, locale);
  return values ? `${description} — ${values}` : description;
}

/**
 * The field tables of the editor guide (docs/redacteuren.md), generated from the schemas:
 * every field of every collection, whether it is required, its default, what it holds and
 * every allowed value. `npm run docs` writes them between the markers in the guide; a test
 * fails when the guide and the schemas disagree, so the guide cannot drift from the model.
 */
import { t, type UiKey } from '../i18n/index.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import type { Locale } from '../schemas/fields.ts';
import { fieldDescription, valueHint } from './field-help.ts';
import { collectionFields, type FieldInfo } from './schema-fields.ts';

/** The markers around the generated part of the guide. */
export const FIELD_DOCS_BEGIN =
  '<!-- velden:begin (gemaakt door npm run docs uit src/schemas/; niet met de hand wijzigen) -->';
export const FIELD_DOCS_END = '<!-- velden:einde -->';

const code = (value: unknown) => `\`${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}\``;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** What may be written, with each allowed value as code: `klassikaal`, `e-learning`, … */
function allowed(field: FieldInfo, locale: Locale): string {
  const choices =
    field.kind === 'choice'
      ? field.values
      : field.kind === 'list' && field.item?.kind === 'choice'
        ? field.item.values
        : undefined;
  if (choices) return choices.map(code).join(', ');
  return valueHint(field, locale) || t(locale, 'fieldKind.text');
}

/** Rows for a field and the fields inside it (`cost.amount`, `runs[].start`). */
function rows(collection: CollectionName, field: FieldInfo, locale: Locale, path = field.name): string[] {
  const required = field.required
    ? t(locale, 'docs.required')
    : field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0)
      ? t(locale, 'docs.optionalDefault', { value: code(field.default) })
      : t(locale, 'docs.optional');
  const own = `| ${code(path)} | ${required} | ${cell(fieldDescription(collection, field, locale))} | ${cell(field.kind === 'group' || (field.kind === 'list' && field.item?.kind === 'group') ? t(locale, 'fieldKind.group') : allowed(field, locale))} |`;
  const inner = field.kind === 'list' && field.item?.kind === 'group' ? field.item.fields : field.fields;
  const prefix = field.kind === 'list' ? `${path}[]` : path;
  const either = field.kind === 'either' ? field.options?.find((o) => o.kind === 'group')?.fields : undefined;
  return [own, ...(inner ?? either ?? []).flatMap((f) => rows(collection, f, locale, `${prefix}.${f.name}`))];
}

const header = (locale: Locale) =>
  [
    `| ${t(locale, 'docs.field')} | ${t(locale, 'docs.requiredHeading')} | ${t(locale, 'docs.meaning')} | ${t(locale, 'docs.values')} |`,
    '| --- | --- | --- | --- |',
  ].join('\n');

/** Field names every collection has, in schema order: the shared fields. */
export function sharedFieldNames(): string[] {
  const [first, ...rest] = COLLECTION_NAMES.map((c) => collectionFields(c).map((f) => f.name));
  return (first ?? []).filter((name) => rest.every((names) => names.includes(name)));
}

/** The generated part of the guide: the shared fields, then each collection's own. */
export function fieldDocs(locale: Locale = 'nl'): string {
  const shared = new Set(sharedFieldNames());
  const sharedRows = collectionFields(COLLECTION_NAMES[0])
    .filter((f) => shared.has(f.name))
    .flatMap((f) => rows(COLLECTION_NAMES[0], f, locale));
  const parts = [
    FIELD_DOCS_BEGIN,
    '',
    `### ${t(locale, 'docs.sharedHeading')}`,
    '',
    header(locale),
    ...sharedRows,
    '',
  ];
  for (const c of COLLECTION_NAMES) {
    const own = collectionFields(c).filter((f) => !shared.has(f.name));
    parts.push(
      `### ${t(locale, `collection.${c}` as UiKey)} (\`content/${c}/\`)`,
      '',
      header(locale),
      ...own.flatMap((f) => rows(c, f, locale)),
      '',
    );
  }
  parts.push(FIELD_DOCS_END);
  return parts.join('\n');
}

/** The guide with its generated part replaced by `fieldDocs()`; throws when the markers are missing. */
export function withFieldDocs(guide: string, locale: Locale = 'nl'): string {
  const begin = guide.indexOf(FIELD_DOCS_BEGIN);
  const end = guide.indexOf(FIELD_DOCS_END);
  if (begin < 0 || end < begin)
    throw new Error(
      `docs: the guide has no "${FIELD_DOCS_BEGIN}" … "${FIELD_DOCS_END}" markers — put them where the field tables belong`,
    );
  return guide.slice(0, begin) + fieldDocs(locale) + guide.slice(end + FIELD_DOCS_END.length);
}

/**
 * The web editor's configuration is generated from the schemas: every field of every collection
 * appears in it, at its place, required exactly when the schema requires it, with a widget of
 * its kind — so a new schema field cannot be forgotten — and the Git host comes from site.yaml.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { cmsConfig, cmsConfigYaml, readCmsVocabulary, type CmsField } from '../../src/lib/cms-config.ts';
import { collectionFields, type FieldInfo } from '../../src/lib/schema-fields.ts';
import { readSiteSettings } from '../../src/lib/site-settings.ts';
import { COLLECTION_NAMES, type SiteSettings } from '../../src/schemas/index.ts';
import { INSTRUMENT_KINDS, KIND_NEEDS, ONLY_FOR } from '../../src/schemas/instrumenten.ts';

const contentDir = resolve(import.meta.dirname, '../../content');
const sample = readSiteSettings(contentDir);
const vocabulary = readCmsVocabulary(contentDir);
const configFor = (settings: SiteSettings) =>
  cmsConfig({ settings, vocabulary, contentFolder: 'content', base: '/leren/' });
const config = configFor(sample);

/** The widgets a field of each kind may get. */
const WIDGETS: Record<FieldInfo['kind'], string[]> = {
  text: ['string', 'text', 'image'],
  email: ['string'],
  url: ['string'],
  id: ['relation', 'select', 'string'],
  date: ['datetime'],
  number: ['number'],
  integer: ['number'],
  boolean: ['boolean'],
  choice: ['select'],
  list: ['list', 'select', 'relation'],
  group: ['object'],
  either: ['object'],
};

/** Problems with one field's widget, recursively; `required` is what the form must demand. */
function compare(field: FieldInfo, widget: CmsField | undefined, required: boolean, where: string): string[] {
  const at = `${where}.${field.path}`;
  if (!widget) return [`${at}: missing from the configuration`];
  const problems: string[] = [];
  if (!WIDGETS[field.kind].includes(widget.widget))
    problems.push(`${at}: ${field.kind} field has widget ${widget.widget}`);
  if ((widget.required ?? true) !== required)
    problems.push(`${at}: required ${widget.required} in the editor, ${required} in the schema`);
  if (field.kind === 'integer' && widget.value_type !== 'int') problems.push(`${at}: not an integer widget`);
  if (field.format === 'image' && widget.widget !== 'image') problems.push(`${at}: no image widget`);
  if (field.kind === 'choice') {
    const values = (widget.options as { value: string }[]).map((o) => o.value);
    if (JSON.stringify(values) !== JSON.stringify(field.values)) problems.push(`${at}: options ${values}`);
  }
  if (
    field.kind === 'list' &&
    field.item?.kind !== 'id' &&
    field.item?.kind !== 'choice' &&
    !widget.multiple
  ) {
    const item = field.item!;
    if (item.kind === 'group')
      problems.push(...compareGroup(item.fields!, widget.fields as CmsField[], where));
    else problems.push(...compare(item, widget.field as CmsField, item.required, where));
  } else if (field.kind === 'list' && !widget.multiple && widget.widget !== 'list')
    problems.push(`${at}: a list that takes one value`);
  if (field.kind === 'group')
    problems.push(...compareGroup(field.fields!, widget.fields as CmsField[], where));
  if (field.kind === 'either') {
    // A picker for the id, and the group's fields beside it (each optional: one of the two is filled).
    const fields = widget.fields as CmsField[];
    const group = field.options!.find((o) => o.kind === 'group')!;
    if (!['relation', 'select'].includes(fields[0]!.widget)) problems.push(`${at}: no picker for the id`);
    for (const f of group.fields!)
      problems.push(
        ...compare(
          f,
          fields.find((w) => w.name === f.name),
          false,
          where,
        ),
      );
  }
  return problems;
}

function compareGroup(fields: FieldInfo[], widgets: CmsField[] | undefined, where: string): string[] {
  return fields.flatMap((f) =>
    compare(
      f,
      widgets?.find((w) => w.name === f.name),
      f.required,
      where,
    ),
  );
}

describe('the generated configuration covers the content model', () => {
  for (const name of COLLECTION_NAMES.filter((c) => c !== 'instrumenten'))
    test(`${name}: every field, its required flag and its kind`, () => {
      const collection = config.collections.find((c) => c.name === name)!;
      expect(collection.folder).toBe(`content/${name}`);
      const fields = collectionFields(name);
      expect(compareGroup(fields, collection.fields, name)).toEqual([]);
      // Nothing in the form the schema does not know (besides the Markdown text).
      expect(collection.fields.map((f) => f.name)).toEqual([...fields.map((f) => f.name), 'body']);
    });

  for (const kind of INSTRUMENT_KINDS)
    test(`instrumenten (${kind}): the fields of that kind, the ones it needs required`, () => {
      const collection = config.collections.find((c) => c.name === `instrumenten-${kind}`)!;
      expect(collection.filter).toEqual({ field: 'kind', value: kind });
      const fields = collectionFields('instrumenten').filter(
        (f) => f.name !== 'kind' && (!(f.name in ONLY_FOR) || ONLY_FOR[f.name] === kind),
      );
      const problems = fields.flatMap((f) =>
        compare(
          f,
          collection.fields.find((w) => w.name === f.name),
          f.required || KIND_NEEDS[kind].includes(f.name),
          `instrumenten-${kind}`,
        ),
      );
      expect(problems).toEqual([]);
      expect(collection.fields.find((f) => f.name === 'kind')).toMatchObject({
        widget: 'hidden',
        default: kind,
      });
      for (const other of Object.keys(ONLY_FOR).filter((f) => ONLY_FOR[f] !== kind))
        expect(collection.fields.map((f) => f.name)).not.toContain(other);
    });

  test('a field the configuration lacks is reported (the comparison can fail)', () => {
    const collection = config.collections.find((c) => c.name === 'opleidingen')!;
    const without = collection.fields.filter((f) => f.name !== 'runs');
    const cost = collection.fields.find((f) => f.name === 'cost')!;
    const optionalCost = collection.fields.map((f) => (f === cost ? { ...cost, required: false } : f));
    expect(compareGroup(collectionFields('opleidingen'), without, 'opleidingen')).toEqual([
      'opleidingen.runs: missing from the configuration',
    ]);
    expect(compareGroup(collectionFields('opleidingen'), optionalCost, 'opleidingen')).toEqual([
      'opleidingen.cost: required false in the editor, true in the schema',
    ]);
  });

  test('references are pickers of the content; tags come from tags.yaml; dates are calendar days', () => {
    const story = config.collections.find((c) => c.name === 'leerverhalen')!.fields;
    expect(story.find((f) => f.name === 'courses')).toMatchObject({
      widget: 'relation',
      collection: 'opleidingen',
      multiple: true,
    });
    expect(story.find((f) => f.name === 'competencies')).toMatchObject({
      widget: 'relation',
      collection: 'competenties',
    });
    const author = story.find((f) => f.name === 'author')!.fields as CmsField[];
    expect(author[0]).toMatchObject({ widget: 'relation', collection: 'experts', search_fields: ['name'] });
    const tags = story.find((f) => f.name === 'tags')!;
    expect((tags.options as { value: string }[]).map((o) => o.value)).toEqual(
      vocabulary.tags.map((t) => t.id),
    );
    expect(story.find((f) => f.name === 'publishedAt')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
    });
    const runs = config.collections
      .find((c) => c.name === 'opleidingen')!
      .fields.find((f) => f.name === 'runs')!;
    expect((runs.fields as CmsField[]).find((f) => f.name === 'startTime')!.pattern).toBeDefined();
  });

  test('labels and hints in the site language: Dutch by default, English for an English site', () => {
    const title = (c: typeof config) => c.collections[0]!.fields[0]!;
    expect(title(config).label).toBe('Titel');
    const english = configFor({ ...sample, defaultLocale: 'en' });
    expect(english.locale).toBe('en');
    expect(title(english).label).toBe('Title');
    expect(title(english).hint).not.toBe(title(config).hint);
    expect(cmsConfigYaml(english, 'en')).toMatch(/^# Made by the Leerhuis build/);
  });
});

describe('the Git host from site.yaml', () => {
  test('GitLab (the sample): PKCE sign-in with the application id, merge requests for review', () => {
    expect(config.backend).toMatchObject({
      name: 'gitlab',
      repo: 'lindewaard/leerhuis',
      branch: 'main',
      auth_type: 'pkce',
      app_id: sample.cms!.appId,
      api_root: 'https://git.lindewaard.example/api/v4',
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(parse(cmsConfigYaml(config, 'nl'))).toEqual(JSON.parse(JSON.stringify(config)));
  });

  test('GitHub with its OAuth server; saving straight to the branch when review is off', () => {
    const github = configFor({
      ...sample,
      cms: {
        backend: 'github',
        repo: 'org/leren',
        branch: 'live',
        baseUrl: 'https://auth.org.nl/',
        review: false,
      },
    });
    expect(github.backend).toMatchObject({
      name: 'github',
      repo: 'org/leren',
      branch: 'live',
      base_url: 'https://auth.org.nl',
    });
    expect(github.publish_mode).toBeUndefined();
  });
});

/**
 * The editor guide (docs/redacteuren.md) cannot drift from the content model: its field tables
 * are what `npm run docs` generates from the schemas (every field, required or not, every
 * allowed value), each collection of the registry has a complete example that the schema
 * accepts, with every field marked required or optional as the schema says, and the guide
 * covers the whole workflow with links that lead to its own headings.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldDocs, withFieldDocs } from '../../src/lib/field-docs.ts';
import { existingIds } from '../../src/lib/new-entry.ts';
import { parseYaml, splitFrontMatter } from '../../src/lib/load-content.ts';
import { collectionFields, fieldAt, type FieldInfo } from '../../src/lib/schema-fields.ts';
import { COLLECTION_NAMES, collections, type CollectionName } from '../../src/schemas/index.ts';

const root = resolve(import.meta.dirname, '../..');
const guide = readFileSync(resolve(root, 'docs/redacteuren.md'), 'utf8');

/** Every field path as the tables write it (`cost.amount`, `runs[].start`), with its allowed values. */
function paths(fields: FieldInfo[], prefix = ''): { path: string; values: readonly string[] }[] {
  return fields.flatMap((f) => {
    const path = `${prefix}${f.name}`;
    const values = f.values ?? f.item?.values ?? [];
    const inner = f.kind === 'list' ? f.item?.fields : (f.fields ?? f.options?.find((o) => o.fields)?.fields);
    return [{ path, values }, ...paths(inner ?? [], `${path}${f.kind === 'list' ? '[]' : ''}.`)];
  });
}

describe('the field tables', () => {
  it('are what npm run docs generates from the schemas (run it after changing a schema)', () => {
    expect(withFieldDocs(guide) === guide, 'docs/redacteuren.md is out of date: run npm run docs').toBe(true);
  });

  it('name every field of every collection, and every allowed value', () => {
    const docs = fieldDocs('nl');
    for (const c of COLLECTION_NAMES) {
      for (const { path, values } of paths(collectionFields(c))) {
        expect(docs, `${c}: ${path}`).toContain(`| \`${path}\` |`);
        for (const value of values) expect(docs, `${c}: ${path} = ${value}`).toContain(`\`${value}\``);
      }
    }
  });
});

/** The example block of a collection: the first ```yaml block after `<!-- voorbeeld:<c> -->`. */
function example(collection: CollectionName): string {
  const at = guide.indexOf(`<!-- voorbeeld:${collection} -->`);
  expect(
    at,
    `add a complete example for ${collection} to docs/redacteuren.md after <!-- voorbeeld:${collection} -->`,
  ).toBeGreaterThan(-1);
  const block = /```yaml\n([\s\S]*?)```/.exec(guide.slice(at));
  return block![1]!;
}

describe.each(COLLECTION_NAMES)('the complete example of %s', (collection) => {
  let text = '';
  let data: Record<string, unknown> = {};
  beforeAll(() => {
    text = example(collection);
    data = parseYaml(splitFrontMatter(text)!.matter) as Record<string, unknown>;
  });

  it('holds every field and passes the schema', () => {
    const fields = collectionFields(collection).map((f) => f.name);
    // A field that cannot go with the rest (one kind's fields beside another's) may be shown with a #.
    const shown = [...Object.keys(data), ...[...text.matchAll(/^# ([A-Za-z]+):/gm)].map((m) => m[1]!)];
    expect(shown.sort()).toEqual([...fields].sort());
    const result = collections[collection].schema.safeParse(data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('marks each field required or optional as the schema says', () => {
    const parents: string[] = [];
    for (const line of text.split('\n')) {
      const match = /^(\s*)(- )?([A-Za-z]+):[^#]*(?:# (.*))?$/.exec(line);
      if (!match) continue;
      const depth = (match[1]!.length + (match[2] ? 2 : 0)) / 2;
      parents.length = depth;
      const path = [...parents, match[3]!].join('.');
      parents.push(match[3]!);
      const comment = match[4];
      if (!comment) continue;
      const field = fieldAt(collection, path);
      expect(field, `${collection}: ${path} is not a field`).toBeDefined();
      expect(comment.split(/[\s:,]/)[0], `${collection}: ${path}`).toBe(
        field!.required ? 'verplicht' : 'optioneel',
      );
    }
    for (const name of Object.keys(data))
      expect(text, `${collection}: ${name} has no comment`).toMatch(
        new RegExp(`^${name}:.*# (verplicht|optioneel)`, 'm'),
      );
  });

  it('refers only to entries and tags the sample content has', () => {
    const ids = new Set([
      ...existingIds(resolve(root, 'content')).keys(),
      ...Object.keys(parseYaml(readFileSync(resolve(root, 'content/tags.yaml'), 'utf8')) as object),
    ]);
    for (const ref of collections[collection].references(data))
      expect(ids, `${ref.field}: ${ref.id}`).toContain(ref.id);
  });
});

describe('the workflow', () => {
  it('covers installing, creating, previewing, checking, saving to Git and reviewing', () => {
    for (const step of [
      'npm ci',
      'npm run new',
      'npm run new -- leerverhalen "',
      'npm run dev',
      'Ctrl+C',
      'npm run check',
      'GitHub Desktop',
      'Web IDE',
      'git commit',
      'git push',
      'npm run report',
      '--json',
      '--fail-on-stale',
      '/redactie/',
      'reviewedAt',
      'VUL-IN',
    ])
      expect(guide, step).toContain(step);
  });

  it('links only to headings that exist', () => {
    const slugger = new GithubSlugger();
    const outsideCode = guide.replace(/```[\s\S]*?```/g, '');
    const anchors = new Set(
      [...outsideCode.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1]!.replace(/`/g, ''))),
    );
    const links = [...outsideCode.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((l) => !anchors.has(l))).toEqual([]);
  });
});

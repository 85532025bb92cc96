/**
 * JSON Schema for editors, generated from the zod schemas in `src/schemas/` (zod 4
 * `z.toJSONSchema`): one per collection for the fields at the top of its files, one for
 * `site.yaml` and one for `tags.yaml`. An editor with a YAML or front-matter validator shows
 * completion, help on hover and red squiggles from them (see docs/redacteuren.md).
 *
 * Help texts come from `src/i18n/*.json` (`help.<collection>.<field>`, else `help.<field>`) in
 * the site's language; allowed values come from the vocabularies; tags and ids of the content
 * are offered for completion, while a new id that fits the form is still accepted (the checker
 * says whether it exists).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { t, type UiKey } from '../i18n/index.ts';
import { DATE_FIELDS, ID_PATTERN, type Locale } from '../schemas/fields.ts';
import {
  COLLECTION_NAMES,
  type CollectionName,
  collections,
  type RefTarget,
  siteSchema,
  tagsSchema,
} from '../schemas/index.ts';
import { dictionaries } from '../i18n/index.ts';
import { loadContent, parseYaml } from './load-content.ts';
import { editorSchemaDir } from './project-paths.ts';
import { siteLocale } from './site-settings.ts';

type Json = Record<string, unknown>;

/** What the content offers for completion. */
export interface SchemaVocabulary {
  /** Tag ids of `tags.yaml`. */
  tags: readonly string[];
  /** Entry ids per collection. */
  ids: Partial<Record<CollectionName, readonly string[]>>;
}

const SCHEMA_PATH_WORDS = new Set(['properties', 'items', 'anyOf', 'oneOf', 'allOf', 'prefixItems']);

/** `cost.amount` from `['properties', 'cost', 'properties', 'amount']`; `tag.label` for the tags file. */
function fieldOf(path: readonly (string | number)[], name: string): string {
  return path
    .filter((p) => typeof p === 'string' && !SCHEMA_PATH_WORDS.has(p))
    .map((p) => (p === 'additionalProperties' && name === 'tags' ? 'tag' : p))
    .join('.');
}

/** The help text of a field, if the i18n files have one. */
function helpFor(locale: Locale, name: string, field: string): string | undefined {
  for (const key of [`help.${name}.${field}`, `help.${field}`])
    if (key in dictionaries.nl) return t(locale, key as UiKey);
  return undefined;
}

/** The collections a top-level field refers to, found by asking the content model's own `references`. */
function referenceTargets(name: CollectionName, field: string): readonly RefTarget[] | 'any' | undefined {
  const refs = [
    ...collections[name].references({ [field]: ['probe'] }),
    ...collections[name].references({ [field]: 'probe' }),
  ].filter((r) => r.field.replace(/\[\d+\]$/, '') === field);
  return refs[0]?.to;
}

/** `{ anyOf: [known ids, any id] }`: completion offers the known ones, a new one still fits. */
const idOrKnown = (known: readonly string[], description?: string): Json => ({
  ...(description ? { description } : {}),
  anyOf: [
    ...(known.length ? [{ enum: [...new Set(known)].sort() }] : []),
    { type: 'string', pattern: ID_PATTERN.source },
  ],
});

function generate(schema: z.ZodType, name: string, locale: Locale, vocabulary: SchemaVocabulary): Json {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema, path }) => {
      const field = fieldOf(path, name);
      const help = field ? helpFor(locale, name, field) : undefined;
      const out = jsonSchema as Json;
      if (DATE_FIELDS.has(zodSchema as unknown as z.ZodType)) {
        for (const key of Object.keys(out)) delete out[key];
        Object.assign(out, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', examples: ['2026-03-15'] });
      }
      // The help goes on the field itself, not again on each item of a list.
      if (help && !out.description && path.at(-1) !== 'items') out.description = help;
      // References and tags: offer the ids that exist.
      const isCollection = (COLLECTION_NAMES as readonly string[]).includes(name);
      if (!isCollection || !field || field.includes('.')) return;
      const to = referenceTargets(name as CollectionName, field);
      if (!to) return;
      const known = (to === 'any' ? COLLECTION_NAMES : to).flatMap((target) =>
        target === 'tags' ? vocabulary.tags : (vocabulary.ids[target] ?? []),
      );
      const target = out.type === 'array' ? (out.items as Json) : out;
      if (target?.type === 'string') {
        const replacement = out.type === 'array' ? idOrKnown(known) : idOrKnown(known, help);
        for (const key of Object.keys(target)) if (key !== 'description') delete target[key];
        Object.assign(target, replacement);
      } else if (Array.isArray(target?.anyOf)) {
        // An id or something else (an author named inline): the id part offers the known ids.
        target.anyOf = (target.anyOf as Json[]).map((option) =>
          option.type === 'string' ? idOrKnown(known) : option,
        );
      }
    },
  }) as Json;
  return json;
}

/** Every editor schema, by file name (`blog.schema.json`, `site.schema.json`, `tags.schema.json`). */
export function editorSchemas(locale: Locale, vocabulary: SchemaVocabulary): Record<string, Json> {
  const files: Record<string, Json> = {};
  for (const name of COLLECTION_NAMES) {
    files[`${name}.schema.json`] = {
      title: t(locale, 'help.schema.entry', { collection: name }),
      ...generate(collections[name].schema, name, locale, vocabulary),
    };
  }
  files['site.schema.json'] = {
    title: t(locale, 'help.schema.site'),
    ...generate(siteSchema, 'site', locale, vocabulary),
  };
  files['tags.schema.json'] = {
    title: t(locale, 'help.schema.tags'),
    ...generate(tagsSchema, 'tags', locale, vocabulary),
  };
  return files;
}

/** The tags and ids of a content folder, read without parsing any entry (file names are ids). */
export function readVocabulary(contentDir: string): SchemaVocabulary {
  let tags: string[] = [];
  try {
    const raw = parseYaml(readFileSync(join(contentDir, 'tags.yaml'), 'utf8'));
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) tags = Object.keys(raw);
  } catch {
    // A missing or broken tags.yaml offers no tags; the checker says what is wrong with it.
  }
  const ids: Partial<Record<CollectionName, string[]>> = {};
  if (existsSync(contentDir))
    for (const entry of loadContent(contentDir, contentDir, { read: () => false }).listed ?? [])
      (ids[entry.collection] ??= []).push(entry.id);
  return { tags, ids };
}

/**
 * Writes the editor schemas of `contentDir` into `outDir` (`.vscode/schemas/`), in the site's
 * language; files that did not change are left alone. Returns the files written.
 */
export function writeEditorSchemas(contentDir: string, outDir: string): string[] {
  const files = editorSchemas(siteLocale(contentDir), readVocabulary(contentDir));
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, schema] of Object.entries(files)) {
    const path = join(outDir, name);
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    written.push(name);
  }
  return written;
}

/** `writeEditorSchemas` into `.vscode/schemas/` of the project, never failing what runs it. */
export function refreshEditorSchemas(contentDir: string): void {
  try {
    writeEditorSchemas(contentDir, editorSchemaDir());
  } catch {
    // Editor help is a convenience; `npm run schemas` reports why it cannot be written.
  }
}

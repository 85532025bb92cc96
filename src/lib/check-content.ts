/**
 * Validates a whole content folder: every file against its schema and the file checks, then
 * the rules across files (ids, references, tags, consent, levels, links). The same function
 * runs in `npm run check` and at the start of `astro build`, so both report the same lines.
 *
 * To add a check, add a function to FILE_CHECKS (one entry's source) or CONTENT_CHECKS
 * (everything at once); both return `Problem[]`.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import {
  collections,
  siteSchema,
  tagsSchema,
  type SiteSettings,
  type TagVocabulary,
} from '../schemas/index.ts';
import { contentLinkProblems, readBodyLinks } from './content-links.ts';
import {
  CROSS_CHECKS,
  NOUN,
  type CheckedEntry,
  type ContentModel,
  type ContentRule,
  type InvalidEntry,
} from './cross-checks.ts';
import { loadContent, type SourceEntry } from './load-content.ts';
import { markdownSafetyProblems } from './markdown-safety.ts';
import { placeholderProblems } from './placeholders.ts';
import { tryParseMarkdown } from './markdown-tree.ts';
import { type Problem, sortProblems } from './problems.ts';
import { keyCollisions } from './questionnaire.ts';
import { routeConflicts } from './routes.ts';
import { isPublished } from './publication.ts';
import { toId } from './suggest.ts';
import { validate } from './zod-problems.ts';

export type { CheckedEntry, ContentRule } from './cross-checks.ts';

export interface CheckResult {
  site?: SiteSettings;
  tags?: TagVocabulary;
  /** Entries whose front matter is valid (validated data, defaults applied). */
  entries: CheckedEntry[];
  problems: Problem[];
}

export interface CheckOptions {
  /** Date that decides what is published; defaults to now. */
  now?: Date;
  /** Folder that file paths in messages are relative to; defaults to the working directory. */
  cwd?: string;
}

/** What the file checks know besides the entry itself. */
export interface FileContext {
  /** Collections in which `.mdx` is accepted (site.yaml: trustedMdx). */
  trustedMdx: readonly string[];
  /**
   * The entry's body as a syntax tree, parsed once for every check that reads it: as MDX in a
   * trusted collection, else as Markdown. Undefined when it is not valid MDX.
   */
  tree?: Root;
}

export type FileRule = (entry: SourceEntry, context: FileContext) => Problem[];

/** `.mdx` runs code at build time: only in collections the site settings trust. */
const mdxOnlyWhereTrusted: FileRule = (entry, { trustedMdx }) =>
  entry.ext === '.mdx' && !trustedMdx.includes(entry.collection)
    ? [
        {
          file: entry.file,
          message: `.mdx runs code at build time and ${trustedMdx.length ? `is accepted only in ${trustedMdx.join(', ')}` : 'no collection accepts it'} (site.yaml: trustedMdx) — save it as .md`,
        },
      ]
    : [];

/** Collections whose pages are their text need a text. */
const bodyWhereRequired: FileRule = (entry) =>
  collections[entry.collection].bodyRequired && entry.body.trim() === ''
    ? [
        {
          file: entry.file,
          line: entry.bodyLine,
          field: 'body',
          message: `is empty — write the text of this ${NOUN[entry.collection]} below the closing ---`,
        },
      ]
    : [];

/** Front-matter fields that name an image file, relative to the entry. */
const IMAGE_FIELDS = ['cover', 'photo'] as const;

/** An image named in the front matter must exist, or the page would show a broken image. */
const imagesExist: FileRule = (entry) =>
  IMAGE_FIELDS.flatMap((field) => {
    const value = entry.data[field];
    if (typeof value !== 'string' || /^[a-z]+:/i.test(value)) return [];
    return existsSync(resolve(dirname(entry.path), value))
      ? []
      : [
          {
            file: entry.file,
            field,
            message: `"${value}" does not exist — put the image beside ${basename(entry.file)} and write its path relative to that file, like "./${basename(value)}"`,
          },
        ];
  });

/** Checks of each entry file on its own, beyond its schema. */
const FILE_CHECKS: readonly FileRule[] = [
  mdxOnlyWhereTrusted,
  bodyWhereRequired,
  imagesExist,
  // Raw HTML only from an allow-list, no script URLs.
  (entry, { trustedMdx, tree }) =>
    markdownSafetyProblems(entry, { trusted: isTrusted(entry, trustedMdx), tree }),
];

/** MDX from a collection the site settings trust. */
const isTrusted = (entry: SourceEntry, trustedMdx: readonly string[]) =>
  entry.ext === '.mdx' && trustedMdx.includes(entry.collection);

/** Checks across all entries, after each was validated. */
const CONTENT_CHECKS: readonly ContentRule[] = [
  ...CROSS_CHECKS,
  // No two pages at one address (Astro would only warn and drop one).
  ({ entries }) => routeConflicts(entries),
  // Answers are kept under a short hash of each question: no two questions of a tool share one.
  ({ entries }) =>
    entries
      .filter((e) => e.collection === 'instrumenten')
      .flatMap((e) => {
        const d = e.data as {
          competencies?: { statements: string[] }[];
          sections?: { questions: { question: string }[] }[];
        };
        const questions = [
          ...(d.competencies ?? []).flatMap((c) => c.statements),
          ...(d.sections ?? []).flatMap((s) => s.questions.map((q) => q.question)),
        ];
        return keyCollisions(questions).map((same) => ({
          file: e.file,
          message: `the questions ${same.map((q) => JSON.stringify(q)).join(' and ')} would keep their answers in one place — reword one of them slightly`,
        }));
      }),
  // Links written in the text of published entries lead to pages and headings that exist.
  // An entry with invalid front matter still counts as a page: its own problems say what to fix.
  ({ entries, invalid, tagIds, site, now }) =>
    contentLinkProblems([...entries, ...invalid.map((e) => ({ ...e, published: e.data.draft !== true }))], {
      tags: [...(tagIds ?? [])],
      base: site?.base,
      now,
    }),
];

const validateData = (entry: SourceEntry) =>
  validate(entry.file, collections[entry.collection].schema, entry.data);

/** An entry with its validated data and whether it is published on `now`. */
const withPublication = (entry: SourceEntry, data: unknown, now: Date): CheckedEntry => ({
  ...entry,
  data: data as Record<string, unknown>,
  published: isPublished(entry.collection, data as Record<string, unknown>, now),
});

/**
 * The entries `checkContent` returns (valid front matter, publication state), without running
 * its checks: for a folder that was checked already, like the output check after a build.
 */
export function readEntries(contentDir: string, options: CheckOptions = {}): CheckedEntry[] {
  const now = options.now ?? new Date();
  return loadContent(contentDir, options.cwd ?? process.cwd()).entries.flatMap((entry) => {
    const result = validateData(entry);
    return result.success ? [withPublication(entry, result.data, now)] : [];
  });
}

/** Whether a field path is `parent` or lies inside it (`cost.amount`, `authors[0]`). */
const within = (field: string | undefined, parent: string) =>
  field === parent || !!field?.startsWith(`${parent}.`) || !!field?.startsWith(`${parent}[`);

const DEFAULT_TRUSTED_MDX = siteSchema.shape.trustedMdx.parse(undefined);

export function checkContent(contentDir: string, options: CheckOptions = {}): CheckResult {
  const now = options.now ?? new Date();
  const cwd = options.cwd ?? process.cwd();
  const fileOf = (name: string) => relative(cwd, join(contentDir, name)) || name;
  const source = loadContent(contentDir, cwd);
  const problems = [...source.problems];

  let site: SiteSettings | undefined;
  if (source.site !== undefined) {
    const result = validate(fileOf('site.yaml'), siteSchema, source.site);
    if (result.success) site = result.data;
    else problems.push(...result.problems);
    if (site?.logo && !existsSync(resolve(contentDir, site.logo))) {
      problems.push({
        file: fileOf('site.yaml'),
        field: 'logo',
        message: `"${site.logo}" does not exist — put the logo in ${fileOf('')} and write its path relative to that folder, like "./logo.svg"`,
      });
    }
  }
  let tags: TagVocabulary | undefined;
  let tagIds: Set<string> | undefined;
  if (source.tags !== undefined) {
    const result = validate(fileOf('tags.yaml'), tagsSchema, source.tags);
    if (result.success) tags = result.data;
    else problems.push(...result.problems);
    // Even a vocabulary with mistakes names its tags (as ids): check entries against those.
    const raw = tags ?? source.tags;
    if (raw && typeof raw === 'object' && !Array.isArray(raw))
      tagIds = new Set(Object.keys(raw).map((k) => toId(k)));
  }

  const context: FileContext = { trustedMdx: site?.trustedMdx ?? DEFAULT_TRUSTED_MDX };
  const locale = site?.defaultLocale ?? 'nl';
  const entries: CheckedEntry[] = [];
  const invalid: InvalidEntry[] = [];
  const byId = new Map<string, CheckedEntry | InvalidEntry>();
  for (const entry of source.entries) {
    const trusted = isTrusted(entry, context.trustedMdx);
    const tree = tryParseMarkdown(entry.body, { mdx: trusted });
    for (const check of FILE_CHECKS) problems.push(...check(entry, { ...context, tree }));
    // The link check needs only the links and headings: keep those, not the tree. (It reads
    // an untrusted .mdx file, refused above, as MDX itself.)
    const bodyLinks =
      tree && (trusted || entry.ext !== '.mdx') ? readBodyLinks(tree, entry.bodyLine) : undefined;
    // Placeholders left by npm run new: one problem each, instead of what the schema says of them.
    const placeholders = placeholderProblems(entry, locale);
    problems.push(...placeholders.problems);
    const result = validateData(entry);
    let checked: CheckedEntry | InvalidEntry;
    if (result.success) {
      checked = { ...withPublication(entry, result.data, now), bodyLinks };
      entries.push(checked);
    } else {
      problems.push(...result.problems.filter((p) => !placeholders.fields.some((f) => within(p.field, f))));
      const badFields = [...result.problems.map((p) => p.field ?? ''), ...placeholders.fields];
      checked = { ...entry, badFields, bodyLinks };
      invalid.push(checked);
    }
    if (!byId.has(entry.id)) byId.set(entry.id, checked);
  }

  // Unreadable files still hold their id: links and references to them are not reported again.
  for (const entry of source.unreadable) {
    const placeholder: InvalidEntry = { ...entry, badFields: [''] };
    invalid.push(placeholder);
    if (!byId.has(entry.id)) byId.set(entry.id, placeholder);
  }

  const model: ContentModel = { entries, invalid, byId, site, tagIds, now, fileOf };
  for (const check of CONTENT_CHECKS) problems.push(...check(model));
  return { site, tags, entries, problems: sortProblems(problems) };
}

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
import { allOf, msg } from '../i18n/index.ts';
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
  type CheckedEntry,
  type ContentModel,
  type ContentRule,
  type InvalidEntry,
} from './cross-checks.ts';
import { loadContent, type SourceContent, type SourceEntry } from './load-content.ts';
import { markdownSafetyProblems } from './markdown-safety.ts';
import { placeholderProblems } from './placeholders.ts';
import { tryParseMarkdown } from './markdown-tree.ts';
import { type Notice, type Problem, sortProblems } from './problems.ts';
import { keyCollisions } from './questionnaire.ts';
import { routeConflicts } from './routes.ts';
import { isPublished } from './publication.ts';
import { entryNotices } from './entry-notices.ts';
import { toId } from './suggest.ts';
import { validate } from './zod-problems.ts';

export type { CheckedEntry, ContentRule } from './cross-checks.ts';

export interface CheckResult {
  site?: SiteSettings;
  tags?: TagVocabulary;
  /** Entries whose front matter is valid (validated data, defaults applied). */
  entries: CheckedEntry[];
  problems: Problem[];
  /** Entries that are fine but will not appear (a draft, planned for later, no consent): information, not problems. */
  notices: Notice[];
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
          message: trustedMdx.length
            ? msg('check.mdx.untrusted', { collections: [...trustedMdx] })
            : msg('check.mdx.nowhere'),
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
          message: msg('check.body.empty', { kind: msg(`noun.${entry.collection}`) }),
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
            message: msg('check.image.missing', {
              value,
              file: basename(entry.file),
              example: `./${basename(value)}`,
            }),
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
          message: msg('check.tool.keyCollision', { questions: allOf(same.map((q) => JSON.stringify(q))) }),
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

const validateData = (entry: SourceEntry, ids?: ReadonlySet<string>) =>
  validate(entry.file, collections[entry.collection].schema, entry.data, { ids });

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

/** Validates a whole content folder: see the top of this file. */
export function checkContent(contentDir: string, options: CheckOptions = {}): CheckResult {
  return checkSource(contentDir, loadContent(contentDir, options.cwd ?? process.cwd()), options);
}

/**
 * Runs every check on content that was read already. Entries in `source.listed` (files that
 * were not read, see `checkChangedFiles`) only hold their id: they count as existing for ids,
 * references and links, and nothing is said about them.
 */
export function checkSource(
  contentDir: string,
  source: SourceContent,
  options: CheckOptions = {},
): CheckResult {
  const now = options.now ?? new Date();
  const cwd = options.cwd ?? process.cwd();
  const fileOf = (name: string) => relative(cwd, join(contentDir, name)) || name;
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
        message: msg('check.logo.missing', { value: site.logo, folder: fileOf('') }),
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

  // Every id in the content, for suggestions made from names ("Fatma Yılmaz" → fatma-yilmaz).
  const ids = new Set([...source.entries, ...source.unreadable, ...(source.listed ?? [])].map((e) => e.id));
  const context: FileContext = { trustedMdx: site?.trustedMdx ?? DEFAULT_TRUSTED_MDX };
  const locale = site?.defaultLocale ?? 'nl';
  const entries: CheckedEntry[] = [];
  const invalid: InvalidEntry[] = [];
  const notices: Notice[] = [];
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
    const result = validateData(entry, ids);
    let checked: CheckedEntry | InvalidEntry;
    if (result.success) {
      checked = { ...withPublication(entry, result.data, now), bodyLinks };
      entries.push(checked);
      notices.push(...entryNotices(checked, now));
    } else {
      problems.push(...result.problems.filter((p) => !placeholders.fields.some((f) => within(p.field, f))));
      const badFields = [...result.problems.map((p) => p.field ?? ''), ...placeholders.fields];
      checked = { ...entry, badFields, bodyLinks };
      invalid.push(checked);
    }
    if (!byId.has(entry.id)) byId.set(entry.id, checked);
  }

  // Unreadable files still hold their id: links and references to them are not reported again.
  // Files that were not read (only listed) stand in the same way.
  for (const entry of [...source.unreadable, ...(source.listed ?? [])]) {
    // Its text is unknown: no links to check, no headings to offer.
    const placeholder: InvalidEntry = { ...entry, badFields: [''], bodyLinks: { links: [], headingIds: [] } };
    invalid.push(placeholder);
    if (!byId.has(entry.id)) byId.set(entry.id, placeholder);
  }

  const model: ContentModel = { entries, invalid, byId, site, tagIds, now, fileOf };
  for (const check of CONTENT_CHECKS) problems.push(...check(model));
  return { site, tags, entries, problems: sortProblems(problems), notices: sortProblems(notices) };
}

/**
 * Validates a whole content folder: every file against its schema, then the rules across
 * files (ids unique, references resolve to published entries, tags known, consent, levels,
 * routes free). The same function runs in `npm run check` and at the start of `astro build`.
 */
import { join, relative } from 'node:path';
import {
  COLLECTION_NAMES,
  type CollectionName,
  collections,
  siteSchema,
  tagsSchema,
  type SiteSettings,
  type TagVocabulary,
} from '../schemas/index.ts';
import { loadContent, type SourceEntry } from './load-content.ts';
import { isPublished, unpublishedReason } from './publication.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { zodProblems } from './zod-problems.ts';
import { RESERVED_ROUTES } from './routes.ts';
import { markdownSafetyProblems } from './markdown-safety.ts';

export interface CheckedEntry extends SourceEntry {
  data: Record<string, unknown>;
  published: boolean;
}

export interface CheckResult {
  site?: SiteSettings;
  tags?: TagVocabulary;
  entries: CheckedEntry[];
  problems: Problem[];
}

/** Singular nouns for messages. */
const NOUN: Record<CollectionName | 'tags', string> = {
  blog: 'blog post',
  leerverhalen: 'learning story',
  opleidingen: 'course',
  experts: 'expert',
  competenties: 'competency',
  functies: 'role profile',
  paginas: 'page',
  tags: 'tag in content/tags.yaml',
};

export interface CheckOptions {
  /** Date that decides what is published; defaults to now. */
  now?: Date;
  cwd?: string;
}

export function checkContent(contentDir: string, options: CheckOptions = {}): CheckResult {
  const now = options.now ?? new Date();
  const cwd = options.cwd ?? process.cwd();
  const source = loadContent(contentDir, cwd);
  const problems = [...source.problems];
  const rel = (name: string) => relative(cwd, join(contentDir, name)) || name;

  let site: SiteSettings | undefined;
  if (source.site !== undefined) {
    const r = siteSchema.safeParse(source.site ?? {}, { reportInput: true });
    if (r.success) site = r.data;
    else problems.push(...zodProblems(rel('site.yaml'), siteSchema, r.error.issues));
  }
  let tags: TagVocabulary | undefined;
  if (source.tags !== undefined) {
    const r = tagsSchema.safeParse(source.tags ?? {}, { reportInput: true });
    if (r.success) tags = r.data;
    else problems.push(...zodProblems(rel('tags.yaml'), tagsSchema, r.error.issues));
  }
  const trustedMdx = site?.trustedMdx ?? ['blog', 'paginas'];

  // 1. Each file on its own.
  const entries: CheckedEntry[] = [];
  for (const entry of source.entries) {
    const def = collections[entry.collection];
    if (entry.ext === '.mdx' && !trustedMdx.includes(entry.collection)) {
      problems.push({
        file: entry.file,
        message: `.mdx runs code at build time and is accepted only in ${trustedMdx.join(', ')} (site.yaml: trustedMdx) — save it as .md`,
      });
    }
    const trusted = entry.ext === '.mdx' && trustedMdx.includes(entry.collection);
    problems.push(...markdownSafetyProblems(entry, { trusted }));
    const parsed = def.schema.safeParse(entry.data, { reportInput: true });
    if (!parsed.success) {
      problems.push(...zodProblems(entry.file, def.schema, parsed.error.issues));
      continue;
    }
    const data = parsed.data as Record<string, unknown>;
    if (def.bodyRequired && entry.body.trim() === '') {
      problems.push({
        file: entry.file,
        line: entry.bodyLine,
        field: 'body',
        message: `is empty — write the text of this ${NOUN[entry.collection]} below the closing ---`,
      });
    }
    entries.push({ ...entry, data, published: isPublished(entry.collection, data, now) });
  }

  // 2. Ids unique across all folders, and free of the site's own routes.
  const byId = new Map<string, CheckedEntry>();
  const checkedByPath = new Map(entries.map((e) => [e.path, e]));
  for (const entry of source.entries) {
    const first = byId.get(entry.id);
    if (first) {
      problems.push({
        file: entry.file,
        message: `id "${entry.id}" is already used by ${first.file} — ids are file names and must be unique across all folders; rename one of the files`,
      });
    } else {
      byId.set(entry.id, checkedByPath.get(entry.path) ?? { ...entry, published: false });
    }
    if (entry.collection === 'paginas' && RESERVED_ROUTES.has(entry.id)) {
      problems.push({
        file: entry.file,
        message: `page id "${entry.id}" would take the address /${entry.id}/, which the site already uses — rename the file`,
      });
    }
  }

  // 3. References, from published entries only (drafts may point anywhere).
  const idsOf = (targets: readonly (CollectionName | 'tags')[]) => {
    const ids: string[] = [];
    for (const t of targets) {
      if (t === 'tags') ids.push(...Object.keys(tags ?? {}));
      else for (const e of entries) if (e.collection === t) ids.push(e.id);
    }
    return ids;
  };
  for (const entry of entries) {
    if (!entry.published) continue;
    for (const ref of collections[entry.collection].references(entry.data)) {
      const targets = ref.to === 'any' ? COLLECTION_NAMES : ref.to;
      if (targets.includes('tags') && tags && ref.id in tags) continue;
      const target = byId.get(ref.id);
      const kinds = targets.map((t) => NOUN[t]).join(' or ');
      if (!target || !targets.includes(target.collection)) {
        const also = target ? ` ("${ref.id}" is a ${NOUN[target.collection]})` : '';
        const fix = targets.length === 1 && targets[0] === 'tags' ? ' — or add it to tags.yaml' : '';
        problems.push({
          file: entry.file,
          field: ref.field,
          message: `"${ref.id}" is not a known ${kinds}${also}${didYouMean(ref.id, idsOf(targets))}${fix}`,
        });
        continue;
      }
      const reason = target.published ? undefined : unpublishedReason(target.collection, target.data, now);
      if (reason) {
        problems.push({
          file: entry.file,
          field: ref.field,
          message: `"${ref.id}" ${reason}, so this link would lead nowhere — remove the reference or publish ${target.file}`,
        });
      }
    }
    // A role needs a level its competency defines.
    if (entry.collection === 'functies') {
      const needs = (entry.data.competencies as { competency: string; level: number }[]) ?? [];
      needs.forEach((need, i) => {
        const competency = byId.get(need.competency);
        if (competency?.collection !== 'competenties') return;
        const levels = ((competency.data.levels as { level: number }[]) ?? []).map((l) => l.level);
        if (levels.length && !levels.includes(need.level)) {
          problems.push({
            file: entry.file,
            field: `competencies[${i}].level`,
            message: `${need.level} is not a level of "${need.competency}" — use one of ${levels.join(', ')}`,
          });
        }
      });
    }
  }

  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return { site, tags, entries, problems };
}

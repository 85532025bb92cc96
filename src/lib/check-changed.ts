/**
 * Checks only the files an editor changed (the pre-commit hook, `npm run check -- --staged`),
 * with the rules across files still applied against the rest of the content:
 *
 * - the changed entries are read and checked fully (schema, text, safety, links);
 * - every other entry is only listed (its id counts for duplicates, references and links),
 *   and read only where a rule needs it: the entries a changed one refers or links to (are they
 *   published? which levels, which headings?) and the entries that mention a changed or removed
 *   id (does their reference or link still lead somewhere?);
 * - a changed `site.yaml` or `tags.yaml` affects every entry: then everything is checked.
 *
 * Problems are reported for the changed files and for the entries that mention them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, relative, resolve, sep } from 'node:path';
import { collections, COLLECTION_NAMES } from '../schemas/index.ts';
import { checkContent, checkSource, type CheckOptions, type CheckResult } from './check-content.ts';
import { readBodyLinks } from './content-links.ts';
import { loadContent, readEntry, type SourceEntry } from './load-content.ts';
import { tryParseMarkdown } from './markdown-tree.ts';
import type { Problem } from './problems.ts';

export interface ChangedResult extends CheckResult {
  /** Paths (as in messages) of the files whose problems are reported. */
  reported: string[];
  /** Whether everything was checked (a settings file changed). */
  full: boolean;
}

/** Ids an entry refers to in its front matter and links to in its text. */
function mentionedIds(entry: SourceEntry): Set<string> {
  const ids = new Set<string>();
  try {
    for (const ref of collections[entry.collection].references(entry.data)) ids.add(ref.id);
  } catch {
    // Data of an unexpected shape refers to nothing; its own check says what is wrong.
  }
  const tree = tryParseMarkdown(entry.body, { mdx: entry.ext === '.mdx' });
  for (const link of tree ? readBodyLinks(tree, entry.bodyLine).links : []) {
    const last = link.url.split(/[?#]/)[0]!.split('/').filter(Boolean).at(-1);
    if (last) ids.add(decodeURIComponent(last).replace(/\.mdx?$/, ''));
  }
  return ids;
}

/**
 * Checks the files in `paths` (absolute or relative to the working directory; files that no
 * longer exist count as removed) against the rest of `contentDir`.
 */
export function checkChangedFiles(
  contentDir: string,
  paths: readonly string[],
  options: CheckOptions = {},
): ChangedResult {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(contentDir);
  const inside = paths.map((p) => resolve(cwd, p)).filter((p) => p.startsWith(root + sep));
  const rel = (p: string) => relative(cwd, p) || p;
  const settingsChanged = inside.some((p) => ['site.yaml', 'tags.yaml'].includes(relative(root, p)));
  if (settingsChanged) {
    const result = checkContent(contentDir, options);
    return { ...result, reported: [], full: true };
  }
  const inCollection = inside.filter((p) =>
    (COLLECTION_NAMES as readonly string[]).includes(relative(root, p).split(sep)[0]!),
  );
  const changed = new Set(inCollection.filter((p) => existsSync(p)));
  const removedIds = new Set(inCollection.filter((p) => !existsSync(p)).map((p) => basename(p, extname(p))));

  const source = loadContent(contentDir, cwd, { read: (p) => changed.has(p) });
  const listed = source.listed ?? [];
  const reported = new Set([...changed].map(rel));
  if (!changed.size && !removedIds.size)
    return {
      ...checkSource(contentDir, { ...source, problems: [] }, options),
      problems: [],
      notices: [],
      reported: [],
      full: false,
    };

  const changedIds = new Set(source.entries.map((e) => e.id));
  // Entries that mention a changed or removed id: their references and links may break.
  const watched = [...new Set([...source.entries.map((e) => e.id), ...removedIds])];
  const pattern = watched.length
    ? new RegExp(
        `(?<![a-z0-9-])(?:${watched.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![a-z0-9-])`,
      )
    : undefined;
  const mentioning = new Set<SourceEntry>();
  if (pattern)
    for (const entry of listed) if (pattern.test(readFileSync(entry.path, 'utf8'))) mentioning.add(entry);
  const read = (entries: Iterable<SourceEntry>) => {
    for (const entry of entries) {
      const result = readEntry(entry.collection, entry.path, cwd);
      if ('collection' in result) source.entries.push(result);
      else {
        source.problems.push(result);
        source.unreadable.push(entry);
      }
    }
  };
  read(mentioning);
  for (const entry of mentioning) reported.add(entry.file);
  // Then what all of these point at: is it published, which levels and headings does it have?
  const wanted = new Set<string>();
  for (const entry of source.entries) for (const id of mentionedIds(entry)) wanted.add(id);
  // (An entry with the same id as a changed one is read too: which of the two came first decides
  // which one the duplicate is reported on, as in a full check.)
  for (const id of changedIds) wanted.add(id);
  const targets = listed.filter((e) => wanted.has(e.id) && !mentioning.has(e));
  read(targets);
  source.listed = listed.filter((e) => !mentioning.has(e) && !targets.includes(e));
  // In the order a full check reads them, so that "used by" names the same file.
  const order = (e: SourceEntry) => `${COLLECTION_NAMES.indexOf(e.collection)}`.padStart(2, '0') + e.path;
  source.entries.sort((a, b) => (order(a) < order(b) ? -1 : 1));

  const result = checkSource(contentDir, source, options);
  const concerns = (p: Problem) =>
    reported.has(p.file) || [...reported].some((file) => p.message.params?.other === file);
  return {
    ...result,
    problems: result.problems.filter(concerns),
    notices: result.notices.filter((n) => changed.has(resolve(cwd, n.file))),
    reported: [...reported].sort(),
    full: false,
  };
}

/**
 * `npm run new` — starts a new entry in content/<collection>/<id>.md.
 *   npm run new                                     asks step by step (Dutch prompts)
 *   npm run new -- leerverhalen "Titel" [--id x]    writes it at once, with placeholders
 * The file has every field the schema requires (filled in or marked VUL-IN, which the check
 * reports by name), today's date, and an outline for the text. It never overwrites a file
 * and refuses an id that any collection already uses. LEERHUIS_CONTENT names another
 * content folder; LEERHUIS_NOW pins today.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { t, type UiKey } from '../src/i18n/index.ts';
import { buildNow } from '../src/lib/build-time.ts';
import { readEntries } from '../src/lib/check-content.ts';
import { parseYaml } from '../src/lib/load-content.ts';
import {
  collectionList,
  existingIds,
  idFromTitle,
  idProblem,
  resolveCollection,
  todayIso,
} from '../src/lib/new-entry.ts';
import { contentDirFromEnv } from '../src/lib/project-paths.ts';
import { scaffold } from '../src/lib/scaffold.ts';
import { readSiteSettings, siteBase } from '../src/lib/site-settings.ts';
import { entryPath, withBase } from '../src/lib/urls.ts';
import { collectionFields } from '../src/lib/schema-fields.ts';
import { tagsSchema, type CollectionName, type RefTarget } from '../src/schemas/index.ts';
import { askEntry, Cancelled, type Answers } from './new/ask.ts';
import type { Choice } from './new/search-prompt.ts';

const contentDir = contentDirFromEnv();
const site = readSiteSettings(contentDir);
const locale = site.defaultLocale;
const tr = (key: UiKey, vars?: Record<string, string | number>) => t(locale, key, vars);
const marker = tr('new.placeholder');

function fail(...lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

const usage = () => tr('new.usage', { marker, collections: collectionList(locale) });

function readArgs() {
  try {
    return parseArgs({
      options: { id: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? String(error);
    fail(tr('new.unknownOption', { option }), '', usage());
  }
}
const args = readArgs();
if (args.values.help) {
  console.log(usage());
  process.exit(0);
}
if (!existsSync(contentDir))
  fail(tr('new.noContent', { dir: relative(process.cwd(), contentDir) || contentDir }));

const [word, titleArg, ...extra] = args.positionals;
if (extra.length) fail(tr('new.tooManyArguments'), '', usage());

let collection: CollectionName | undefined;
if (word !== undefined) {
  const match = resolveCollection(word);
  if (!match.collection) {
    fail(
      [
        tr('new.unknownCollection', { value: word, collections: collectionList(locale) }),
        match.suggestion ? tr('new.didYouMean', { suggestion: match.suggestion }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  }
  collection = match.collection;
}

const now = buildNow();
const today = todayIso(now, Boolean(process.env.LEERHUIS_NOW));
const taken = existingIds(contentDir);

/** Published entries and tags to refer to, per target, by title. */
function referenceChoices(): Partial<Record<RefTarget, Choice<string>[]>> {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const choices: Partial<Record<RefTarget, Choice<string>[]>> = {};
  for (const entry of readEntries(contentDir, { now })) {
    if (!entry.published) continue;
    const label = String(entry.data.title ?? entry.data.name ?? entry.id);
    (choices[entry.collection] ??= []).push({ value: entry.id, label, hint: entry.id });
  }
  const tagsFile = join(contentDir, 'tags.yaml');
  if (existsSync(tagsFile)) {
    try {
      const tags = tagsSchema.safeParse(parseYaml(readFileSync(tagsFile, 'utf8')));
      if (tags.success)
        choices.tags = Object.entries(tags.data).map(([id, tag]) => ({
          value: id,
          label: tag.label,
          hint: id,
        }));
    } catch {
      // An unreadable tags.yaml only means no tags to choose from; the check reports it.
    }
  }
  for (const list of Object.values(choices)) list.sort((a, b) => collator.compare(a.label, b.label));
  return choices;
}

const choices = referenceChoices();

async function answers(): Promise<Answers> {
  if (collection && titleArg !== undefined) {
    const title = titleArg.trim();
    if (!title) fail(tr('new.emptyTitle'));
    const id = (args.values.id ?? idFromTitle(title, locale)).trim();
    if (!id) fail(tr('new.emptyId', { title }));
    const problem = idProblem(id, collection, taken, locale);
    if (problem) fail(problem);
    return { collection, title, id, values: {} };
  }
  // Closing the input (Ctrl+D, or the end of piped answers) stops the questions without a file.
  const stop = () => fail(tr('new.cancelled'));
  process.stdin.once('end', stop);
  try {
    const siteName = `${site.siteName} ${site.name}`;
    return await askEntry({
      locale,
      siteName,
      taken,
      choices,
      collection,
      title: titleArg,
      id: args.values.id,
    });
  } catch (error) {
    if (error instanceof Cancelled) fail(tr('new.cancelled'));
    throw error;
  } finally {
    // Done asking: let go of the input, which would otherwise keep the process waiting.
    process.stdin.off('end', stop);
    process.stdin.destroy();
  }
}

const answer = await answers();

const examples = Object.fromEntries(
  Object.entries(choices).map(([target, list]) => [target, list.map((c) => c.value)]),
) as Partial<Record<RefTarget, string[]>>;
const { text, placeholders } = scaffold({
  collection: answer.collection,
  title: answer.title,
  today,
  locale,
  values: answer.values,
  examples,
});

const path = join(contentDir, answer.collection, `${answer.id}.md`);
const file = relative(process.cwd(), path) || path;
mkdirSync(dirname(path), { recursive: true });
try {
  // `wx`: fails when the file exists, also when it appeared while the questions were asked.
  writeFileSync(path, text, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(tr('new.exists', { file }));
  throw error;
}

const preview = `http://localhost:4321${withBase(siteBase(site), entryPath(answer.collection, answer.id))}`;
console.log(
  [
    tr('new.created', { file }),
    placeholders === 0
      ? tr('new.filled')
      : placeholders === 1
        ? tr('new.toFillOne', { marker })
        : tr('new.toFill', { marker, count: placeholders }),
    tr('new.nextCheck'),
    tr('new.nextPreview', { path: preview }),
    // People appear only with their consent (AVG): say so wherever the model asks for it.
    ...(collectionFields(answer.collection).some((f) => f.name === 'consent' && f.kind === 'boolean')
      ? [tr('new.nextConsent', { name: answer.title })]
      : []),
  ].join('\n'),
);

/**
 * Reads `content/` from disk without Astro: the site settings, the tag
 * vocabulary and every entry's raw front matter and body. Problems with the files themselves
 * (YAML syntax, missing front matter, unsupported file types, misnamed folders) become `Problem`s.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import matter from 'gray-matter';
import jsyaml, { CORE_SCHEMA, Type, YAMLException } from 'js-yaml';
import { COLLECTION_NAMES, CONTENT_EXTENSIONS, type CollectionName } from '../schemas/index.ts';
import { msg, type UiKey } from '../i18n/index.ts';
import type { Problem } from './problems.ts';
import { nearest } from './suggest.ts';

/** An entry as written, before validation. */
export interface SourceEntry {
  collection: CollectionName;
  /** The file name without extension. */
  id: string;
  /** Path for messages, relative to the working directory. */
  file: string;
  /** Absolute path. */
  path: string;
  ext: string;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
}

export interface SourceContent {
  /** Raw `site.yaml`; undefined when missing or unreadable. */
  site?: unknown;
  /** Raw `tags.yaml`; undefined when missing or unreadable. */
  tags?: unknown;
  entries: SourceEntry[];
  /** Entry files that could not be read (their problem is in `problems`): their ids still exist. */
  unreadable: SourceEntry[];
  /** Entry files that were listed but not read (see `LoadOptions.read`): only their ids are known. */
  listed?: SourceEntry[];
  problems: Problem[];
}

/** Files that may sit beside entries in a collection folder without being entries. */
const ASSET_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg']);
/** The settings files at the top of `content/`. */
const SETTINGS_FILES = ['site.yaml', 'tags.yaml'];

// js-yaml is the parser Astro itself uses for front matter, so both sides read a file alike.
// One difference on purpose: a date that does not exist (2026-02-30) stays text, so that the
// schema reports it instead of the parser silently rolling it over to 2 March.
const { timestamp, merge, binary, omap, pairs, set } = (jsyaml as unknown as { types: Record<string, Type> })
  .types;
const realDate = (text: string) => {
  const [, y, m, d] = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text) ?? [];
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
};
const calendarDate = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (text: string) => timestamp.resolve(text) && realDate(text),
  construct: (text: string) => timestamp.construct(text),
  instanceOf: Date,
});
const YAML_SCHEMA = CORE_SCHEMA.extend({
  implicit: [calendarDate, merge],
  explicit: [binary, omap, pairs, set],
});

/** Parses YAML as the build does (js-yaml), with real calendar dates only. Throws `YAMLException`. */
export function parseYaml(source: string): unknown {
  return jsyaml.load(source, { schema: YAML_SCHEMA });
}

/** gray-matter only finds the block; js-yaml parses it below, so syntax errors keep their lines. */
const SPLIT_ONLY = { engines: { yaml: () => ({}) } };

/**
 * The front matter and the body of a file that opens with `---`, as gray-matter splits them;
 * undefined when the block is not closed.
 */
export function splitFrontMatter(source: string): { matter: string; body: string } | undefined {
  if (source.replace(/^\uFEFF/, '').indexOf('\n---', 3) === -1) return undefined;
  const { matter: block, content } = matter(source, SPLIT_ONLY);
  return { matter: block, body: content };
}

/** The fields of a front matter block: none when it holds only comments or blanks. */
const frontMatterData = (matter: string): unknown =>
  matter.replace(/^\s*#[^\n]+/gm, '').trim() === '' ? {} : (parseYaml(matter) ?? {});

/**
 * What each js-yaml error means, in plain words with the fix. The parser's own English
 * ("duplicated mapping key", "bad indentation of a mapping entry") is never shown.
 */
const YAML_HINTS: [RegExp, UiKey][] = [
  [/duplicated mapping key/, 'check.yaml.duplicate'],
  [/tab characters/, 'check.yaml.tabs'],
  [/within a (double|single) quoted scalar/, 'check.yaml.quote'],
  [/flow collection|missed comma/, 'check.yaml.list'],
  [/bad indentation|multiline key|implicit key/, 'check.yaml.indentation'],
  [/unidentified alias|unknown tag/, 'check.yaml.special'],
];

/**
 * A YAML syntax error as a problem on its line. js-yaml counts lines from 0 and reports an
 * unclosed quote or list at the end of the text: `lastLine` keeps that on the last YAML line.
 */
function yamlProblem(file: string, error: unknown, source: string, lastLine: number): Problem {
  if (!(error instanceof YAMLException))
    return { file, message: msg('check.file.unreadable', { reason: (error as Error).message }) };
  const line = error.mark ? Math.min(error.mark.line + 1, lastLine) : undefined;
  const hint = YAML_HINTS.find(([pattern]) => pattern.test(error.reason))?.[1] ?? 'check.yaml.other';
  const key =
    line && /duplicated/.test(error.reason)
      ? /^\s*([^:#]+?)\s*:/.exec(source.split('\n')[line - 1] ?? '')?.[1]
      : undefined;
  const fix = key ? msg('check.yaml.duplicateField', { key }) : msg(hint);
  return {
    file,
    line,
    message: msg(/\.mdx?$/.test(file) ? 'check.yaml.error' : 'check.yaml.errorFile', { fix }),
  };
}

/** What to write in a settings file that is missing. */
const MISSING_SETTINGS: Record<string, UiKey> = {
  'site.yaml': 'check.settings.siteMissing',
  'tags.yaml': 'check.settings.tagsMissing',
};

function readYamlFile(abs: string, file: string, problems: Problem[]): unknown {
  if (!existsSync(abs)) {
    problems.push({ file, message: msg(MISSING_SETTINGS[basename(abs)]!) });
    return undefined;
  }
  const source = readFileSync(abs, 'utf8');
  try {
    return parseYaml(source) ?? {};
  } catch (error) {
    problems.push(yamlProblem(file, error, source, source.trimEnd().split('\n').length));
    return undefined;
  }
}

/**
 * The files Astro's glob loader reads (`**\/[^_.]*.{md,mdx}`) and everything else beside them:
 * files starting with `_` or `.` are skipped, folders starting with `.` too.
 */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const item of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (item.name.startsWith('.')) continue;
    const abs = join(dir, item.name);
    if (item.isDirectory()) out.push(...listFiles(abs));
    else if (!item.name.startsWith('_')) out.push(abs);
  }
  return out;
}

const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*\r?\n/;

/** Parse one entry file. Exported for tests and for tools that read a single file. */
export function readEntry(collection: CollectionName, abs: string, cwd: string): SourceEntry | Problem {
  const file = relative(cwd, abs) || abs;
  const source = readFileSync(abs, 'utf8');
  if (!FRONT_MATTER_OPEN.test(source)) {
    return {
      file,
      line: 1,
      message: msg(/^\s*---/.test(source) ? 'check.frontMatter.notFirst' : 'check.frontMatter.none'),
    };
  }
  const parts = splitFrontMatter(source);
  if (!parts) {
    return {
      file,
      line: 1,
      message: msg('check.frontMatter.notClosed'),
    };
  }
  let data: unknown;
  try {
    data = frontMatterData(parts.matter);
  } catch (error) {
    const closingLine = source.slice(0, source.indexOf('\n---', 3) + 1).split('\n').length;
    return yamlProblem(file, error, source, closingLine - 1);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      file,
      line: 2,
      message: msg('check.frontMatter.notFields'),
    };
  }
  return {
    collection,
    id: basename(abs, extname(abs)),
    file,
    path: abs,
    ext: extname(abs),
    data: data as Record<string, unknown>,
    body: parts.body,
    bodyLine: parts.matter.split('\n').length + 2,
  };
}

export interface LoadOptions {
  /** Which entry files to read; the others are only listed (`SourceContent.listed`). Default: all. */
  read?: (path: string) => boolean;
}

/** An entry of which only the file is known. */
const stub = (collection: CollectionName, abs: string, file: string): SourceEntry => ({
  collection,
  id: basename(abs, extname(abs)),
  file,
  path: abs,
  ext: extname(abs),
  data: {},
  body: '',
  bodyLine: 1,
});

/** Read everything under `contentDir` (or, with `options.read`, list it and read only some entries). */
export function loadContent(
  contentDir: string,
  cwd = process.cwd(),
  options: LoadOptions = {},
): SourceContent {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(cwd, p) || p;
  if (!existsSync(contentDir)) {
    problems.push({
      file: rel(contentDir),
      message: msg('check.contentFolder.missing'),
    });
    return { entries: [], unreadable: [], problems };
  }
  const site = readYamlFile(join(contentDir, 'site.yaml'), rel(join(contentDir, 'site.yaml')), problems);
  const tags = readYamlFile(join(contentDir, 'tags.yaml'), rel(join(contentDir, 'tags.yaml')), problems);

  // A misspelt folder or settings file would be skipped silently: say so.
  for (const item of readdirSync(contentDir, { withFileTypes: true })) {
    const known = item.isDirectory() ? COLLECTION_NAMES : SETTINGS_FILES;
    if (/^[._]/.test(item.name) || (known as readonly string[]).includes(item.name)) continue;
    const meant = nearest(item.name, known, 2);
    if (meant) {
      problems.push({
        file: rel(join(contentDir, item.name)),
        message: msg('check.file.misnamed', { name: meant }),
      });
    }
  }

  const entries: SourceEntry[] = [];
  const unreadable: SourceEntry[] = [];
  const listed: SourceEntry[] = [];
  for (const collection of COLLECTION_NAMES) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const abs of listFiles(dir)) {
      const ext = extname(abs);
      if (ASSET_EXTENSIONS.has(ext.toLowerCase())) continue;
      if (!(CONTENT_EXTENSIONS as readonly string[]).includes(ext)) {
        const lower = ext.toLowerCase();
        const fix = (CONTENT_EXTENSIONS as readonly string[]).includes(lower)
          ? msg('check.file.lowerCase', { name: `${basename(abs, ext)}${lower}` })
          : msg('check.file.saveAsMd', { folder: rel(dir) });
        problems.push({ file: rel(abs), message: msg('check.file.notContent', { ext: ext || '—', fix }) });
        continue;
      }
      if (options.read && !options.read(abs)) {
        listed.push(stub(collection, abs, rel(abs)));
        continue;
      }
      const result = readEntry(collection, abs, cwd);
      if ('collection' in result) entries.push(result);
      else {
        problems.push(result);
        unreadable.push(stub(collection, abs, rel(abs)));
      }
    }
  }
  return { site, tags, entries, unreadable, problems, ...(options.read ? { listed } : {}) };
}

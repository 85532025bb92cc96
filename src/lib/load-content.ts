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

/** What usually causes each js-yaml error, as a fix. */
const YAML_HINTS: [RegExp, string][] = [
  [/duplicated mapping key/, 'a field appears twice — keep one of them'],
  [/tab characters/, 'indent with spaces, not tabs'],
  [/within a (double|single) quoted scalar/, 'a quote is not closed — close it at the end of the value'],
  [/flow collection|missed comma/, 'a list in [ ] must be closed with ] and its items separated by commas'],
  [
    /bad indentation|multiline key|implicit key/,
    'check the indentation, and put a value that contains ": " in quotes',
  ],
  [/unidentified alias|unknown tag/, 'a value that starts with * or ! must be in quotes'],
];

/**
 * A YAML syntax error as a problem on its line. js-yaml counts lines from 0 and reports an
 * unclosed quote or list at the end of the text: `lastLine` keeps that on the last YAML line.
 */
function yamlProblem(file: string, error: unknown, source: string, lastLine: number): Problem {
  if (!(error instanceof YAMLException))
    return { file, message: `could not be read: ${(error as Error).message}` };
  const line = error.mark ? Math.min(error.mark.line + 1, lastLine) : undefined;
  let hint =
    YAML_HINTS.find(([pattern]) => pattern.test(error.reason))?.[1] ??
    'check the indentation, colons and quotes on this line';
  const key =
    line && /duplicated/.test(error.reason)
      ? /^\s*([^:#]+?)\s*:/.exec(source.split('\n')[line - 1] ?? '')?.[1]
      : undefined;
  if (key) hint = `the field "${key}" appears twice — keep one of them`;
  return { file, line, message: `YAML syntax error (${error.reason}): ${hint}` };
}

/** What to write in a settings file that is missing. */
const MISSING_SETTINGS: Record<string, string> = {
  'site.yaml':
    'create it with at least "name:" (the organisation) and "contact:" with a "name:" below it (who answers questions about learning)',
  'tags.yaml': 'create it with the tags entries may use, e.g. a line "leren:" with "  label: Leren" below it',
};

function readYamlFile(abs: string, file: string, problems: Problem[]): unknown {
  if (!existsSync(abs)) {
    problems.push({ file, message: `is missing — ${MISSING_SETTINGS[basename(abs)]}` });
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
      message: /^\s*---/.test(source)
        ? 'the front matter must start on the first line — remove what stands above the first "---"'
        : 'has no front matter — start the file with a line "---", then the fields (name: value), then another "---"',
    };
  }
  const parts = splitFrontMatter(source);
  if (!parts) {
    return {
      file,
      line: 1,
      message: 'the front matter is not closed — add a line "---" after the last field',
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
      message: 'the front matter must be fields, one "name: value" per line — not a list or a single value',
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

/** Read everything under `contentDir`. */
export function loadContent(contentDir: string, cwd = process.cwd()): SourceContent {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(cwd, p) || p;
  if (!existsSync(contentDir)) {
    problems.push({
      file: rel(contentDir),
      message:
        'the content folder does not exist — create it, or name the right folder (npm run check -- <folder>)',
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
        message: `is not read by the site — did you mean "${meant}"? Rename it`,
      });
    }
  }

  const entries: SourceEntry[] = [];
  const unreadable: SourceEntry[] = [];
  for (const collection of COLLECTION_NAMES) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const abs of listFiles(dir)) {
      const ext = extname(abs);
      if (ASSET_EXTENSIONS.has(ext.toLowerCase())) continue;
      if (!(CONTENT_EXTENSIONS as readonly string[]).includes(ext)) {
        const lower = ext.toLowerCase();
        const fix = (CONTENT_EXTENSIONS as readonly string[]).includes(lower)
          ? `rename it to ${basename(abs, ext)}${lower} (lower case)`
          : `save it as .md (Markdown), or move it out of ${rel(dir)}`;
        problems.push({ file: rel(abs), message: `is not a content file${ext ? ` (${ext})` : ''} — ${fix}` });
        continue;
      }
      const result = readEntry(collection, abs, cwd);
      if ('collection' in result) entries.push(result);
      else {
        problems.push(result);
        unreadable.push({
          collection,
          id: basename(abs, ext),
          file: rel(abs),
          path: abs,
          ext,
          data: {},
          body: '',
          bodyLine: 1,
        });
      }
    }
  }
  return { site, tags, entries, unreadable, problems };
}

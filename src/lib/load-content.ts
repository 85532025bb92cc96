/**
 * Reads `content/` from disk with gray-matter, without Astro: the site settings, the tag
 * vocabulary and every entry's raw front matter and body. Syntax problems become `Problem`s.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import matter from 'gray-matter';
import { YAMLParseError, parse as parseYamlText } from 'yaml';
import { COLLECTION_NAMES, CONTENT_EXTENSIONS, type CollectionName } from '../schemas/index.ts';
import type { Problem } from './problems.ts';

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
  site?: unknown;
  tags?: unknown;
  entries: SourceEntry[];
  problems: Problem[];
}

/** Files that may sit beside entries in a collection folder without being entries. */
const ASSET_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg']);

/** YAML 1.2 core schema: dates stay strings so that the schema can check them strictly. */
export function parseYaml(source: string): unknown {
  return parseYamlText(source, { schema: 'core', uniqueKeys: true, prettyErrors: false });
}

const matterOptions = { engines: { yaml: (s: string) => (parseYaml(s) ?? {}) as object } };

function yamlProblem(file: string, error: unknown, lineOffset: number): Problem {
  if (error instanceof YAMLParseError) {
    const line = (error.linePos?.[0]?.line ?? 1) + lineOffset;
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return {
      file,
      line,
      message: `YAML syntax error: ${reason} — check the indentation, colons and quotes on this line`,
    };
  }
  return { file, message: `could not be read: ${(error as Error).message}` };
}

function readYamlFile(abs: string, file: string, problems: Problem[]): unknown {
  if (!existsSync(abs)) {
    problems.push({ file, message: 'is missing — every site needs this file in content/' });
    return undefined;
  }
  try {
    return parseYaml(readFileSync(abs, 'utf8'));
  } catch (error) {
    problems.push(yamlProblem(file, error, 0));
    return undefined;
  }
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...listFiles(abs));
    else out.push(abs);
  }
  return out;
}

/** Parse one entry file. Exported for tests and for tools that read a single file. */
export function readEntry(collection: CollectionName, abs: string, cwd: string): SourceEntry | Problem {
  const file = relative(cwd, abs) || abs;
  const ext = extname(abs).toLowerCase();
  const source = readFileSync(abs, 'utf8');
  try {
    const parsed = matter(source, matterOptions);
    const frontLines = parsed.matter ? parsed.matter.split('\n').length : 0;
    return {
      collection,
      id: basename(abs, extname(abs)),
      file,
      path: abs,
      ext,
      data: (parsed.data ?? {}) as Record<string, unknown>,
      body: parsed.content,
      bodyLine: parsed.matter ? frontLines + 2 : 1,
    };
  } catch (error) {
    return yamlProblem(file, error, 1);
  }
}

/** Read everything under `contentDir`. */
export function loadContent(contentDir: string, cwd = process.cwd()): SourceContent {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(cwd, p) || p;
  const site = readYamlFile(join(contentDir, 'site.yaml'), rel(join(contentDir, 'site.yaml')), problems);
  const tags = readYamlFile(join(contentDir, 'tags.yaml'), rel(join(contentDir, 'tags.yaml')), problems);
  const entries: SourceEntry[] = [];
  for (const collection of COLLECTION_NAMES) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const abs of listFiles(dir)) {
      const ext = extname(abs).toLowerCase();
      if (ASSET_EXTENSIONS.has(ext)) continue;
      if (!(CONTENT_EXTENSIONS as readonly string[]).includes(ext)) {
        problems.push({
          file: rel(abs),
          message: `"${ext || basename(abs)}" files are not content — save it as .md (Markdown) or move it out of ${rel(dir)}`,
        });
        continue;
      }
      const result = readEntry(collection, abs, cwd);
      if ('message' in result) problems.push(result);
      else entries.push(result);
    }
  }
  return { site, tags, entries, problems };
}

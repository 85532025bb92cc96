/** Reads a `_headers` file (Netlify, Cloudflare Pages) as those hosts do: path rules with their headers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Rules in file order: a path line, then its indented `Name: value` lines. */
export function parseHeadersFile(text: string): Map<string, [name: string, value: string][]> {
  const rules = new Map<string, [string, string][]>();
  let current: [string, string][] | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = []));
    else {
      const m = /^ {2}([A-Za-z0-9-]+): (.*)$/.exec(line);
      if (!m || !current) throw new Error(`_headers: unexpected line "${line}"`);
      current.push([m[1]!, m[2]!]);
    }
  }
  return rules;
}

/** The headers every response of a built site gets: the `/*` rule of its generated `_headers`. */
export function siteHeaders(siteDir: string): Record<string, string> {
  const rules = parseHeadersFile(readFileSync(join(siteDir, '_headers'), 'utf8'));
  return Object.fromEntries(rules.get('/*') ?? []);
}

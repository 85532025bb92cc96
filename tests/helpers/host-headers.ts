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

/** Whether a `_headers` rule matches a path: exactly, or as a prefix before a trailing `*`. */
const matches = (rule: string, path: string) =>
  rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path;

/**
 * The headers a response for `path` gets from a built site's `_headers`, every matching rule
 * joined as the hosts do (values of the same header joined with a comma). Without `path`: the
 * site's home page — the first rule without `*` is the base path where the site has a web
 * editor (whose own rule keeps the public pages' policy off `/*`); else the `/*` rule.
 */
export function siteHeaders(siteDir: string, path?: string): Record<string, string> {
  const rules = parseHeadersFile(readFileSync(join(siteDir, '_headers'), 'utf8'));
  const target = path ?? [...rules.keys()].find((rule) => !rule.endsWith('*'));
  if (target === undefined) return Object.fromEntries(rules.get('/*') ?? []);
  const headers: Record<string, string> = {};
  for (const [rule, list] of rules) {
    if (!matches(rule, target)) continue;
    for (const [name, value] of list) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

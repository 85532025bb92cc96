/**
 * Placeholders (`VUL-IN`) that `npm run new` leaves where an editor still has to write
 * something. Each one is a problem naming its field and what belongs there, so a new entry
 * fails the check, field by field, until it is filled in.
 */
import { dictionaries, msg } from '../i18n/index.ts';
import type { Locale } from '../schemas/fields.ts';
import { fieldHint } from './field-help.ts';
import type { SourceEntry } from './load-content.ts';
import type { Problem } from './problems.ts';
import { fieldAt } from './schema-fields.ts';
import { fieldPath } from './zod-problems.ts';

/** The placeholder of each language (`VUL-IN`, `FILL-IN`); every site recognises all of them. */
export const PLACEHOLDERS: readonly string[] = [
  ...new Set(Object.values(dictionaries).map((d) => d['new.placeholder'])),
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A placeholder as a word of its own, with what follows a colon after it (the hint). */
const MARKER = new RegExp(`(?<![\\w-])(?:${PLACEHOLDERS.map(escape).join('|')})(?![\\w-])(?::\\s*(.*))?`);

/** Whether a text still holds a placeholder. */
export const hasPlaceholder = (text: string): boolean => MARKER.test(text);

/** Field paths (`cost.amount`, `authors[0]`) whose value still holds a placeholder. */
export function placeholderFields(
  data: unknown,
  path: PropertyKey[] = [],
): { path: string; hint?: string }[] {
  if (typeof data === 'string') {
    const match = MARKER.exec(data);
    return match ? [{ path: fieldPath(path), ...(match[1]?.trim() ? { hint: match[1].trim() } : {}) }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholderFields(item, [...path, i]));
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.entries(data).flatMap(([key, value]) => placeholderFields(value, [...path, key]));
  return [];
}

/** Lines of the body with a placeholder, outside code (where it may be an example). */
function bodyPlaceholders(body: string): { index: number; hint: string }[] {
  const found: { index: number; hint: string }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((line, index) => {
    const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (opening && (!fence || (opening[0] === fence[0] && opening.length >= fence.length))) {
      fence = fence ? undefined : opening;
      return;
    }
    if (fence) return;
    // In `inline code` the word is an example, not a placeholder.
    const match = MARKER.exec(line.replace(/(`+)[^`]*?\1/g, ''));
    if (match)
      found.push({ index, hint: (match[1] ?? line.replace(match[0], '')).replace(/^[_*\s]+|[_*\s]+$/g, '') });
  });
  return found;
}

export interface PlaceholderCheck {
  problems: Problem[];
  /** Paths of the fields with a placeholder: their schema problems say nothing new. */
  fields: string[];
}

/** One problem per placeholder in an entry, in its front matter and its body. */
export function placeholderProblems(entry: SourceEntry, locale: Locale): PlaceholderCheck {
  const fields = placeholderFields(entry.data);
  const problems: Problem[] = fields.map(({ path, hint }) => {
    const field = fieldAt(entry.collection, path);
    const what = field ? fieldHint(entry.collection, field, locale) : (hint ?? path);
    return { file: entry.file, field: path, message: msg('check.placeholder', { hint: what }) };
  });
  for (const { index, hint } of bodyPlaceholders(entry.body)) {
    problems.push({
      file: entry.file,
      line: entry.bodyLine + index,
      message: msg('check.placeholderBody', { hint }),
    });
  }
  return { problems, fields: fields.map((f) => f.path) };
}

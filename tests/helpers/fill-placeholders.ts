/**
 * Fills in every placeholder (VUL-IN) of a file made by `npm run new` the way an editor would:
 * a value of the right kind for each field, read from the schema (src/lib/schema-fields.ts),
 * ids of entries that exist, and a sentence for each line of the outline. The tests then run
 * the real checker on the result, for every collection the registry holds.
 */
import { stringify } from 'yaml';
import { parseYaml, splitFrontMatter } from '../../src/lib/load-content.ts';
import { hasPlaceholder } from '../../src/lib/placeholders.ts';
import { exampleValue, type KnownIds } from '../../src/lib/schema-examples.ts';
import { fieldAt } from '../../src/lib/schema-fields.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

export type { KnownIds };

function fill(
  collection: CollectionName,
  data: unknown,
  path: string,
  ids: KnownIds,
  today: string,
): unknown {
  if (typeof data === 'string' && hasPlaceholder(data)) {
    const field = fieldAt(collection, path);
    if (!field) throw new Error(`placeholder in ${path}, which the schema of ${collection} does not have`);
    // A placeholder inside a list stands for one item; items differ by their place in the list.
    const index = Number(/\[(\d+)\][^[]*$/.exec(path)?.[1] ?? 0);
    return exampleValue(field.kind === 'list' && /\]$/.test(path) ? field.item! : field, ids, today, index);
  }
  if (Array.isArray(data)) return data.map((item, i) => fill(collection, item, `${path}[${i}]`, ids, today));
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.fromEntries(
      Object.entries(data).map(([k, v]) => [k, fill(collection, v, path ? `${path}.${k}` : k, ids, today)]),
    );
  return data;
}

/** The file with every placeholder replaced; comments in the front matter are dropped. */
export function fillPlaceholders(
  collection: CollectionName,
  text: string,
  ids: KnownIds,
  today: string,
): string {
  const parts = splitFrontMatter(text);
  if (!parts) throw new Error('no front matter');
  const data = fill(collection, parseYaml(parts.matter), '', ids, today);
  const body = parts.body
    .split('\n')
    .map((line) => (hasPlaceholder(line) ? 'Een zin die de redacteur schreef.' : line))
    .join('\n');
  return `---\n${stringify(data)}---\n${body}`;
}

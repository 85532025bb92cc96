/**
 * Valid example values for fields, read from the schema (src/lib/schema-fields.ts), and what
 * the schema asks for beyond its required fields once a choice is made: an instrument of
 * `kind: zelfscan` needs a `scale` and `competencies`, one of `kind: gesprek` needs
 * `sections`. Rules like that live in a schema's refinements, not in its fields, so they are
 * found by asking the schema itself.
 */
import { collections, type CollectionName, type RefTarget } from '../schemas/index.ts';
import { collectionFields, type FieldInfo } from './schema-fields.ts';

export type KnownIds = Readonly<Partial<Record<RefTarget, readonly string[]>>>;

/**
 * A valid value for a field: the first choice, the smallest number allowed (plus `index`, so
 * the items of a list differ), a text, today, an id from `ids` (or a well-formed one).
 */
export function exampleValue(field: FieldInfo, ids: KnownIds, today: string, index = 0): unknown {
  switch (field.kind) {
    case 'choice':
      return field.values![0];
    case 'number':
    case 'integer':
      return (field.min === undefined ? 1 : field.minInclusive === false ? field.min + 1 : field.min) + index;
    case 'boolean':
      return true;
    case 'date':
      return today;
    case 'email':
      return 'redactie@organisatie.example';
    case 'url':
      return 'https://organisatie.example/';
    case 'id': {
      const targets = field.to === 'any' || !field.to ? (Object.keys(ids) as RefTarget[]) : field.to;
      return targets.flatMap((t) => ids[t] ?? [])[0] ?? `voorbeeld-${index + 1}`;
    }
    case 'list':
      return Array.from({ length: Math.max(1, field.min ?? 1) }, (_, i) =>
        exampleValue(field.item!, ids, today, i),
      );
    case 'either':
      return exampleValue(field.options![0]!, ids, today, index);
    case 'group':
      return Object.fromEntries(
        (field.fields ?? [])
          .filter((f) => f.required)
          .map((f) => [f.name, exampleValue(f, ids, today, index)]),
      );
    default:
      return `${field.path} ${index + 1}`;
  }
}

const cache = new Map<CollectionName, Map<string, Map<string, string[]>>>();

/**
 * For each required choice of a collection whose value decides which other fields must be
 * there: value → those fields. `instrumenten`: kind → { zelfscan: [scale, competencies],
 * gesprek: [sections] }. Found by validating the smallest valid entry with each value.
 */
export function requiredWithChoice(collection: CollectionName): Map<string, Map<string, string[]>> {
  let found = cache.get(collection);
  if (found) return found;
  found = new Map();
  const fields = collectionFields(collection);
  const base = Object.fromEntries(
    fields.filter((f) => f.required).map((f) => [f.name, exampleValue(f, {}, '2026-01-01')]),
  );
  for (const choice of fields.filter((f) => f.required && f.kind === 'choice')) {
    const byValue = new Map<string, string[]>();
    for (const value of choice.values ?? []) {
      const result = collections[collection].schema.safeParse({ ...base, [choice.name]: value });
      const missing = result.success
        ? []
        : result.error.issues
            .filter((i) => i.path.length === 1 && !(String(i.path[0]) in base))
            .map((i) => String(i.path[0]));
      byValue.set(value, [...new Set(missing)]);
    }
    if ([...byValue.values()].some((names) => names.length)) found.set(choice.name, byValue);
  }
  cache.set(collection, found);
  return found;
}

/** Turns zod issues into one-line problems that name field, value and fix. */
import type { z } from 'zod';
import { didYouMean } from './suggest.ts';
import { type Problem, showValue } from './problems.ts';

/** `runs[0].start` from `['runs', 0, 'start']`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

const isPrimitive = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v) || v instanceof Date;

/** Keys an object schema accepts, for "did you mean" on unknown fields. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const key of path) {
    const def = (node as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } })?.def;
    if (def?.type === 'object' && typeof key === 'string') node = def.shape?.[key];
    else if (def?.type === 'array' && typeof key === 'number') node = def.element;
    else return [];
    while ((node as { def?: { type?: string; innerType?: unknown } })?.def?.innerType)
      node = (node as { def: { innerType: unknown } }).def.innerType;
  }
  const shape = (node as { def?: { shape?: Record<string, unknown> } })?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/** One problem per zod issue (one per key for unknown keys). */
export function zodProblems(file: string, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const field = fieldPath(issue.path);
    const input = (issue as { input?: unknown }).input;
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        problems.push({
          file,
          field: field ? `${field}.${key}` : key,
          message: `is not a known field${didYouMean(key, known)} — remove it or correct its name`,
        });
      }
    } else if (issue.code === 'invalid_value' && issue.values.every((v) => typeof v === 'string')) {
      const allowed = issue.values as string[];
      problems.push({
        file,
        field,
        message: `${showValue(input)} is not one of ${allowed.join(', ')}${typeof input === 'string' ? didYouMean(input, allowed) : ''}`,
      });
    } else if (input === undefined && issue.code === 'invalid_type') {
      problems.push({ file, field, message: `is missing — add "${String(issue.path.at(-1))}:" to the front matter; it ${issue.message}` });
    } else if (issue.code === 'custom' || !isPrimitive(input)) {
      problems.push({ file, field, message: issue.message });
    } else {
      problems.push({ file, field, message: `${showValue(input)} ${issue.message}` });
    }
  }
  return problems;
}

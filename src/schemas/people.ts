/** People: how entries name authors and contacts. */
import { z } from 'zod';
import { idRef, text } from './fields.ts';

/** A colleague without an expert profile, named inline. */
export const inlinePerson = z.strictObject({
  name: text('a name'),
  role: text('a role').optional(),
  department: text('a department').optional(),
});

/** An author: an expert id, or an inline `{ name, role, department }`. */
export const authorField = z.union([idRef(), inlinePerson], {
  error: 'must be an expert id (like "sanne-de-vries") or { name, role, department }',
});

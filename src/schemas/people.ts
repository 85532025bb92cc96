/** People: how entries name authors and contacts. */
import { z } from 'zod';
import { idRef, says, text } from './fields.ts';

/** A colleague without an expert profile, named inline. */
export const inlinePerson = z.strictObject({
  name: text('what.name'),
  role: text('what.role').optional(),
  department: text('what.department').optional(),
});

/** An author: an expert id, or an inline `{ name, role, department }`. */
export const authorField = z.union([idRef(), inlinePerson], says('check.author.form'));

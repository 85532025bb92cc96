/** Role profiles with growth paths (`content/functies`). */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { idRef, text, wholeNumber } from './fields.ts';

export const functieSchema = z.strictObject({
  ...baseFields,
  department: text('what.department'),
  /** Competencies this role needs, at a level defined by that competency. */
  competencies: z.array(z.strictObject({ competency: idRef(), level: wholeNumber(1, 5) })).default([]),
  /** Role ids this role can grow into. */
  nextRoles: z.array(idRef()).default([]),
  related: z.array(idRef()).default([]),
});

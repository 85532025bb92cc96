/** Free pages: the leermogelijkheden hub, accessibility statement, intervision methods (`content/paginas`). */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { idRef, wholeNumber } from './fields.ts';

export const paginaSchema = z.strictObject({
  ...baseFields,
  /** Order in the footer and hub navigation; lower first. */
  order: wholeNumber(0).default(100),
  related: z.array(idRef()).default([]),
});

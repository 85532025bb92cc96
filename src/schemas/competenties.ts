/** Competencies with levels (`content/competenties`). */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { text, wholeNumber } from './fields.ts';

export const competentieSchema = z
  .strictObject({
    ...baseFields,
    /** Group in the competency model, e.g. "Samenwerken". */
    group: text('a group name'),
    levels: z
      .array(z.strictObject({ level: wholeNumber(1, 5), description: text('a description') }))
      .min(1, { error: 'needs at least one level' }),
    /** Optional ESCO skill URI. */
    esco: z.url({ error: 'must be an ESCO URI (http://data.europa.eu/esco/skill/…)' }).optional(),
  })
  .refine((d) => new Set(d.levels.map((l) => l.level)).size === d.levels.length, {
    error: 'has a level number twice — each level appears once',
    path: ['levels'],
  });

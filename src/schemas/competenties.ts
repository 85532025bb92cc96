/** Competencies with levels (`content/competenties`). */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { says, text, urlField, wholeNumber } from './fields.ts';

export const competentieSchema = z
  .strictObject({
    ...baseFields,
    /** Group in the competency model, e.g. "Samenwerken". */
    group: text('what.group'),
    levels: z
      .array(z.strictObject({ level: wholeNumber(1, 5), description: text('what.levelDescription') }))
      .min(1, says('check.levels.none')),
    /** Optional ESCO skill URI. */
    esco: urlField('http://data.europa.eu/esco/skill/…').optional(),
  })
  .refine((d) => new Set(d.levels.map((l) => l.level)).size === d.levels.length, {
    ...says('check.levels.twice'),
    path: ['levels'],
  });

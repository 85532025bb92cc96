/** The tag vocabulary (`content/tags.yaml`): id → label, description, search aliases. */
import { z } from 'zod';
import { ID_PATTERN, text } from './fields.ts';

export const tagSchema = z.strictObject({
  /** Shown on tag chips and the tag page. */
  label: text('a label'),
  description: text('a description').optional(),
  /** Other words people search with; used as search synonyms. */
  aliases: z.array(text('a word')).default([]),
});

export const tagsSchema = z.record(
  z.string().regex(ID_PATTERN, {
    error: 'is not a tag id: use lower-case words joined by hyphens, like "feedback-geven"',
  }),
  tagSchema,
);

export type TagVocabulary = z.output<typeof tagsSchema>;

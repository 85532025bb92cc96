/** The tag vocabulary (`content/tags.yaml`): id → label, description, search aliases. */
import { z } from 'zod';
import { ID_PATTERN, says, text } from './fields.ts';

export const tagSchema = z.strictObject({
  /** Shown on tag chips and the tag page. */
  label: text('what.label'),
  description: text('what.tagDescription').optional(),
  /** Other words people search with; used as search synonyms. */
  aliases: z.array(text('what.word'), says('check.list')).default([]),
});

export const tagsSchema = z.record(
  z.string().regex(ID_PATTERN, says('check.tag.key')),
  tagSchema,
  says('check.tags.file'),
);

export type TagVocabulary = z.output<typeof tagsSchema>;

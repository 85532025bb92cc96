/** Fields every entry shares (PRODUCT.md § Content model). */
import { z } from 'zod';
import { LOCALES, dateField, idRef, text, wholeNumber } from './fields.ts';

export const baseFields = {
  /** Shown as the page heading, in lists and in search results. */
  title: text('the title'),
  /** One or two sentences: used in lists, the meta description and search results. */
  description: text('one or two sentences').pipe(
    z.string().max(300, { error: 'is longer than 300 characters — keep it to one or two sentences' }),
  ),
  /** Tags from the vocabulary in `content/tags.yaml`. */
  tags: z.array(idRef()).default([]),
  /** Language of the entry; sets `<html lang>` and the UI language of its page. */
  lang: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` }).default('nl'),
  /** A draft is checked but never published. */
  draft: z.boolean({ error: 'must be true or false' }).default(false),
  /** Expert id of the person who keeps this entry current. */
  owner: idRef().optional(),
  /** When the content was last reviewed. */
  reviewedAt: dateField().optional(),
  /** How many months after `reviewedAt` the entry is due for review again. */
  reviewEveryMonths: wholeNumber(1, 60, 'a whole number of months').optional(),
};

/** The shared fields as a schema, for collections that add nothing of their own. */
export const baseSchema = z.strictObject(baseFields);

/** Fields every entry shares (PRODUCT.md § Content model). */
import { z } from 'zod';
import { LOCALES, dateField, idRef, says, text, wholeNumber, yesNo } from './fields.ts';
import { oneOf } from './vocab.ts';

export const baseFields = {
  /** Shown as the page heading, in lists and in search results. */
  title: text('what.title'),
  /** One or two sentences: used in lists, the meta description and search results. */
  description: text('what.description').max(300, says('check.description.tooLong', { max: 300 })),
  /** Tags from the vocabulary in `content/tags.yaml`. */
  tags: z.array(idRef()).default([]),
  /** Language of the entry; sets `<html lang>` and the UI language of its page. */
  lang: oneOf(LOCALES).default('nl'),
  /** A draft is checked but never published. */
  draft: yesNo().default(false),
  /** Expert id of the person who keeps this entry current. */
  owner: idRef().optional(),
  /** When the content was last reviewed. */
  reviewedAt: dateField().optional(),
  /** How many months after `reviewedAt` the entry is due for review again. */
  reviewEveryMonths: wholeNumber(1, 60, 'unit.months').optional(),
};

/** The shared fields as a schema, for collections that add nothing of their own. */
export const baseSchema = z.strictObject(baseFields);

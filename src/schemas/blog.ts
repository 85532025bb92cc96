/** Blog posts: news and articles (`content/blog`). */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { dateField, idRef, type ImageField, imagePath, says, text } from './fields.ts';

/** The blog schema around an image field (see `ImageField`). */
export const makeBlogSchema = <I extends z.ZodType>(image: ImageField<I>) =>
  z
    .strictObject({
      ...baseFields,
      /** Expert ids of the authors. */
      authors: z.array(idRef(), says('check.authors.list')).min(1, says('check.authors.list')),
      publishedAt: dateField(),
      updatedAt: dateField().optional(),
      /** Cover image, relative to the file. */
      cover: image().optional(),
      /** Text alternative for the cover; required with a cover. */
      coverAlt: text('what.imageDescription').optional(),
      /** Ids of entries (any collection) shown first under "Lees ook". */
      related: z.array(idRef()).default([]),
    })
    .refine((d) => !d.cover || d.coverAlt, { ...says('check.coverAlt.required'), path: ['coverAlt'] })
    .refine((d) => !d.updatedAt || d.updatedAt >= d.publishedAt, {
      ...says('check.updatedAt.beforePublished'),
      path: ['updatedAt'],
    });

export const blogSchema = makeBlogSchema(imagePath);

/** Blog posts: news and articles (`content/blog`). */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { dateField, idRef, type ImageField, imagePath, text } from './fields.ts';

/** The blog schema around an image field (see `ImageField`). */
export const makeBlogSchema = <I extends z.ZodType>(image: ImageField<I>) =>
  z
    .strictObject({
      ...baseFields,
      /** Expert ids of the authors. */
      authors: z.array(idRef()).min(1, { error: 'needs at least one author (an expert id)' }),
      publishedAt: dateField(),
      updatedAt: dateField().optional(),
      /** Cover image, relative to the file. */
      cover: image().optional(),
      /** Text alternative for the cover; required with a cover. */
      coverAlt: text('a description of the image').optional(),
      /** Ids of entries (any collection) shown first under "Lees ook". */
      related: z.array(idRef()).default([]),
    })
    .refine((d) => !d.cover || d.coverAlt, {
      error: 'is required when there is a cover — describe the image for people who cannot see it',
      path: ['coverAlt'],
    })
    .refine((d) => !d.updatedAt || d.updatedAt >= d.publishedAt, {
      error: 'is before publishedAt — an update cannot precede publication',
      path: ['updatedAt'],
    });

export const blogSchema = makeBlogSchema(imagePath);

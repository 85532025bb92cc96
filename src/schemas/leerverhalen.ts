/** Learning stories: colleagues tell what they learned and how they use it (`content/leerverhalen`). */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { dateField, idRef, text } from './fields.ts';
import { authorField } from './people.ts';
import { METHODS, oneOf } from './vocab.ts';

export const leerverhaalSchema = z.strictObject({
  ...baseFields,
  author: authorField,
  /** What I learned, in a sentence or two. */
  learned: text('what.learned'),
  /** How I apply it in my work. */
  applied: text('what.applied'),
  /** Course ids the story is about. */
  courses: z.array(idRef()).default([]),
  /** Competency ids the story is about. */
  competencies: z.array(idRef()).default([]),
  method: oneOf(METHODS).optional(),
  publishedAt: dateField(),
  related: z.array(idRef()).default([]),
});

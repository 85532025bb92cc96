/** Expert profiles: "wie weet wat" (`content/experts`). Publishing a person needs consent (AVG). */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { idRef, type ImageField, imagePath, text } from './fields.ts';
import { AVAILABLE_FOR, oneOf } from './vocab.ts';

const { title: _title, ...sharedWithoutTitle } = baseFields;

/** The expert schema around an image field (see `ImageField`). */
export const makeExpertSchema = <I extends z.ZodType>(image: ImageField<I>) =>
  z
    .strictObject({
      ...sharedWithoutTitle,
      name: text('the full name'),
      role: text('a job title'),
      department: text('a department'),
      /** Competency ids or tags this person knows about. */
      expertise: z.array(idRef()).default([]),
      availableFor: z.array(oneOf(AVAILABLE_FOR)).default([]),
      email: z.email({ error: 'must be an e-mail address' }).optional(),
      phone: z
        .string()
        .regex(/^\+?[0-9 ()-]{6,20}$/, { error: 'must be a phone number like 030 123 45 67' })
        .optional(),
      photo: image().optional(),
      photoAlt: text('a description of the photo').optional(),
      /** Spoken languages (ISO codes). */
      languages: z
        .array(z.string().regex(/^[a-z]{2}$/, { error: 'must be a language code like nl' }))
        .default(['nl']),
      /** Must be `true` before this person is published or linked: freely given, withdrawable (AVG). */
      consent: z.boolean({ error: 'must be true or false' }).default(false),
    })
    .refine((d) => !d.photo || d.photoAlt, {
      error: 'is required when there is a photo — describe the photo',
      path: ['photoAlt'],
    });

export const expertSchema = makeExpertSchema(imagePath);

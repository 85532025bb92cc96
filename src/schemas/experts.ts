/** Expert profiles: "wie weet wat" (`content/experts`). Publishing a person needs consent (AVG). */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { emailField, idRef, type ImageField, imagePath, says, text, yesNo } from './fields.ts';
import { AVAILABLE_FOR, oneOf } from './vocab.ts';

const { title: _title, ...sharedWithoutTitle } = baseFields;

/** The expert schema around an image field (see `ImageField`). */
export const makeExpertSchema = <I extends z.ZodType>(image: ImageField<I>) =>
  z
    .strictObject({
      ...sharedWithoutTitle,
      name: text('what.fullName'),
      role: text('what.jobTitle'),
      department: text('what.department'),
      /** Competency ids or tags this person knows about. */
      expertise: z.array(idRef()).default([]),
      availableFor: z.array(oneOf(AVAILABLE_FOR)).default([]),
      email: emailField().optional(),
      phone: z
        .string(says('check.phone'))
        .regex(/^\+?[0-9 ()-]{6,20}$/, says('check.phone'))
        .optional(),
      photo: image().optional(),
      photoAlt: text('what.photoDescription').optional(),
      /** Spoken languages (ISO codes). */
      languages: z
        .array(z.string(says('check.languageCode')).regex(/^[a-z]{2}$/, says('check.languageCode')))
        .default(['nl']),
      /** Must be `true` before this person is published or linked: freely given, withdrawable (AVG). */
      consent: yesNo().default(false),
    })
    .refine((d) => !d.photo || d.photoAlt, { ...says('check.photoAlt.required'), path: ['photoAlt'] });

export const expertSchema = makeExpertSchema(imagePath);

/** Closed vocabularies used by several schemas; their labels live in `src/i18n/*.json`. */
import { z } from 'zod';
import { says } from './fields.ts';

/** Learning methods (aligned with EDU-DEX forms and types). Label key: `method.<value>`. */
export const METHODS = [
  'klassikaal',
  'e-learning',
  'blended',
  'coaching',
  'intervisie',
  'webinar',
  'zelfstudie',
  'on-the-job',
  'mentoring',
] as const;

/** What an expert can be asked for. Label key: `availableFor.<value>`. */
export const AVAILABLE_FOR = ['vragen', 'intervisie', 'mentoring', 'workshop', 'meelopen'] as const;

/** Who pays for a course. Label key: `paidBy.<value>`. */
export const PAID_BY = ['werkgever', 'medewerker', 'gedeeld', 'opleidingsfonds'] as const;

/** Languages a course can be taught in. Label key: `language.<value>`. */
export const COURSE_LANGUAGES = ['nl', 'en', 'de', 'fr'] as const;

/** A zod enum whose error lists the allowed values (the checker adds "did you mean"). */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, says('check.enum', { allowed: [...values] }));

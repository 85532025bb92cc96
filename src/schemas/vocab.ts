/** Closed vocabularies used by several schemas; their labels live in `src/i18n/*.json`. */
import { z } from 'zod';

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

/** A zod enum whose error lists the allowed values (the checker adds "did you mean"). */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

/** Problems with their messages rendered, for assertions on the words a reader sees. */
import { renderMessage } from '../../src/i18n/index.ts';
import type { Problem } from '../../src/lib/problems.ts';
import type { Locale } from '../../src/schemas/fields.ts';

export type Rendered = Omit<Problem, 'message'> & { message: string };

/** Each problem with its message as text in `locale` (English by default: the unit tests' language). */
export const rendered = (problems: readonly Problem[], locale: Locale = 'en'): Rendered[] =>
  problems.map((p) => ({ ...p, message: renderMessage(locale, p.message) }));

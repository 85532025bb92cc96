/**
 * Messages in zod issues. zod carries an issue's message as text; a schema (`says(…)` in
 * `src/schemas/fields.ts`) renders its message when the issue arises, in the language named by
 * LEERHUIS_LOCALE (the site's, set by the content-check integration; Dutch by default), so that
 * Astro's own error for an invalid entry reads well too. The checker reads the message back as
 * data with `fromZodText`, and renders it in the site's language wherever it is shown.
 */
import type { Locale } from '../schemas/fields.ts';
import { renderMessage } from './index.ts';
import type { Message } from './message.ts';

/** The messages behind texts given to zod in this process (a few hundred at most: their parameters are fixed). */
const carried = new Map<string, Message>();

/** The language zod texts are written in. */
const zodLocale = (): Locale => (process.env.LEERHUIS_LOCALE === 'en' ? 'en' : 'nl');

/** A message as the text of a zod issue; `fromZodText` gives the message back. */
export function zodText(message: Message): string {
  const text = renderMessage(zodLocale(), message);
  carried.set(text, message);
  return text;
}

/** The message behind a zod issue text, if a schema or the checker gave it. */
export const fromZodText = (text: string): Message | undefined => carried.get(text);

/**
 * The command line of `npm run digest`, read and checked before anything is loaded or written:
 * dates that exist, a period that ends on or after its start and no later than today, only
 * known options, real e-mail addresses. Each mistake is one message in the site's language.
 */
import { parseArgs } from 'node:util';
import addressparser from 'nodemailer/lib/addressparser';
import { z } from 'zod';
import { t } from '../../i18n/index.ts';
import { type Locale, parseIsoDate } from '../../schemas/fields.ts';
import { isoDate } from '../dates.ts';
import type { Period } from './select.ts';

export interface DigestOptions extends Period {
  /** Folder the files go into. */
  out: string;
  help: boolean;
  to?: string | undefined;
  from?: string | undefined;
}

export type ParsedOptions = { ok: true; options: DigestOptions } | { ok: false; message: string };

/** Where the files go when `--out` is not given. */
export const DEFAULT_OUT = 'digest';

const OPTIONS = {
  since: { type: 'string' },
  until: { type: 'string' },
  out: { type: 'string' },
  to: { type: 'string' },
  from: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** An example value per option, for "lacks a value". */
const EXAMPLES: Record<string, string> = {
  since: '--since 2026-11-01',
  until: '--until 2026-11-30',
  out: '--out nieuwsbrief',
  to: '--to medewerkers@organisatie.nl',
  from: '--from leren@organisatie.nl',
};

const email = z.email();

/** Reads `argv` (after `npm run digest --`); `today` ends the latest possible period. */
export function parseDigestArgs(argv: readonly string[], today: Date, lang: Locale): ParsedOptions {
  const fail = (message: string): ParsedOptions => ({ ok: false, message });
  let values: {
    [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string;
  };
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      return fail(t(lang, 'digest.error.unknownOption', { option }));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = option.replace(/^-+/, '').split(/[ =]/)[0]!;
      return fail(
        t(lang, 'digest.error.missingValue', { option: `--${name}`, example: EXAMPLES[name] ?? '' }),
      );
    }
    const value = /'([^']+)'/.exec(message)?.[1] ?? argv.find((a) => !a.startsWith('-')) ?? '';
    return fail(t(lang, 'digest.error.unexpected', { value }));
  }
  if (values.help) return { ok: true, options: { since: today, until: today, out: DEFAULT_OUT, help: true } };

  const date = (name: 'since' | 'until', value: string): Date | string => {
    const parsed = parseIsoDate(value);
    if (parsed) return parsed;
    const key = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'digest.error.noSuchDate' : 'digest.error.notADate';
    return t(lang, key, { option: `--${name}`, value });
  };
  if (values.since === undefined) return fail(t(lang, 'digest.error.missingSince'));
  const since = date('since', values.since);
  if (typeof since === 'string') return fail(since);
  const until =
    values.until === undefined ? new Date(`${isoDate(today)}T00:00:00Z`) : date('until', values.until);
  if (typeof until === 'string') return fail(until);

  const day = { since: isoDate(since), until: isoDate(until), today: isoDate(today) };
  if (day.since > day.today) return fail(t(lang, 'digest.error.sinceAfterToday', day));
  if (day.until < day.since) return fail(t(lang, 'digest.error.untilBeforeSince', day));
  if (day.until > day.today) return fail(t(lang, 'digest.error.untilAfterToday', day));

  for (const name of ['to', 'from'] as const) {
    const value = values[name];
    if (value === undefined) continue;
    const addresses = addressparser(value, { flatten: true });
    if (!addresses.length || addresses.some((a) => !email.safeParse(a.address).success))
      return fail(t(lang, 'digest.error.badAddress', { option: `--${name}`, value }));
  }
  if (values.out === '')
    return fail(t(lang, 'digest.error.missingValue', { option: '--out', example: EXAMPLES.out! }));
  return {
    ok: true,
    options: { since, until, out: values.out ?? DEFAULT_OUT, help: false, to: values.to, from: values.from },
  };
}

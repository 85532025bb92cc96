/** The command line of `npm run digest`: every mistake is one message in the site's language. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OUT, parseDigestArgs } from '../../src/lib/digest/options.ts';

const TODAY = new Date('2026-12-05T09:30:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const parse = (args: string, lang: 'nl' | 'en' = 'nl') =>
  parseDigestArgs(args.split(' ').filter(Boolean), TODAY, lang);
const message = (args: string, lang: 'nl' | 'en' = 'nl') => {
  const result = parse(args, lang);
  if (result.ok) throw new Error(`"${args}" was accepted`);
  return result.message;
};

describe('parseDigestArgs', () => {
  it('reads the period, the folder and the addresses', () => {
    expect(parse('--since 2026-11-01 --until 2026-11-30 --out brief --to a@x.nl --from "b@x.nl"')).toEqual({
      ok: true,
      options: {
        since: day('2026-11-01'),
        until: day('2026-11-30'),
        out: 'brief',
        help: false,
        to: 'a@x.nl',
        from: '"b@x.nl"',
      },
    });
  });

  it('ends the period today and writes into digest/ when not told otherwise', () => {
    expect(parse('--since=2026-11-01')).toMatchObject({
      ok: true,
      options: { since: day('2026-11-01'), until: day('2026-12-05'), out: DEFAULT_OUT },
    });
  });

  it('accepts a period of one day and one ending today', () => {
    expect(parse('--since 2026-12-05 --until 2026-12-05').ok).toBe(true);
  });

  it.each([
    ['', 'Geef het begin van de periode op met --since, zoals --since 2026-11-01'],
    ['--since 2026-02-30', '--since "2026-02-30" bestaat niet in de kalender — kies een datum die bestaat'],
    ['--since 1-11-2026', '--since "1-11-2026" is geen datum — schrijf hem als 2026-11-01 (jaar-maand-dag)'],
    ['--since 2026-11-01 --until 2026-13-01', '--until "2026-13-01" bestaat niet in de kalender'],
    ['--since 2026-11-10 --until 2026-11-09', '--until 2026-11-09 ligt vóór --since 2026-11-10'],
    ['--since 2026-12-06', '--since 2026-12-06 ligt na vandaag (2026-12-05)'],
    ['--since 2026-11-01 --until 2026-12-31', '--until 2026-12-31 ligt na vandaag (2026-12-05)'],
    [
      '--since 2026-11-01 --sinds 2026-11-02',
      'onbekende optie --sinds — gebruik --since, --until, --out, --to of --from',
    ],
    ['--since', '--since mist een waarde, zoals --since 2026-11-01'],
    ['--since 2026-11-01 november', '"november" is geen optie'],
    ['--since 2026-11-01 --to iedereen', '--to "iedereen" is geen e-mailadres'],
    ['--since 2026-11-01 --from a@x.nl,geen-adres', '--from "a@x.nl,geen-adres" is geen e-mailadres'],
  ])('refuses %j', (args, expected) => {
    expect(message(args)).toContain(expected);
  });

  it('says it in English on an English site', () => {
    expect(message('--since 2026-02-30', 'en')).toBe(
      '--since "2026-02-30" is not in the calendar — choose a date that exists',
    );
    expect(message('--since 2026-11-10 --until 2026-11-01', 'en')).toContain('is before --since 2026-11-10');
  });

  it('asks for help without needing a period', () => {
    expect(parse('--help')).toMatchObject({ ok: true, options: { help: true } });
  });
});

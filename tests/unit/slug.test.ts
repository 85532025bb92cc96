import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../src/schemas/fields.ts';
import { idFromTitle, MAX_ID_LENGTH } from '../../src/lib/new-entry.ts';
import { toId } from '../../src/lib/slug.ts';

describe('ids from Dutch titles and names', () => {
  it.each([
    ['Mijn eerste jaar als teamleider', 'mijn-eerste-jaar-als-teamleider'],
    ["Tip voor collega's", 'tip-voor-collegas'],
    ['Tips & tricks', 'tips-en-tricks'],
    ['Casuïstiek bespreken in één middag', 'casuistiek-bespreken-in-een-middag'],
    ['Café-overleg: wat werkt?', 'cafe-overleg-wat-werkt'],
    ['’s-Hertogenbosch leert', 's-hertogenbosch-leert'],
    ['Excel 365 — draaitabellen (deel 2)', 'excel-365-draaitabellen-deel-2'],
    ['  Samen   werken  ', 'samen-werken'],
    ['Financiële ruimte voor ontwikkeling', 'financiele-ruimte-voor-ontwikkeling'],
    ['IJsselstein en de ĳver', 'ijsselstein-en-de-ijver'],
  ])('%s → %s', (title, id) => {
    expect(idFromTitle(title)).toBe(id);
    expect(id).toMatch(ID_PATTERN);
  });

  it.each([
    ['Fatma Yılmaz', 'fatma-yilmaz'],
    ['İlker Aydın', 'ilker-aydin'],
    ['Søren Østergaard', 'soren-ostergaard'],
    ['Jürgen Weiß', 'jurgen-weiss'],
    ['Łukasz Wałęsa', 'lukasz-walesa'],
    ['Æsa Þórsdóttir', 'aesa-thorsdottir'],
    ['Đorđe Petrović', 'dorde-petrovic'],
    ['Zoë de Vries-Öztürk', 'zoe-de-vries-ozturk'],
  ])('transliterates letters Unicode does not decompose: %s → %s', (name, id) => {
    expect(toId(name)).toBe(id);
  });

  it('uses the word for "and" of the language', () => {
    expect(toId('Research & development', 'en')).toBe('research-and-development');
    expect(toId('Onderzoek & ontwikkeling', 'nl')).toBe('onderzoek-en-ontwikkeling');
  });

  it('is empty when nothing usable remains', () => {
    expect(toId('???')).toBe('');
    expect(toId('“…”')).toBe('');
  });

  it('cuts long titles at a word boundary', () => {
    const id = idFromTitle(
      'Een hele lange titel over leren en ontwikkelen in de gemeente, met nog veel meer woorden erachter',
    );
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).toMatch(ID_PATTERN);
    expect(id).toBe('een-hele-lange-titel-over-leren-en-ontwikkelen-in-de');
  });
});

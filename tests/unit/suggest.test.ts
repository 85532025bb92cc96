/** "Did you mean": close typos get a suggestion, unrelated words do not. */
import { describe, expect, test } from 'vitest';
import { msg } from '../../src/i18n/index.ts';
import { didYouMean, nearest, toId } from '../../src/lib/suggest.ts';
import { METHODS } from '../../src/schemas/vocab.ts';

describe('nearest', () => {
  test('finds the closest candidate for a typo', () => {
    expect(nearest('klasikaal', METHODS)).toBe('klassikaal');
    expect(nearest('elearning', METHODS)).toBe('e-learning');
    expect(nearest('mentorship', METHODS)).toBe('mentoring');
  });

  test('ignores case', () => {
    expect(nearest('Klassikaal', METHODS)).toBe('klassikaal');
    expect(nearest('LEREN', ['leren', 'excel'])).toBe('leren');
  });

  test('suggests nothing for a word that is not a plausible typo', () => {
    expect(nearest('fietsen', METHODS)).toBeUndefined();
    expect(nearest('x', ['leren', 'excel'])).toBeUndefined();
    expect(nearest('anything', [])).toBeUndefined();
  });

  test('allows more edits in longer words, and none that replace a short word whole', () => {
    expect(nearest('tgas', ['tags'])).toBe('tags');
    expect(nearest('samenwerk', ['samenwerken'])).toBe('samenwerken');
    expect(nearest('de', ['nl', 'en'])).toBeUndefined();
    expect(nearest('nld', ['nl', 'en'])).toBe('nl');
    expect(nearest('beleidsadvseur-senor', ['senior-beleidsadviseur'])).toBeUndefined();
  });

  test('a maximum number of edits can be set', () => {
    expect(nearest('opleiding', ['opleidingen'], 2)).toBe('opleidingen');
    expect(nearest('afdelingen', ['opleidingen'], 2)).toBeUndefined();
  });

  test('prefers the candidate with the fewest edits, whatever the order', () => {
    expect(nearest('leren', ['lezen', 'leren-x', 'leren'])).toBe('leren');
    expect(nearest('excel-basis', ['excel-gevorderd', 'excel-basics', 'excel-basis-2'])).toBe('excel-basics');
  });
});

describe('didYouMean', () => {
  test('phrases the suggestion for a message, or adds nothing', () => {
    expect(didYouMean('klasikaal', METHODS)).toEqual(msg('check.hint.didYouMean', { value: 'klassikaal' }));
    expect(didYouMean('fietsen', METHODS)).toBe('');
  });
});

describe('toId', () => {
  test('turns a name into the id form: lower case, hyphens, no accents', () => {
    expect(toId('Mijn Eerste Café')).toBe('mijn-eerste-cafe');
    expect(toId('Casuïstiek & intervisie')).toBe('casuistiek-en-intervisie');
    expect(toId('Casuïstiek & intervisie', 'en')).toBe('casuistiek-and-intervisie');
    expect(toId('  Excel--basis_2 ')).toBe('excel-basis-2');
    expect(toId('leren')).toBe('leren');
    expect(toId('!!!')).toBe('');
  });

  test.each([
    ['Fatma Yılmaz', 'fatma-yilmaz'],
    ['Søren Ørsted', 'soren-orsted'],
    ['Jürgen Straße', 'jurgen-strasse'],
    ['Ægir Þórsson', 'aegir-thorsson'],
    ['Œuvre complète', 'oeuvre-complete'],
    ['Łukasz Wróbel', 'lukasz-wrobel'],
    ['Đorđe Petrović', 'dorde-petrovic'],
    ['Şule Çelik', 'sule-celik'],
    ['Ĳsselmonde', 'ijsselmonde'],
    ['Anaïs Müller-Dubois', 'anais-muller-dubois'],
    ['Ελένη', 'eleni'],
  ])('transliterates letters of other languages instead of dropping them: %s → %s', (name, id) => {
    expect(toId(name)).toBe(id);
  });
});

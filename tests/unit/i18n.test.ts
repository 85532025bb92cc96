import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { formatHours, formatMoney, t } from '../../src/i18n/index.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { opleidingSchema } from '../../src/schemas/opleidingen.ts';
import { AVAILABLE_FOR, METHODS, PAID_BY } from '../../src/schemas/vocab.ts';

const src = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(astro|ts|tsx|mts)$/.test(name) ? [path] : [];
  });
}

/** Keys written literally: t('key'), t(lang, 'key'), t(site.defaultLocale, "key", …). */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const call = /\bt\(\s*(?:(?:[\w.]+|'[a-z]{2}')\s*,\s*)?(['"])([A-Za-z0-9.-]+)\1/g;
  for (const file of sourceFiles(src)) {
    for (const m of readFileSync(file, 'utf8').matchAll(call)) used.set(m[2]!, file.slice(src.length + 1));
  }
  return used;
}

describe('UI strings', () => {
  it('has exactly the same keys in nl.json and en.json', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('has no empty texts', () => {
    for (const dict of [nl, en]) for (const [k, v] of Object.entries(dict)) expect(v.trim(), k).not.toBe('');
  });

  it('uses the same {placeholders} in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[])
      expect(vars(en[key]), key).toEqual(vars(nl[key]));
  });

  it('defines every key the source code uses', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([key]) => !(key in nl)).map(([key, file]) => `${key} (in ${file})`);
    expect(missing).toEqual([]);
  });

  it('labels every value of the vocabularies and every collection', () => {
    const needed = [
      ...METHODS.map((v) => `method.${v}`),
      ...AVAILABLE_FOR.map((v) => `availableFor.${v}`),
      ...PAID_BY.map((v) => `paidBy.${v}`),
      ...COLLECTION_NAMES.flatMap((c) => [`collection.${c}`, `type.${c}`]),
      ...COLLECTION_NAMES.filter((c) => c !== 'paginas').map((c) => `intro.${c}`),
      ...opleidingSchema.shape.language.unwrap().options.map((l) => `language.${l}`),
    ];
    expect(needed.filter((k) => !(k in nl))).toEqual([]);
  });

  it('fills in placeholders and leaves unknown ones visible', () => {
    expect(t('nl', 'home.heading', { organisation: 'Gemeente X' })).toBe('Leren bij Gemeente X');
    expect(t('en', 'home.heading', { organisation: 'Gemeente X' })).toBe('Learning at Gemeente X');
    expect(t('nl', 'home.heading')).toBe('Leren bij {organisation}');
  });

  it('formats hours and money per language', () => {
    expect(formatHours(8, 'nl')).toBe('8 uur');
    expect(formatHours(1, 'en')).toBe('1 hour');
    const plain = (s: string) => s.replace(/\s/g, ' ');
    expect(plain(formatMoney(450, 'EUR', 'nl'))).toBe('€ 450');
    expect(plain(formatMoney(99.5, 'EUR', 'en'))).toBe('€99.50');
  });
});

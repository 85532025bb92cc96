/**
 * Reading the site settings for the build's configuration: valid settings as written; with a
 * mistake, every valid setting is kept and only the wrong or missing ones fall back (the
 * content check reports them and the build publishes nothing).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readSiteSettings, siteBase } from '../../src/lib/site-settings.ts';

const dir = mkdtempSync(join(tmpdir(), 'leerhuis-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const settings = (yaml: string) => {
  writeFileSync(join(dir, 'site.yaml'), yaml);
  return readSiteSettings(dir);
};

describe('readSiteSettings', () => {
  test('reads valid settings as written', () => {
    const site = settings(
      'name: Gemeente X\nurl: https://intranet.x.nl\nbase: /leren/\ncontact: { name: Team }\n',
    );
    expect(site).toMatchObject({ name: 'Gemeente X', url: 'https://intranet.x.nl', base: '/leren/' });
  });

  test('keeps the valid settings when one is missing or wrong', () => {
    const site = settings('name: Gemeente X\nbase: /leren/\naccentColor: groen\ncontact: { name: Team }\n');
    expect(site.name).toBe('Gemeente X');
    expect(site.base).toBe('/leren/');
    expect(site.accentColor).toBe('#0b5f86');
    // A stand-in that can never be a real address: the check has already failed the build.
    expect(site.url).toBe('https://leerhuis.invalid');
  });

  test('falls back entirely for a file that is not settings at all', () => {
    expect(settings('- een lijst\n- geen velden\n').name).toBe('Leerhuis');
    expect(settings('name: [kapot\n').name).toBe('Leerhuis');
  });

  test('LEERHUIS_BASE overrides the base path', () => {
    const site = settings('name: X\nurl: https://x.nl\nbase: /leren/\ncontact: { name: T }\n');
    expect(siteBase(site, {})).toBe('/leren/');
    expect(siteBase(site, { LEERHUIS_BASE: 'intranet' })).toBe('/intranet/');
  });
});

describe('settings from the environment (CI)', () => {
  const content = join(import.meta.dirname, '../../content');

  test('LEERHUIS_URL and LEERHUIS_BASE override site.yaml, so a fork publishes without editing it', () => {
    const env = { LEERHUIS_URL: 'https://lindewaard.gitlab.io', LEERHUIS_BASE: '/leerhuis' };
    const site = readSiteSettings(content, env);
    expect(site.url).toBe('https://lindewaard.gitlab.io');
    expect(siteBase(site, env)).toBe('/leerhuis/');
    expect(readSiteSettings(content, {}).url).not.toBe('https://lindewaard.gitlab.io');
    expect(siteBase(readSiteSettings(content, {}), { LEERHUIS_BASE: '/' })).toBe('/');
  });

  test('refuses a LEERHUIS_URL that is not a web address, naming the variable and an example', () => {
    for (const bad of ['intranet.example.nl', 'ftp://intranet.example.nl', 'https://'])
      expect(() => readSiteSettings(content, { LEERHUIS_URL: bad })).toThrow(
        /LEERHUIS_URL: ".*" is not a web address — use the site's public address, like https:\/\/intranet\.example\.nl/,
      );
  });
});

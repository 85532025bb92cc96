import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteSettings, siteBase } from '../../src/lib/site-settings.ts';

const content = resolve(import.meta.dirname, '../../content');

describe('settings from the environment (CI)', () => {
  it('LEERHUIS_URL and LEERHUIS_BASE override site.yaml, so a fork publishes without editing it', () => {
    const env = { LEERHUIS_URL: 'https://lindewaard.gitlab.io', LEERHUIS_BASE: '/leerhuis' };
    const settings = readSiteSettings(content, env);
    expect(settings.url).toBe('https://lindewaard.gitlab.io');
    expect(siteBase(settings, env)).toBe('/leerhuis/');
    expect(readSiteSettings(content, {}).url).toBeUndefined();
    expect(siteBase(readSiteSettings(content, {}), { LEERHUIS_BASE: '/' })).toBe('/');
  });
  it('refuses a LEERHUIS_URL that is not a web address, naming the variable and an example', () => {
    for (const bad of ['intranet.example.nl', 'ftp://intranet.example.nl', 'https://'])
      expect(() => readSiteSettings(content, { LEERHUIS_URL: bad })).toThrow(
        /LEERHUIS_URL: ".*" is not a web address — use the site's public address, like https:\/\/intranet\.example\.nl/,
      );
  });
});

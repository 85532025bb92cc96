/** Reads and validates `content/site.yaml` on its own (the config needs `base` before anything runs). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteSettings } from '../schemas/index.ts';
import { parseYaml } from './load-content.ts';
import { normalizeBase } from './urls.ts';

/**
 * The site settings, or the defaults where the file is missing or invalid: the content check
 * that runs first in every build reports those problems with file and field. LEERHUIS_URL
 * overrides `url` (a CI job knows the address it publishes to, e.g. GitLab's CI_PAGES_URL).
 */
export function readSiteSettings(contentDir: string, env: NodeJS.ProcessEnv = process.env): SiteSettings {
  return withEnvironment(readSettingsFile(contentDir), env);
}

function readSettingsFile(contentDir: string): SiteSettings {
  const file = join(contentDir, 'site.yaml');
  let raw: unknown = {};
  try {
    raw = existsSync(file) ? parseYaml(readFileSync(file, 'utf8')) : {};
  } catch {
    raw = {};
  }
  const parsed = siteSchema.safeParse(raw);
  return parsed.success ? parsed.data : siteSchema.parse({ name: 'Leerhuis', contact: { name: 'Leerhuis' } });
}

function withEnvironment(settings: SiteSettings, env: NodeJS.ProcessEnv): SiteSettings {
  const url = env.LEERHUIS_URL?.trim();
  if (!url) return settings;
  const checked = siteSchema.shape.url.safeParse(url);
  if (!checked.success || !/^https?:\/\//.test(url))
    throw new Error(
      `LEERHUIS_URL: "${url}" is not a web address — use the site's public address, like https://intranet.example.nl`,
    );
  return { ...settings, url: checked.data };
}

/** The base path the site is built under (LEERHUIS_BASE overrides the settings): `/leren/`. */
export function siteBase(settings: SiteSettings, env: NodeJS.ProcessEnv = process.env): string {
  return normalizeBase(env.LEERHUIS_BASE || settings.base);
}

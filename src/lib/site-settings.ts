/** Reads and validates `content/site.yaml` on its own (the config needs `base` before anything runs). */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { LOCALES, type Locale } from '../schemas/fields.ts';
import { siteSchema, type SiteSettings } from '../schemas/index.ts';
import { parseYaml } from './load-content.ts';
import { normalizeBase } from './urls.ts';

/**
 * What stands in for a required setting that is missing or wrong. Only a build whose content
 * check fails (and publishes nothing) or the dev server (which shows the check's warnings)
 * ever uses these: `.invalid` is a domain that cannot exist.
 */
const STAND_INS = { name: 'Leerhuis', url: 'https://leerhuis.invalid', contact: { name: 'Leerhuis' } };

/**
 * The site settings. Where the file is missing or a setting is wrong, the valid settings are
 * kept and the others fall back to their defaults (or stand-ins): the content check that runs
 * first in every build reports those problems with file and field. LEERHUIS_URL overrides
 * `url` (a CI job knows the address it publishes to, e.g. GitLab's CI_PAGES_URL).
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
  if (parsed.success) return parsed.data;
  const wrong = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
  const fields = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.entries(raw) : [];
  const valid = fields.filter(([key]) => key in siteSchema.shape && !wrong.has(key));
  const salvaged = siteSchema.safeParse({ ...STAND_INS, ...Object.fromEntries(valid) });
  return salvaged.success ? salvaged.data : siteSchema.parse(STAND_INS);
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

/** The logo file the settings name, and its extension (the site serves it as `logo.<ext>`). */
export interface SiteLogo {
  file: string;
  ext: string;
}

/** The logo of `site.yaml`, or undefined when none is set or the file does not exist (the check says so). */
export function siteLogo(contentDir: string, settings: SiteSettings): SiteLogo | undefined {
  if (!settings.logo) return undefined;
  const file = resolve(contentDir, settings.logo);
  if (!existsSync(file)) return undefined;
  return { file, ext: extname(file).slice(1).toLowerCase() };
}

/**
 * The language every message for editors is written in: site.yaml `defaultLocale`, read on its
 * own so that it holds even when another setting is wrong (or the file cannot be read: `nl`).
 * Command-line tools use it with `useTranslations(siteLocale(contentDir))` (src/i18n).
 */
export function siteLocale(contentDir: string): Locale {
  try {
    const file = join(contentDir, 'site.yaml');
    const raw = existsSync(file) ? parseYaml(readFileSync(file, 'utf8')) : undefined;
    const locale = (raw as { defaultLocale?: unknown } | undefined)?.defaultLocale;
    return (LOCALES as readonly unknown[]).includes(locale) ? (locale as Locale) : 'nl';
  } catch {
    return 'nl';
  }
}

/**
 * The origins the web editor (`/admin/`) talks to besides the site itself: the Git host's API
 * from site.yaml's `cms` section, for the editor's Content-Security-Policy. None without one.
 */
export function gitOrigins(cms: SiteSettings['cms']): string[] {
  if (!cms) return [];
  if (cms.backend === 'gitlab') return [new URL(cms.baseUrl ?? 'https://gitlab.com').origin];
  return ['https://api.github.com'];
}

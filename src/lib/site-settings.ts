/** Reads and validates `content/site.yaml` on its own (the config needs `base` before anything runs). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../schemas/fields.ts';
import { siteSchema, type SiteSettings } from '../schemas/index.ts';
import { parseYaml } from './load-content.ts';
import { normalizeBase } from './urls.ts';

/**
 * The site settings, or the defaults where the file is missing or invalid: the content check
 * that runs first in every build reports those problems with file and field.
 */
export function readSiteSettings(contentDir: string): SiteSettings {
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

/** The base path the site is built under (LEERHUIS_BASE overrides the settings): `/leren/`. */
export function siteBase(settings: SiteSettings, env: NodeJS.ProcessEnv = process.env): string {
  return normalizeBase(env.LEERHUIS_BASE || settings.base);
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

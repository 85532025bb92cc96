/**
 * The files of the web editor at `/admin/`: its page, its generated `config.yml`, its start
 * script and Decap CMS's own bundle, copied from `node_modules/decap-cms` so that the editor is
 * served by the site itself (no CDN). Written once per build (`src/integrations/cms.ts`) and
 * served by the dev server for `npm run cms`.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { t } from '../i18n/index.ts';
import { ADMIN_PATH } from './security-headers.ts';
import type { SiteSettings } from '../schemas/index.ts';
import { CMS_FORMAT, cmsConfig, cmsConfigYaml, LOCAL_API, readCmsVocabulary } from './cms-config.ts';
import { collectionFields, type FieldInfo } from './schema-fields.ts';
import { COLLECTION_NAMES } from '../schemas/index.ts';

/** The folder of the editor under the base path (`admin`). */
export const ADMIN_FOLDER = ADMIN_PATH.replace(/\/$/, '');
/** Decap's bundle as the page loads it. */
export const DECAP_SCRIPT = 'decap-cms.js';
/** The start script (src/client/cms.ts, bundled by the build). */
export const START_SCRIPT = 'leerhuis-cms.js';

/** The editor's own stylesheet (a file: the policy allows no inline style of ours). */
export const STYLESHEET = 'leerhuis-cms.css';

/**
 * Corrections to Decap's look where it falls short of WCAG 2.2 AA: its "back to the site" link on
 * the sign-in screen is light grey on grey (3.4:1); Decap's class names keep their component name.
 */
export const ADMIN_CSS = `[class*='GoBackButton'],
[class*='GoBackButton'] p {
  color: #3f4654;
}
`;

/** The folder of Decap's prebuilt bundle in node_modules. */
export function decapDist(): string {
  return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

/** Decap's files a browser may load: the bundle, its lazily loaded chunks and their WebAssembly (no source maps). */
export function decapFiles(dist = decapDist()): string[] {
  return readdirSync(dist)
    .filter((f) => f === DECAP_SCRIPT || /^\d+\.decap-cms\.js$/.test(f) || f.endsWith('.wasm'))
    .sort();
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Fields in any collection that hold an id or a group, for the file format. */
export const eitherFields = (): string[] => [
  ...new Set(
    COLLECTION_NAMES.flatMap((c) =>
      collectionFields(c)
        .filter((f) => f.kind === 'either')
        .map((f) => f.name),
    ),
  ),
];

/**
 * Every field of every collection as a dotted path (`runs.start`), in the form's order: the file
 * format orders nested values by it in new files (Decap passes only the top level's order).
 */
export function fieldOrder(): string[] {
  const paths: string[] = [];
  const walk = (fields: readonly FieldInfo[]) => {
    for (const f of fields) {
      paths.push(f.path);
      walk([
        ...(f.fields ?? []),
        ...(f.item?.fields ?? []),
        ...(f.options ?? []).flatMap((o) => o.fields ?? []),
      ]);
    }
  };
  for (const c of COLLECTION_NAMES) walk(collectionFields(c));
  return [...new Set(paths)];
}

/** The editor's page for a site under `base`: no index, no inline code, its settings in a JSON block. */
export function adminPage(settings: SiteSettings, base: string): string {
  const locale = settings.defaultLocale;
  const setup = {
    script: DECAP_SCRIPT,
    format: CMS_FORMAT,
    eitherFields: eitherFields(),
    order: fieldOrder(),
    localApi: `${base}${LOCAL_API}`,
  };
  const json = JSON.stringify(setup).replace(/</g, '\\u003c');
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${escapeHtml(t(locale, 'cms.page.title', { site: settings.siteName }))}</title>`,
    `<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">`,
    `<link rel="stylesheet" href="${STYLESHEET}">`,
    `<script type="application/json" id="leerhuis-cms">${json}</script>`,
    `<script src="${START_SCRIPT}" defer></script>`,
    '</head>',
    '<body>',
    `<noscript><p>${escapeHtml(t(locale, 'cms.page.noscript'))}</p></noscript>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The content folder as the Git repository names it: relative to the project, else its own name. */
export function contentFolderInRepo(contentDir: string, root = process.cwd()): string {
  const path = relative(resolve(root), resolve(contentDir));
  return path.startsWith('..') || path === ''
    ? contentDir.split(sep).filter(Boolean).pop()!
    : path.split(sep).join('/');
}

/** `config.yml` for a content folder, for a site under `base`. */
export function adminConfig(settings: SiteSettings, contentDir: string, base: string): string {
  const config = cmsConfig({
    settings,
    vocabulary: readCmsVocabulary(contentDir),
    contentFolder: contentFolderInRepo(contentDir),
    base,
  });
  return cmsConfigYaml(config, settings.defaultLocale);
}

/** Writes the editor into `<outDir>/admin/` when site.yaml says where it saves (`cms`); returns whether it did. */
export function writeAdmin(
  outDir: string,
  settings: SiteSettings,
  contentDir: string,
  base: string,
  startScript: string,
): boolean {
  // Without a Git host the editor could only pretend to save: it exists on a laptop (`npm run cms`) only.
  if (!settings.cms) return false;
  const dir = join(outDir, ADMIN_FOLDER);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), adminPage(settings, base));
  writeFileSync(join(dir, 'config.yml'), adminConfig(settings, contentDir, base));
  writeFileSync(join(dir, START_SCRIPT), startScript);
  writeFileSync(join(dir, STYLESHEET), ADMIN_CSS);
  const dist = decapDist();
  for (const file of decapFiles(dist)) copyFileSync(join(dist, file), join(dir, file));
  return true;
}

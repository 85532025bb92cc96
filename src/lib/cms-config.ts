/**
 * The web editor's configuration (Decap CMS `config.yml`), generated from the content model in
 * `src/schemas/` and the site settings at build time: every collection with its folder and
 * naming rule, every field as a widget (`cms-fields.ts`), the Git host from `site.yaml`'s `cms`
 * section, and the local mode for a laptop (`npm run cms`). Nothing here is written by hand
 * beside the schemas: a new collection or field reaches the editor by itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { t, type UiKey } from '../i18n/index.ts';
import type { Locale } from '../schemas/fields.ts';
import { COLLECTION_NAMES, collections, type CollectionName, type SiteSettings } from '../schemas/index.ts';
import { INSTRUMENT_KINDS, KIND_NEEDS, ONLY_FOR } from '../schemas/instrumenten.ts';
import type { CmsSettings } from '../schemas/site.ts';
import { cmsField, type CmsField, type CmsVocabulary } from './cms-fields.ts';
import { readVocabulary } from './json-schema.ts';
import { parseYaml } from './load-content.ts';
import { collectionFields, type FieldInfo } from './schema-fields.ts';
import { ADMIN_PATH } from './security-headers.ts';

export type { CmsField, CmsVocabulary } from './cms-fields.ts';

/** The custom file format of the admin (`src/client/cms-format.ts`): front matter kept as written. */
export const CMS_FORMAT = 'leerhuis-frontmatter';
/**
 * Where `npm run cms` answers as Decap's local proxy (decap-server), under the base path: on
 * the editor's own address, so its policy needs no other origin. The start script gives it to
 * Decap as `local_backend` (an absolute address, made in the browser); Decap asks there only
 * when the editor is opened on localhost or 127.0.0.1, and otherwise talks to the Git host.
 */
export const LOCAL_API = `${ADMIN_PATH}api/v1/`;

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description?: string;
  folder: string;
  create: boolean;
  extension: 'md';
  format: typeof CMS_FORMAT;
  slug: string;
  identifier_field?: string;
  summary?: string;
  filter?: { field: string; value: string };
  media_folder: string;
  public_folder: string;
  sortable_fields: string[];
  fields: CmsField[];
}

export interface CmsConfig {
  backend: Record<string, unknown>;
  publish_mode?: 'editorial_workflow';
  locale: Locale;
  site_url: string;
  logo_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  show_preview_links: false;
  editor: { preview: false };
  collections: CmsCollection[];
}

/** The backend block from `site.yaml`; without a `cms` section the editor works locally only. */
function backendOf(cms: CmsSettings | undefined): Record<string, unknown> {
  if (!cms) return { name: 'test-repo' };
  const common = { repo: cms.repo, branch: cms.branch, squash_merges: true, cms_label_prefix: 'leerhuis/' };
  if (cms.backend === 'gitlab') {
    const base = (cms.baseUrl ?? 'https://gitlab.com').replace(/\/+$/, '');
    return {
      name: 'gitlab',
      ...common,
      auth_type: 'pkce',
      app_id: cms.appId,
      base_url: base,
      api_root: `${base}/api/v4`,
      auth_endpoint: 'oauth/authorize',
    };
  }
  return { name: 'github', ...common, base_url: cms.baseUrl!.replace(/\/+$/, ''), status_endpoint: '' };
}

/** The form's fields of one collection (instrumenten: of one kind), with the Markdown text last. */
function formFields(
  collection: CollectionName,
  fields: FieldInfo[],
  vocabulary: CmsVocabulary,
  locale: Locale,
): CmsField[] {
  return [
    ...fields.map((f) => cmsField(collection, f, vocabulary, locale)),
    {
      name: 'body',
      label: t(locale, 'fieldLabel.body'),
      hint: t(locale, collections[collection].bodyRequired ? 'cms.body.required' : 'cms.body.optional'),
      widget: 'markdown',
      required: collections[collection].bodyRequired,
      // Headings, lists, links, images, quotes and tables: what the site renders and allows.
      buttons: [
        'bold',
        'italic',
        'link',
        'heading-two',
        'heading-three',
        'quote',
        'bulleted-list',
        'numbered-list',
      ],
      editor_components: ['image'],
      modes: ['rich_text', 'raw'],
    },
  ];
}

/**
 * The instruments collection as one editor collection per kind (self-scans, conversation
 * preparations), each filtered on `kind`, with only the fields that kind may have and the ones
 * it needs required. The kind itself is fixed per collection and not shown.
 */
function instrumentCollections(
  base: Omit<CmsCollection, 'fields'>,
  vocabulary: CmsVocabulary,
  locale: Locale,
) {
  return INSTRUMENT_KINDS.map((kind): CmsCollection => {
    const fields = collectionFields('instrumenten')
      .filter((f) => !(f.name in ONLY_FOR) || ONLY_FOR[f.name] === kind)
      .map((f) => (KIND_NEEDS[kind].includes(f.name) ? { ...f, required: true } : f));
    const form = formFields('instrumenten', fields, vocabulary, locale).map((f) =>
      f.name === 'kind'
        ? { name: 'kind', label: f.label, widget: 'hidden', default: kind, required: true }
        : f,
    );
    return {
      ...base,
      name: `instrumenten-${kind}`,
      label: t(locale, `cms.kind.${kind}` as UiKey),
      label_singular: t(locale, `kind.${kind}` as UiKey),
      filter: { field: 'kind', value: kind },
      fields: form,
    };
  });
}

export interface CmsConfigInput {
  settings: SiteSettings;
  vocabulary: CmsVocabulary;
  /** The content folder relative to the root of the Git repository (`content`). */
  contentFolder: string;
  /** The site's base path (`/leren/`), as the build uses it. */
  base: string;
}

/** The whole configuration of the web editor. */
export function cmsConfig({ settings, vocabulary, contentFolder, base }: CmsConfigInput): CmsConfig {
  const locale = settings.defaultLocale;
  const folder = (name: string) => [contentFolder, name].filter(Boolean).join('/');
  const out: CmsCollection[] = [];
  for (const name of COLLECTION_NAMES) {
    const fields = collectionFields(name);
    const titled = fields.some((f) => f.name === 'title');
    const base: Omit<CmsCollection, 'fields'> = {
      name,
      label: t(locale, `collection.${name}` as UiKey),
      label_singular: t(locale, `type.${name}` as UiKey),
      description: t(locale, 'cms.collection.description', { folder: folder(name) }),
      folder: folder(name),
      create: true,
      extension: 'md',
      format: CMS_FORMAT,
      // The file name is the id: made from the title (experts: the name) when the entry is created.
      slug: '{{slug}}',
      ...(titled ? {} : { identifier_field: 'name', summary: '{{name}}' }),
      // Images beside the entry, written as `./photo.jpg`.
      media_folder: '',
      public_folder: './',
      sortable_fields: titled ? ['title'] : ['name'],
    };
    if (name === 'instrumenten') out.push(...instrumentCollections(base, vocabulary, locale));
    else out.push({ ...base, fields: formFields(name, fields, vocabulary, locale) });
  }
  const cms = settings.cms;
  return {
    backend: backendOf(cms),
    ...(cms?.review ? { publish_mode: 'editorial_workflow' as const } : {}),
    locale,
    site_url: new URL(base, settings.url).href,
    ...(settings.logo ? { logo_url: `${base}logo.${settings.logo.split('.').pop()}` } : {}),
    media_folder: folder('media'),
    public_folder: './',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    show_preview_links: false,
    // Decap's preview is not the site (no theme, no components): the built site is the preview.
    editor: { preview: false },
    collections: out,
  };
}

/** Tags with their labels; an unreadable tags.yaml gives none (the checker reports it). */
function readTags(contentDir: string): { id: string; label: string }[] {
  try {
    const raw = parseYaml(readFileSync(join(contentDir, 'tags.yaml'), 'utf8')) as Record<
      string,
      { label?: unknown }
    >;
    return Object.entries(raw ?? {}).map(([id, tag]) => ({
      id,
      label: typeof tag?.label === 'string' ? tag.label : id,
    }));
  } catch {
    return [];
  }
}

/** What a content folder offers the editor's pickers. */
export function readCmsVocabulary(contentDir: string): CmsVocabulary {
  return { tags: readTags(contentDir), ids: readVocabulary(contentDir).ids };
}

/** The configuration as the `config.yml` Decap reads. */
export function cmsConfigYaml(config: CmsConfig, locale: Locale): string {
  return `# ${t(locale, 'cms.config.generated')}\n${stringify(config, { lineWidth: 0 })}`;
}

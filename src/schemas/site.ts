/** Site settings (`content/site.yaml`): one validated file for the organisation's choices. */
import { z } from 'zod';
import { msg, type Message } from '../i18n/message.ts';
import { zodText } from '../i18n/zod-messages.ts';
import { LOCALES, emailField, imagePath, linkField, says, text, urlField, yesNo } from './fields.ts';
import { oneOf } from './vocab.ts';

/** Git hosts the web editor can save to. */
export const CMS_BACKENDS = ['gitlab', 'github'] as const;

/** The web editor's connection to the Git host (`cms:` in site.yaml). */
export const cmsSchema = z
  .strictObject({
    /** `gitlab` (also self-hosted) or `github`. */
    backend: oneOf(CMS_BACKENDS),
    /** The repository as `group/project` (GitLab, subgroups allowed) or `owner/name` (GitHub). */
    repo: z.string(says('check.cms.repo')).regex(/^[\w.-]+(\/[\w.-]+)+$/, says('check.cms.repo')),
    /** The branch the site is built from. */
    branch: z
      .string(says('check.cms.branch'))
      .regex(/^[\w./-]+$/, says('check.cms.branch'))
      .default('main'),
    /** GitLab: the application id of the OAuth application (sign-in without a server of your own, PKCE). */
    appId: text().optional(),
    /** Address of a self-hosted GitLab (`https://git.example.nl`); GitHub: the OAuth server that signs editors in. */
    baseUrl: urlField('https://git.example.nl').optional(),
    /** Draft → review → publish as merge or pull requests (true), or save straight to the branch (false). */
    review: yesNo().default(true),
  })
  .superRefine((cms, ctx) => {
    if (cms.backend === 'gitlab' && !cms.appId)
      ctx.addIssue({ code: 'custom', path: ['appId'], message: zodText(msg('check.cms.appId')) });
    if (cms.backend === 'github' && !cms.baseUrl)
      ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: zodText(msg('check.cms.authServer')) });
  });

export type CmsSettings = z.output<typeof cmsSchema>;

export const siteSchema = z
  .strictObject({
    /** Organisation name, shown in the header and the title of every page. */
    name: text('what.organisation'),
    /** Name of the learning site itself, e.g. "Leerhuis". */
    siteName: text('what.siteName').default('Leerhuis'),
    /** Logo relative to `content/` (SVG recommended). */
    logo: imagePath().optional(),
    logoAlt: text('what.logoDescription').optional(),
    /** Accent colour; must reach 4.5:1 contrast against white for links and buttons. */
    accentColor: z
      .string(says('check.colour'))
      .regex(/^#[0-9a-fA-F]{6}$/, says('check.colour'))
      .default('#0b5f86'),
    defaultLocale: oneOf(LOCALES).default('nl'),
    /** Path the site is served under, e.g. "/leren/". */
    base: z
      .string(says('check.base'))
      .regex(/^\/([a-z0-9._-]+\/)*$/i, says('check.base'))
      .default('/'),
    /**
     * Public address of the site: where employees open it, like `https://intranet.example.nl`.
     * Feeds, the newsletter and canonical links are absolute and start with it; the path the
     * site lives under goes in `base` (a path here is accepted only when it equals `base`).
     */
    url: z.url({ protocol: /^https?$/, ...says('check.site.url') }),
    /** Link to edit a file on the Git host; the file path (content/…) is appended. */
    editUrl: urlField('https://git.example.nl/leerhuis/edit/main/').optional(),
    /** Contact point for learning questions, shown in the footer and on the hub. */
    contact: z.strictObject(
      {
        name: text('what.contactName'),
        email: emailField().optional(),
        phone: z.string(says('check.phone')).optional(),
        url: linkField().optional(),
      },
      says('check.contact'),
    ),
    /** Whether search engines may index the site. An intranet keeps this false (noindex). */
    indexable: yesNo().default(false),
    /** Collections in which `.mdx` (which runs code at build time) is accepted. */
    trustedMdx: z.array(z.string(says('check.text.type')), says('check.list')).default(['blog', 'paginas']),
    /** The web editor at `/admin/` (Decap CMS): which Git host it saves to. Without it, /admin/ says how to set it up. */
    cms: cmsSchema.optional(),
    /**
     * The organisation's own words for the same thing, one group per line, for search: a query
     * with one word of a group also finds pages with the others (`[POP, persoonlijk
     * ontwikkelplan]`). Added to the groups Leerhuis knows (src/lib/search-synonyms.ts).
     */
    synonyms: z
      .array(
        z.array(text(), says('check.list')).min(2, says('check.list.min', { min: 2 })),
        says('check.list'),
      )
      .default([]),
  })
  .superRefine((site, ctx) => {
    const problem = urlBeyondBase(site.url, site.base);
    if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: zodText(problem) });
  });

/**
 * What is wrong with a site address beside its base path, if anything: the address names the
 * host (`https://intranet.example.nl`); a path in it is accepted only when it is the base path.
 */
export function urlBeyondBase(url: string, base: string): Message | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined; // the field's own check reports it
  }
  const { origin, pathname, search, hash } = parsed;
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (search || hash) return msg('check.site.urlQuery', { url, origin });
  if (path === '/' || path === base) return undefined;
  return msg('check.site.urlPath', { url, path, base, origin });
}

export type SiteSettings = z.output<typeof siteSchema>;

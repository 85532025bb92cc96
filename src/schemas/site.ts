/** Site settings (`content/site.yaml`): one validated file for the organisation's choices. */
import { z } from 'zod';
import { LOCALES, imagePath, linkField, text } from './fields.ts';

export const siteSchema = z
  .strictObject({
    /** Organisation name, shown in the header and the title of every page. */
    name: text('the organisation name'),
    /** Name of the learning site itself, e.g. "Leerhuis". */
    siteName: text('the site name').default('Leerhuis'),
    /** Logo relative to `content/` (SVG recommended). */
    logo: imagePath().optional(),
    logoAlt: text('a text alternative').optional(),
    /** Accent colour; must reach 4.5:1 contrast against white for links and buttons. */
    accentColor: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour like #0b6e4f' })
      .default('#0b5f86'),
    defaultLocale: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` }).default('nl'),
    /** Path the site is served under, e.g. "/leren/". */
    base: z
      .string()
      .regex(/^\/([a-z0-9._-]+\/)*$/i, { error: 'must start and end with a slash, like "/" or "/leren/"' })
      .default('/'),
    /**
     * Public address of the site: where employees open it, like `https://intranet.example.nl`.
     * Feeds, the newsletter and canonical links are absolute and start with it; the path the
     * site lives under goes in `base` (a path here is accepted only when it equals `base`).
     */
    url: z.url({
      protocol: /^https?$/,
      error:
        'must be a web address like https://intranet.example.nl: the address employees open the site at (feeds and the newsletter link to it)',
    }),
    /** Link to edit a file on the Git host; the file path (content/…) is appended. */
    editUrl: z.url({ error: 'must be a web address ending where the file path follows' }).optional(),
    /** Contact point for learning questions, shown in the footer and on the hub. */
    contact: z.strictObject({
      name: text('a name or team'),
      email: z.email({ error: 'must be an e-mail address' }).optional(),
      phone: z.string().optional(),
      url: linkField().optional(),
    }),
    /** Whether search engines may index the site. An intranet keeps this false (noindex). */
    indexable: z.boolean({ error: 'must be true or false' }).default(false),
    /** Collections in which `.mdx` (which runs code at build time) is accepted. */
    trustedMdx: z.array(z.string()).default(['blog', 'paginas']),
  })
  .superRefine((site, ctx) => {
    const problem = urlBeyondBase(site.url, site.base);
    if (problem) ctx.addIssue({ code: 'custom', path: ['url'], input: site.url, message: problem });
  });

/**
 * What is wrong with a site address beside its base path, if anything: the address names the
 * host (`https://intranet.example.nl`); a path in it is accepted only when it is the base path.
 */
export function urlBeyondBase(url: string, base: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined; // the field's own check reports it
  }
  const { origin, pathname, search, hash } = parsed;
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (search || hash)
    return `"${url}" has a query or fragment — write only the address, like "url: ${origin}"`;
  if (path === '/' || path === base) return undefined;
  return `"${url}" has the path ${path}, but base is "${base}" — write the host in url ("url: ${origin}") and the path in base ("base: ${path}")`;
}

export type SiteSettings = z.output<typeof siteSchema>;

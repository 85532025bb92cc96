/**
 * Serves the organisation's logo (site.yaml `logo`) at `logo.<ext>` under the base path, in the
 * build and in `npm run dev` alike. The route is added with the logo's real extension: Astro
 * takes a route whose name ends in an extension for a file, so `npm run dev` answers
 * `/logo.svg` (a `logo.[ext]` route in src/pages answered only `/logo.svg/` there, with a
 * trailing slash, and the header showed a broken image).
 */
import type { AstroIntegration } from 'astro';
import type { SiteLogo } from '../lib/site-settings.ts';

export function siteLogoRoute(logo: SiteLogo | undefined): AstroIntegration {
  return {
    name: 'leerhuis:site-logo',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (logo) injectRoute({ pattern: `/logo.${logo.ext}`, entrypoint: './src/pages/_logo.ts' });
      },
    },
  };
}

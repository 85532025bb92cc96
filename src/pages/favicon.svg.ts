/** A small icon in the accent colour with the site's initial, so browsers find an icon under the base path. */
import type { APIRoute } from 'astro';
import { site } from '../data/site.ts';

const escape = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

export const GET: APIRoute = () => {
  const initial = escape(site.siteName.trim().charAt(0).toUpperCase());
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${site.accentColor}"/><text x="16" y="23" font-family="system-ui,sans-serif" font-size="20" font-weight="700" text-anchor="middle" fill="#fff">${initial}</text></svg>`;
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};

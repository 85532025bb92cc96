/** `theme.css`: the colour tokens for both schemes, from the accent colour in the site settings. */
import type { APIRoute } from 'astro';
import { site } from '../data/site.ts';
import { themeCss } from '../styles/palette.ts';

export const GET: APIRoute = () =>
  new Response(themeCss(site.accentColor), { headers: { 'content-type': 'text/css; charset=utf-8' } });

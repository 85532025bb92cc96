/**
 * The organisation's logo from content/ (site.yaml `logo`), served as `logo.<ext>` under the
 * base path. Routed by src/integrations/site-logo.ts, with the logo's own extension.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { fileType } from '../lib/host-rules.ts';
import { logo } from '../data/site.ts';

export const prerender = true;

// The type matters in `npm run dev`, where no host adds it: a browser shows no SVG without it.
export const GET: APIRoute = () =>
  new Response(readFileSync(logo!.file), {
    headers: { 'content-type': fileType(`logo.${logo!.ext}`)?.type ?? 'application/octet-stream' },
  });

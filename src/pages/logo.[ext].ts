/** The organisation's logo from content/ (site.yaml `logo`), served under the base path. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { logo } from '../data/site.ts';

export const getStaticPaths = (() => (logo ? [{ params: { ext: logo.ext } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(readFileSync(logo!.file));

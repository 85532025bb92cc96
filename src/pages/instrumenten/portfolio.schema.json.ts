/**
 * `portfolio.schema.json`: the JSON Schema of the file the portfolio exports and imports,
 * generated from the one definition in src/schemas/portfolio.ts, for whoever reads or writes
 * such files outside the site (a migration, an HR system).
 */
import type { APIRoute } from 'astro';
import * as z from 'zod/mini';
import { site, url } from '../../data/site.ts';
import { portfolioFileSchema } from '../../schemas/portfolio.ts';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        ...z.toJSONSchema(portfolioFileSchema, { unrepresentable: 'any' }),
        title: `Portfolio — ${site.siteName} ${site.name}`,
        $comment: `Exported and imported by ${url('instrumenten/portfolio/')}; dates are written as 2027-03-15, moments as Date.toISOString() writes them.`,
      },
      null,
      2,
    )}\n`,
    { headers: { 'content-type': 'application/schema+json' } },
  );

/**
 * A self-scan's suggestions (courses, experts, stories per competency), fetched by the scan's
 * script when a result needs them, so the page does not grow with the number of competencies.
 * The output check follows the links in it like links on a page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog, type Entry } from '../../../data/catalog.ts';
import { scanAdvice, selfScan } from '../../../data/tools.ts';

export const getStaticPaths = (async () =>
  (await catalog()).entries.instrumenten
    .filter((entry) => entry.data.kind === 'zelfscan')
    .map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Entry<'instrumenten'> }> = async ({ props }) => {
  const { entry } = props;
  const { groups } = selfScan(await catalog(), entry);
  return new Response(JSON.stringify(scanAdvice(groups, entry.data.lang)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

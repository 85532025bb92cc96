/**
 * Builds the benchmark's floor (bench/floor: a bare Astro site, one page per Markdown file)
 * and indexes it with Pagefind, as the Leerhuis build does: what Astro itself costs.
 *
 * Environment: BENCH_FLOOR_CONTENT (content folder), BENCH_FLOOR_OUT (output folder),
 * BENCH_FLOOR_CACHE (Astro cache folder).
 */
import { resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const root = resolve(import.meta.dirname, '../../bench/floor');
const content = process.env.BENCH_FLOOR_CONTENT;
const outDir = process.env.BENCH_FLOOR_OUT;
if (!content || !outDir) {
  console.error('Set BENCH_FLOOR_CONTENT and BENCH_FLOOR_OUT (npm run bench does).');
  process.exit(2);
}
process.env.BENCH_FLOOR_CONTENT = resolve(content);
process.env.BENCH_FLOOR_OUT = resolve(outDir);

await build({ root, logLevel: (process.env.BENCH_FLOOR_LOG_LEVEL as 'info' | undefined) ?? 'warn' });

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const indexed = await index.addDirectory({ path: process.env.BENCH_FLOOR_OUT });
if (indexed.errors.length)
  throw new Error(`Pagefind could not index the floor: ${indexed.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: resolve(process.env.BENCH_FLOOR_OUT, 'pagefind') });
if (written.errors.length)
  throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`✓ floor: ${indexed.page_count} pages indexed`);

/**
 * `npm run check` — validates every file in content/ without starting Astro.
 * Prints one line per problem (file, field, value, fix) and exits 1 when there are any.
 * Usage: npm run check [-- <content folder>]
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/check-content.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { contentDirFromEnv } from '../src/lib/project-paths.ts';

const started = performance.now();
const contentDir = process.argv[2] ? resolve(process.argv[2]) : contentDirFromEnv();
const { entries, problems } = checkContent(contentDir);
const ms = Math.round(performance.now() - started);

if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${entries.length} entries (${ms} ms). Fix them and run npm run check again.`);
  process.exit(1);
}
const published = entries.filter((e) => e.published).length;
console.log(`✓ ${entries.length} entries checked, ${published} to publish, no problems (${ms} ms).`);

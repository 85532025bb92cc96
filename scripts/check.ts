/**
 * `npm run check` — validates every file in content/ without starting Astro.
 * Prints one line per problem (file, field, value, fix) and exits 1 when there are any.
 * Usage: npm run check [-- <content folder>]   (LEERHUIS_NOW pins "today", as in the build)
 */
import { resolve } from 'node:path';
import { buildNow } from '../src/lib/build-time.ts';
import { checkContent } from '../src/lib/check-content.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { contentDirFromEnv } from '../src/lib/project-paths.ts';

const started = performance.now();
const contentDir = process.argv[2] ? resolve(process.argv[2]) : contentDirFromEnv();
const { entries, problems } = checkContent(contentDir, { now: buildNow() });
const ms = Math.round(performance.now() - started);

if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  const n = problems.length;
  console.error(
    `\n✗ ${n} problem${n === 1 ? '' : 's'} (${entries.length} valid entries, ${ms} ms). Fix them and run npm run check again.`,
  );
  process.exitCode = 1;
} else {
  const published = entries.filter((e) => e.published).length;
  console.log(`✓ ${entries.length} entries checked, ${published} to publish, no problems (${ms} ms).`);
}

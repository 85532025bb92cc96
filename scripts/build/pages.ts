/**
 * The pages stage of `npm run build` (see scripts/build.ts): Astro alone, in a process of its
 * own, writing into the temporary folder LEERHUIS_OUT. It imports nothing else, so Astro starts
 * at once; the parent checks the content, indexes for search and checks the output.
 */
import { build } from 'astro';

try {
  await build({ root: process.cwd(), logLevel: (process.env.LEERHUIS_LOG_LEVEL as 'info') || 'info' });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
process.exit(0);

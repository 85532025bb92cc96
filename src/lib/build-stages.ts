/**
 * How `npm run build` (scripts/build.ts) divides a build between processes on a 2-core machine:
 * Astro renders the pages in a child process while the parent checks the content; after the
 * child has exited, the parent indexes the site for search while a worker checks the output and
 * writes the header files. The integrations skip in that child what the parent does itself, so
 * each step still runs exactly once, and `astro build` on its own still runs them all.
 */
const STAGE_VARIABLE = 'LEERHUIS_BUILD_STAGE';

/** The environment of the child process that only renders the pages. */
export const PAGES_STAGE_ENV = { [STAGE_VARIABLE]: 'pages' } as const;

/** True in the child process of `npm run build`: checks and search index belong to the parent. */
export function inPagesStage(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[STAGE_VARIABLE] === PAGES_STAGE_ENV[STAGE_VARIABLE];
}

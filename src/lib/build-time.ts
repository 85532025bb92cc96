/**
 * The moment that decides what is published ("drafts and future entries are left out").
 * One value per build: LEERHUIS_NOW (ISO date) pins it for reproducible builds and tests.
 */
export function buildNow(env: NodeJS.ProcessEnv = process.env): Date {
  const pinned = env.LEERHUIS_NOW;
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`LEERHUIS_NOW: "${pinned}" is not a date — use an ISO date like 2026-11-28`);
  }
  return date;
}

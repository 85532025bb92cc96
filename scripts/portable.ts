/**
 * `npm run portable [-- <built site> <folder>]` — makes a copy of a finished build (default
 * `dist/`) that works opened from a disk or network share, without a server (default
 * `dist-portable/`). See src/lib/portable.ts. The base path and public address are read from the
 * build itself, and messages follow its language. Like the build, it writes into a temporary
 * folder and swaps it into place only when the copy is complete.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { t as translate, type UiKey } from '../src/i18n/index.ts';
import { detectSite, writePortableCopy } from '../src/lib/portable.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { help: { type: 'boolean', short: 'h' } },
});
const from = resolve(positionals[0] ?? process.env.LEERHUIS_OUT ?? 'dist');
const to = resolve(positionals[1] ?? `${from}-portable`);
const home = join(from, 'index.html');
const homePage = existsSync(home) ? readFileSync(home, 'utf8') : '';
const locale = /<html\b[^>]*\blang="en/i.test(homePage) ? 'en' : 'nl';
const t = (key: UiKey, vars: Record<string, string | number> = {}) => translate(locale, key, vars);

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

if (values.help || positionals.length > 2) {
  console.log(t('portable.usage'));
  process.exit(values.help ? 0 : 1);
}
if (!homePage) stop(t('portable.noBuild', { from }));
const inside = (a: string, b: string) =>
  a === b || (!relative(b, a).startsWith('..') && !relative(b, a).startsWith(sep));
if (inside(to, from) || inside(from, to)) stop(t('portable.overlap', { from, to }));
const site = detectSite(homePage);
if (!site) stop(t('portable.notLeerhuis', { from }));

const started = performance.now();
const stamp = `${process.pid}-${Date.now()}`;
const temp = join(dirname(to), `.${basename(to)}.building-${stamp}`);
const old = join(dirname(to), `.${basename(to)}.previous-${stamp}`);
const cleanUp = () => rmSync(temp, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    cleanUp();
    stop(t('portable.failed', { to }));
  });
try {
  mkdirSync(temp, { recursive: true });
  const { pages, files } = await writePortableCopy(from, temp, site);
  if (existsSync(to)) renameSync(to, old);
  renameSync(temp, to);
  rmSync(old, { recursive: true, force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(t('portable.done', { to, pages, files, seconds, index: join(to, 'index.html') }));
} catch (error) {
  cleanUp();
  console.error(error instanceof Error ? error.message : error);
  stop(t('portable.failed', { to }));
}

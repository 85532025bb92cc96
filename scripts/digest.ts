/**
 * `npm run digest -- --since 2026-11-01 [--until 2026-11-30] [--out folder] [--to …] [--from …]`
 * — writes the newsletter of a period: an `.eml` to open in a mail program and send, the HTML
 * and its plain text. Reads the content with the checker of `npm run check` and refuses to run
 * on content with problems. Messages in the site's language; on any mistake nothing is written.
 * Environment as for the build: LEERHUIS_CONTENT, LEERHUIS_NOW ("today"), LEERHUIS_BASE.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { t } from '../src/i18n/index.ts';
import { buildNow } from '../src/lib/build-time.ts';
import { checkContent } from '../src/lib/check-content.ts';
import { formatDate, formatDateRange, isoDate } from '../src/lib/dates.ts';
import { parseDigestArgs } from '../src/lib/digest/options.ts';
import { hasNews, selectDigest } from '../src/lib/digest/select.ts';
import { NEWS_COLLECTIONS } from '../src/lib/news.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { contentDirFromEnv } from '../src/lib/project-paths.ts';
import { readSiteSettings, siteBase } from '../src/lib/site-settings.ts';

const contentDir = contentDirFromEnv();
// The language of every message, from the settings as far as they can be read.
let lang = readSiteSettings(contentDir).defaultLocale;

/** Ends with a message (and, for a mistake on the command line, how to use it); nothing is written. */
function refuse(message: string, usage = false): never {
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  console.error(`✗ ${sentence}; ${t(lang, 'digest.notWritten')}.`);
  if (usage) console.error(`  ${t(lang, 'digest.usage')}`);
  process.exit(1);
}

let now: Date;
try {
  now = buildNow();
} catch (error) {
  refuse((error as Error).message);
}

const parsed = parseDigestArgs(process.argv.slice(2), now, lang);
if (!parsed.ok) refuse(parsed.message, true);
const options = parsed.options;
if (options.help) {
  console.log(`${t(lang, 'digest.usage')}\n\n${t(lang, 'digest.help')}`);
  process.exit(0);
}

const { site, entries, problems } = checkContent(contentDir, { now });
if (problems.length || !site) {
  console.error(problems.map((p) => formatProblem(p, lang)).join('\n'));
  refuse(t(lang, 'digest.error.content'));
}
lang = site.defaultLocale;

const content = selectDigest(entries, options, lang);
if (!hasNews(content)) {
  refuse(
    t(lang, 'digest.error.nothingNew', {
      since: formatDate(options.since, lang),
      until: formatDate(options.until, lang),
    }),
  );
}

const contactAddress = site.contact.email
  ? { name: site.contact.name, address: site.contact.email }
  : undefined;
// The mail framework loads only now: every mistake above is reported without waiting for it.
const { composeDigest } = await import('../src/lib/digest/compose.ts');
const mail = await composeDigest({ site, base: siteBase(site), lang }, content, {
  from: options.from ?? contactAddress,
  to: options.to ?? contactAddress,
});

// All three files or none: each is written beside its final name, then all are renamed.
const outDir = resolve(options.out);
const name = `${t(lang, 'digest.fileName')}-${isoDate(options.since)}-${isoDate(options.until)}`;
const files = { eml: mail.eml, html: mail.html, txt: mail.text };
const written: string[] = [];
try {
  mkdirSync(outDir, { recursive: true });
  for (const [ext, data] of Object.entries(files)) {
    const file = join(outDir, `${name}.${ext}.tmp-${process.pid}`);
    written.push(file);
    writeFileSync(file, data);
  }
  for (const file of written) renameSync(file, file.replace(/\.tmp-\d+$/, ''));
} catch (error) {
  for (const file of written) rmSync(file, { force: true });
  const { path, code, message } = error as NodeJS.ErrnoException;
  refuse(t(lang, 'digest.error.write', { file: path ?? outDir, reason: code ?? message }));
}

const counts = [
  ...NEWS_COLLECTIONS.map((c) => `${t(lang, `collection.${c}`)} ${content.news[c].length}`),
  `${t(lang, 'digest.runs')} ${content.runs.length}`,
].join(' · ');
/** A written file as the editor finds it: relative to where they are, when it is below. */
const show = (ext: string) => {
  const file = join(outDir, `${name}.${ext}`);
  const below = relative(process.cwd(), file);
  return below.startsWith('..') || isAbsolute(below) ? file : below;
};
const kB = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(
  `✓ ${t(lang, 'digest.written', { period: formatDateRange(options.since, options.until, lang), counts })}`,
);
console.log(`  ${show('eml')}  — ${t(lang, 'digest.openEml')}`);
console.log(`  ${show('html')}  (${kB(Buffer.byteLength(mail.html))} kB)`);
console.log(`  ${show('txt')}`);
// Gmail shows only the start of a message whose HTML is larger than 102 kB.
if (Buffer.byteLength(mail.html) > 100 * 1024)
  console.warn(`! ${t(lang, 'digest.tooBig', { size: kB(Buffer.byteLength(mail.html)) })}`);

/**
 * `npm run check` — validates every file in content/ without starting Astro.
 * Prints one line per problem (file, field, value, fix) in the site's language and exits 1
 * when there are any. Entries that will not appear (drafts, planned for later) are listed as
 * information (ℹ) and do not fail the check.
 *
 * Usage: npm run check [-- <content folder>]
 *        npm run check -- --staged          only the content files staged for commit (the pre-commit hook)
 *        npm run check -- <file.md> …      only these files, against the rest of the content
 * LEERHUIS_NOW pins "today", as in the build.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { counted, msg, renderMessage, type Message } from '../../src/i18n/index.ts';
import { buildNow } from '../../src/lib/build-time.ts';
import { contentDirFromEnv } from '../../src/lib/project-paths.ts';
import { siteLocale } from '../../src/lib/site-settings.ts';
import type { CheckResult } from '../../src/lib/check-content.ts';

const started = performance.now();
const args = process.argv.slice(2);
const isContentFile = (p: string) => /\.(mdx?|ya?ml)$/i.test(p);
const isDir = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
// A folder, or a name that is not a content file: a folder that does not exist is reported as such.
const folderArg = args.find((a) => !a.startsWith('--') && (isDir(a) || !isContentFile(a)));
const contentDir = folderArg ? resolve(folderArg) : contentDirFromEnv();
const locale = siteLocale(contentDir);
const say = (message: Message) => renderMessage(locale, message);

/**
 * Files staged for commit in the content folder, added, changed or removed. Git runs from the
 * working directory (the project, where npm and Git start the hook), never from the content
 * folder: in a hook of a second worktree Git sets GIT_DIR, and a command started in a
 * subfolder then takes that subfolder for the top of the work tree (and saw no content files).
 */
function stagedFiles(): string[] {
  const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  const folder = relative(top, contentDir);
  if (folder.startsWith('..') || isAbsolute(folder)) return [];
  return execFileSync(
    'git',
    ['diff', '--cached', '--name-only', '--diff-filter=ACMRD', '-z', '--', folder || '.'],
    { encoding: 'utf8', cwd: top },
  )
    .split('\0')
    .filter(Boolean)
    .map((f) => resolve(top, f));
}

const named = args.filter((a) => !a.startsWith('--') && a !== folderArg);
const notFiles = named.filter((a) => !isContentFile(a));
if (notFiles.length) {
  console.error(say(msg('check.cli.badArgument', { arguments: notFiles })));
  process.exit(2);
}
const files = args.includes('--staged') ? stagedFiles() : named;
const partial = args.includes('--staged') || files.length > 0;
if (partial && files.length === 0) {
  console.log(say(msg('check.cli.nothingStaged')));
  process.exit(0);
}
const now = buildNow();
// The checkers load only now: a commit without content files is done before they would have.
const [{ checkChangedFiles }, { checkContent }, { refreshEditorSchemas }, { formatProblem }] =
  await Promise.all([
    import('../../src/lib/check-changed.ts'),
    import('../../src/lib/check-content.ts'),
    import('../../src/lib/json-schema.ts'),
    import('../../src/lib/problems.ts'),
  ]);
const result: CheckResult = partial
  ? checkChangedFiles(contentDir, files, { now })
  : checkContent(contentDir, { now });
const { entries, problems, notices } = result;
const ms = Math.round(performance.now() - started);

for (const notice of notices) console.log(`ℹ ${formatProblem(notice, locale)}`);
if (notices.length && problems.length) console.log('');
if (problems.length) {
  console.error(problems.map((p) => formatProblem(p, locale)).join('\n'));
  console.error(
    `\n✗ ${say(counted('check.cli.problems', problems.length, { entries: entries.length, ms }))}`,
  );
  process.exitCode = 1;
} else if (partial) {
  console.log(`✓ ${say(counted('check.cli.filesOk', files.length, { ms }))}`);
} else {
  // A full check of the project's own content also brings the editors' JSON Schema up to date.
  if (!folderArg && !process.env.LEERHUIS_CONTENT) refreshEditorSchemas(contentDir);
  const published = entries.filter((e) => e.published).length;
  console.log(`✓ ${say(counted('check.cli.ok', entries.length, { published, ms }))}`);
}

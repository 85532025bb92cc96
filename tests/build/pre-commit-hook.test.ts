/**
 * The pre-commit hook (.husky/pre-commit, installed by husky on `npm ci`) in a real Git
 * repository: it blocks a commit with a bad content file, naming the problem in Dutch, lets a
 * good one through, and can be skipped with `--no-verify` or HUSKY=0. In a second worktree too,
 * where Git sets GIT_DIR for the hook.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';

const repo = mkdtempSync(join(tmpdir(), 'leerhuis-hook-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

/** The environment of a person at a terminal: no Git or husky settings from the test runner. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(GIT_|HUSKY|LEERHUIS_)/.test(name)),
);

function run(command: string, args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: repo, env: { ...env, ...extra }, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}
const git = (...args: string[]) =>
  run('git', ['-c', 'user.name=Redacteur', '-c', 'user.email=redactie@example.nl', ...args]);

const BAD = readFileSync(join(projectRoot, 'tests/fixtures/valid/content/opleidingen/excel-basis.md'), 'utf8')
  .replace('method: klassikaal', 'method: klasikaal')
  .replace('durationHours: 8', 'durationHours: 8,5');

beforeAll(() => {
  // A copy of the project as an editor has it: the code (linked), the hook, and content.
  for (const name of ['src', 'scripts', 'node_modules'])
    symlinkSync(join(projectRoot, name), join(repo, name));
  for (const name of ['package.json', '.husky'])
    cpSync(join(projectRoot, name), join(repo, name), { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures/valid/content'), join(repo, 'content'), { recursive: true });
  writeFileSync(join(repo, '.gitignore'), 'node_modules\nsrc\nscripts\n');
  expect(run('git', ['init', '-q']).code).toBe(0);
  // What `npm ci` runs (the prepare script): husky points Git at .husky/.
  const husky = run(process.execPath, [join(projectRoot, 'node_modules/husky/bin.js')]);
  expect(husky.code, husky.output).toBe(0);
  expect(run('git', ['config', 'core.hooksPath']).output.trim()).toBe('.husky/_');
  expect(git('add', '-A').code).toBe(0);
  expect(git('commit', '-q', '--no-verify', '-m', 'Begin').code).toBe(0);
}, 60_000);

test('a good change is committed', () => {
  const file = join(repo, 'content/blog/welkom.md');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/^description: .*$/m, 'description: Een nieuwe zin.'),
  );
  git('add', 'content/blog/welkom.md');
  const { code, output } = git('commit', '-m', 'Betere beschrijving');
  expect(code, output).toBe(0);
  expect(output).toMatch(/1 gewijzigd bestand gecontroleerd, geen problemen/);
}, 60_000);

test('a bad content file blocks the commit, with the problems in Dutch', () => {
  writeFileSync(join(repo, 'content/opleidingen/excel-basis.md'), BAD);
  git('add', 'content/opleidingen/excel-basis.md');
  const { code, output } = git('commit', '-m', 'Kapotte opleiding');
  expect(code).not.toBe(0);
  expect(output).toContain(
    'content/opleidingen/excel-basis.md: method: "klasikaal" is geen toegestane waarde',
  );
  expect(output).toContain('schrijf een punt in plaats van een komma: 8.5');
  expect(output).toMatch(/✗ 2 problemen/);
  expect(git('log', '--oneline').output.split('\n').filter(Boolean)).toHaveLength(2);
}, 60_000);

test('the check can be skipped: HUSKY=0 or --no-verify', () => {
  expect(
    run('git', ['-c', 'user.name=R', '-c', 'user.email=r@example.nl', 'commit', '-q', '-m', 'Toch'], {
      HUSKY: '0',
    }).code,
  ).toBe(0);
  writeFileSync(join(repo, 'content/opleidingen/excel-basis.md'), BAD.replace('Excel basis', 'Excel'));
  git('add', '-A');
  expect(git('commit', '-q', '--no-verify', '-m', 'Nog eens').code).toBe(0);
}, 60_000);

test('a commit without content files passes at once', () => {
  writeFileSync(join(repo, 'notities.txt'), 'x');
  git('add', 'notities.txt');
  const { code, output } = git('commit', '-m', 'Notities');
  expect(code, output).toBe(0);
  expect(output).toContain('Geen gewijzigde inhoud om te controleren.');
}, 60_000);

test('a bad content file blocks a commit in a second worktree too', () => {
  const worktree = `${repo}-tweede`;
  try {
    expect(git('worktree', 'add', '-q', worktree).code).toBe(0);
    for (const name of ['src', 'scripts', 'node_modules'])
      symlinkSync(join(projectRoot, name), join(worktree, name));
    writeFileSync(join(worktree, 'content/opleidingen/excel-basis.md'), BAD);
    const inWorktree = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=R', '-c', 'user.email=r@example.nl', ...args], {
        cwd: worktree,
        env,
        encoding: 'utf8',
      });
    // As `npm ci` in the new worktree: husky writes its hook files there.
    spawnSync(process.execPath, [join(projectRoot, 'node_modules/husky/bin.js')], { cwd: worktree, env });
    inWorktree('add', 'content/opleidingen/excel-basis.md');
    const result = inWorktree('commit', '-m', 'Kapotte opleiding');
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('method: "klasikaal" is geen toegestane waarde');
  } finally {
    rmSync(worktree, { recursive: true, force: true });
  }
}, 60_000);

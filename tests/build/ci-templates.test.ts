/**
 * The CI templates organisations get with the project: the GitHub Actions workflow is valid
 * against the SchemaStore workflow schema (@action-validator/core), the GitLab CI file against
 * GitLab's own CI schema with its job dependencies (gitlab-ci-local, which bundles that schema).
 * Both validators are shown to reject a broken file, and both templates install, check, test,
 * build and publish under the address the CI gives, not the one in site.yaml.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const require = createRequire(import.meta.url);

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { needs?: string; if?: string; permissions?: Record<string, string>; steps: Step[] }>;
}

describe('GitHub Actions workflow', () => {
  const { validateWorkflow } = require('@action-validator/core') as {
    validateWorkflow: (source: string) => { errors: unknown[] };
  };
  const source = read('.github/workflows/leerhuis.yml');
  const workflow = parse(source) as Workflow;
  const runs = (job: string) => workflow.jobs[job]!.steps.map((s) => s.run ?? s.uses ?? '');

  it('is valid against the workflow schema, which rejects a broken file', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
    expect(
      validateWorkflow(source.replace('runs-on: ubuntu-24.04', 'runs_on: ubuntu-24.04')).errors,
    ).not.toEqual([]);
    expect(validateWorkflow(source.replace('steps:', 'stepz:')).errors).not.toEqual([]);
  });
  it('installs, checks and tests every push and pull request', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(runs('test')).toEqual(
      expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run check', 'npm test']),
    );
    const test = workflow.jobs.test!.steps.find((s) => s.run === 'npm test')!;
    expect(test.env?.CHROMIUM_PATH).toBeTruthy();
  });
  it('builds under the Pages address and publishes dist/ from the default branch only', () => {
    const build = workflow.jobs.build!;
    expect(build.needs).toBe('test');
    expect(build.if).toContain('github.event.repository.default_branch');
    const step = build.steps.find((s) => s.run === 'npm run build')!;
    expect(step.env).toEqual({
      LEERHUIS_URL: '${{ steps.pages.outputs.origin }}',
      LEERHUIS_BASE: '${{ steps.pages.outputs.base_path }}/',
    });
    expect(build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe(
      'dist',
    );
    expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(runs('deploy')[0]).toMatch(/^actions\/deploy-pages@/);
  });
});

describe('GitLab CI file', () => {
  const work = mkdtempSync(join(tmpdir(), 'leerhuis-gitlab-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const source = read('.gitlab-ci.yml');
  const cli = require.resolve('gitlab-ci-local/dist/index.js');

  /** gitlab-ci-local in a throwaway clone holding only the CI file, on the default branch. */
  function lint(text: string, ...args: string[]): Promise<{ code: number | null; output: string }> {
    const dir = mkdtempSync(join(work, 'repo-'));
    writeFileSync(join(dir, '.gitlab-ci.yml'), text);
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    git('remote', 'add', 'origin', 'https://gitlab.example/lindewaard/leerhuis.git');
    git('add', '.');
    git('-c', 'user.email=ci@example.nl', '-c', 'user.name=CI', 'commit', '-qm', 'ci');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
    return new Promise((done, fail) => {
      const child = spawn(process.execPath, [cli, '--home', join(dir, '.home'), ...args], { cwd: dir });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', fail);
      child.on('close', (code) => done({ code, output }));
    });
  }

  it('is valid against GitLab CI schema with every needed job there; broken files are rejected', async () => {
    const valid = await lint(source, '--validate-dependency-chain');
    expect(valid.output).toMatch(/json schema validated/);
    expect(valid.code, valid.output).toBe(0);
    const unknownKey = await lint(source.replace('  stage: deploy', '  stage: deploy\n  publsh: public'));
    expect(unknownKey.code).not.toBe(0);
    expect(unknownKey.output).toMatch(/Invalid \.gitlab-ci\.yml/);
    const missingJob = await lint(source.replace('needs: [check, test]', 'needs: [check, tests]'));
    expect(missingJob.code).not.toBe(0);
  }, 60_000);

  it('checks and tests every push, and publishes to Pages from the default branch under CI_PAGES_URL', async () => {
    const listed = await lint(source, '--list-json');
    const jobs = JSON.parse(listed.output.slice(listed.output.indexOf('['))) as {
      name: string;
      stage: string;
    }[];
    expect(jobs.map((j) => [j.name, j.stage])).toEqual([
      ['check', 'test'],
      ['test', 'test'],
      ['pages', 'deploy'],
    ]);
    const config = parse(source) as Record<string, { script: string[]; artifacts?: { paths: string[] } }> & {
      default: { before_script: string[] };
    };
    expect(config.default.before_script.join('\n')).toMatch(/^npm ci /);
    expect(config.check!.script).toEqual(['npm run check']);
    expect(config.test!.script).toEqual(['bash .ci/run']);
    const pages = config.pages!;
    expect(pages.artifacts?.paths).toEqual(['public']);
    expect(pages.script.join('\n')).toMatch(/LEERHUIS_URL=.*CI_PAGES_URL/);
    expect(pages.script.join('\n')).toMatch(/LEERHUIS_BASE=.*CI_PAGES_URL/);
    expect(pages.script.at(-1)).toBe('LEERHUIS_OUT=public npm run build');
  }, 60_000);

  it('derives the address and base path from CI_PAGES_URL as GitLab gives it', () => {
    const pages = (parse(source) as Record<string, { script: string[] }>).pages!.script;
    const exports = pages.filter((line) => line.startsWith('export ')).join('\n');
    for (const [pagesUrl, url, base] of [
      ['https://lindewaard.gitlab.io/leerhuis', 'https://lindewaard.gitlab.io', '/leerhuis/'],
      ['https://leerhuis-lindewaard-3f2a.gitlab.io', 'https://leerhuis-lindewaard-3f2a.gitlab.io', '/'],
      [
        'https://pages.lindewaard.example/team/leerhuis',
        'https://pages.lindewaard.example',
        '/team/leerhuis/',
      ],
    ]) {
      const out = execFileSync('sh', ['-c', `${exports}\nprintf '%s|%s' "$LEERHUIS_URL" "$LEERHUIS_BASE"`], {
        env: { PATH: process.env.PATH, CI_PAGES_URL: pagesUrl },
        encoding: 'utf8',
      });
      expect(out).toBe(`${url}|${base}`);
    }
  });
});

/** Runs the real `npm run build` pipeline (scripts/build.ts) on a content folder. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { withBuildLock } from './build-lock.ts';

export interface BuildResult {
  code: number | null;
  output: string;
}

export interface BuildOptions {
  content: string;
  out: string;
  base?: string;
  /** Pins "today" so drafts and future entries are decided reproducibly. */
  now?: string;
  env?: Record<string, string>;
}

const root = resolve(import.meta.dirname, '../..');

/** Builds one site; builds of several test workers take turns (see build-lock.ts). */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  return withBuildLock(() => runBuild(options));
}

function runBuild(options: BuildOptions): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LEERHUIS_CONTENT: resolve(root, options.content),
    LEERHUIS_OUT: resolve(root, options.out),
    LEERHUIS_LOG_LEVEL: 'warn',
    ...(options.base ? { LEERHUIS_BASE: options.base } : {}),
    ...(options.now ? { LEERHUIS_NOW: options.now } : {}),
    ...options.env,
  };
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: root, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

/** Runs `npm run check` (scripts/check.ts) on a content folder. */
export function runCheck(content: string): Promise<BuildResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/check.ts', resolve(root, content)], { cwd: root });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

export const projectRoot = root;

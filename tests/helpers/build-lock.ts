/**
 * One Astro build at a time across all test workers.
 *
 * Astro writes some of a build's generated modules into the project's `.astro/` folder, whatever
 * the content folder: `content-assets.mjs` maps a content folder's images to their imports. Two
 * builds of different fixtures at once overwrite each other's map, and one of them then fails
 * on an image of the other (seen on a busy machine). A build uses both cores on its own, so
 * taking turns costs little. The lock is a folder (mkdir is atomic) holding the owner's pid; a
 * lock whose owner has died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const lockDir = resolve(import.meta.dirname, '../.tmp/astro-build.lock');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryLock(): boolean {
  try {
    mkdirSync(lockDir, { recursive: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      mkdirSync(resolve(lockDir, '..'), { recursive: true });
      return tryLock();
    }
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let owner = Number.NaN;
    try {
      owner = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
    } catch {
      // Just created by another worker, which is about to write its pid — unless it died first.
      const age = Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10_000) rmSync(lockDir, { recursive: true, force: true });
      return false;
    }
    if (Number.isInteger(owner) && !isAlive(owner)) rmSync(lockDir, { recursive: true, force: true });
    return false;
  }
  writeFileSync(join(lockDir, 'pid'), String(process.pid));
  return true;
}

/** Runs `build` once no other test worker is building. */
export async function withBuildLock<T>(build: () => Promise<T>): Promise<T> {
  while (!tryLock()) await sleep(100);
  try {
    return await build();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * Takes the lock until the returned function is called: for a dev server, which writes into
 * `.astro/` as long as it runs.
 */
export async function holdBuildLock(): Promise<() => Promise<void>> {
  let acquired!: () => void;
  let release!: () => void;
  const taken = new Promise<void>((done) => (acquired = done));
  const held = withBuildLock(() => {
    acquired();
    return new Promise<void>((done) => (release = done));
  });
  await taken;
  return async () => {
    release();
    await held;
  };
}

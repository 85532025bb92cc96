/**
 * Summarises V8 CPU profiles (`node --cpu-prof`): where the time goes, by function (self time)
 * and by package or project file, so a slow build points at its cause.
 *
 * Usage on its own: node scripts/bench/profile.ts <file.cpuprofile | dir> [top]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  /** Self time in milliseconds. */
  ms: number;
  share: number;
}

export interface ProfileSummary {
  /** CPU time sampled, over every profile (process and thread); idle time left out. */
  totalMs: number;
  /** Time the profiled threads waited (on disk, child processes, other threads). */
  idleMs: number;
  /** How many profiles (processes and threads) were summed. */
  profiles: number;
  functions: HotSpot[];
  /** Self time grouped by npm package, or by project file for our own code. */
  modules: HotSpot[];
}

const projectRoot = resolve(import.meta.dirname, '../..');

/** "node_modules/.pnpm/x/node_modules/@scope/pkg/dist/a.js" → "@scope/pkg"; project files stay paths. */
function moduleOf(url: string): string {
  if (!url) return '(native code and GC)';
  const path = url.replace(/^file:\/\//, '');
  // Astro's bundle of the site's own pages and components, wherever the build put it.
  const chunk = /\/\.prerender\/(?:chunks\/)?([^/]+?)(?:_[\w-]{8})?\.mjs$/.exec(path);
  if (chunk) return `site bundle: ${chunk[1]}`;
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path);
  }
  if (path.startsWith('node:')) return 'node (built-in)';
  return path.startsWith(projectRoot) ? path.slice(projectRoot.length + 1) : path;
}

function rank(map: Map<string, number>, totalMs: number, top: number): HotSpot[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, ms: Math.round(ms), share: ms / totalMs }));
}

/** Self time per function and per module, over one or more profiles (e.g. main thread + workers). */
export function summariseProfiles(files: string[], top = 25): ProfileSummary {
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  let totalMs = 0;
  let idleMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) =>
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
    );
    for (const [id, ms] of self) {
      const { functionName, url, lineNumber } = (nodes.get(id) as ProfileNode).callFrame;
      if (functionName === '(idle)') {
        idleMs += ms;
        continue;
      }
      const mod = moduleOf(url);
      const fn = `${functionName || '(anonymous)'} — ${mod}${url ? `:${lineNumber + 1}` : ''}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
      byModule.set(mod, (byModule.get(mod) ?? 0) + ms);
      totalMs += ms;
    }
  }
  return {
    totalMs,
    idleMs,
    profiles: files.length,
    functions: rank(byFunction, totalMs, top),
    modules: rank(byModule, totalMs, top),
  };
}

/** The `.cpuprofile` files in a directory (or the one file given). */
export function profileFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(path, f));
}

export function formatSummary(summary: ProfileSummary): string {
  const line = (h: HotSpot) =>
    `${String(h.ms).padStart(8)} ms ${(h.share * 100).toFixed(1).padStart(5)} %  ${h.name}`;
  return [
    `Sampled ${(summary.totalMs / 1000).toFixed(1)} s of CPU time in ${summary.profiles} profile${summary.profiles === 1 ? '' : 's'} (processes and threads; ${(summary.idleMs / 1000).toFixed(1)} s of waiting left out).`,
    '',
    'By package or project file (self time):',
    ...summary.modules.map(line),
    '',
    'By function (self time):',
    ...summary.functions.map(line),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const [path, top = '25'] = process.argv.slice(2);
  if (!path) {
    console.error('Usage: node scripts/bench/profile.ts <file.cpuprofile | dir> [top]');
    process.exit(2);
  }
  console.log(formatSummary(summariseProfiles(profileFiles(resolve(path)), Number(top))));
}

/**
 * Runs a command and measures it the way the benchmark reports it: wall time, and from /proc
 * (sampled every ~100 ms) the peak resident memory and the CPU time of the whole process
 * tree — the command plus every child it starts, such as Pagefind's binary. CPU time is the
 * steadier figure on a busy machine; wall time is what people wait for.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds between samples. */
  intervalMs?: number;
  /** Called with every chunk the command writes (stdout and stderr). */
  onOutput?: (chunk: string) => void;
}

export interface RunResult {
  code: number | null;
  wallMs: number;
  /** Highest sum of RSS over the process tree; 0 where /proc is not available. */
  peakRssBytes: number;
  /** User + system CPU time of the tree (children that ended included); 0 without /proc. */
  cpuMs: number;
  /** One-minute load average when the command started: above the core count, figures are noisy. */
  loadBefore: number;
  /** Everything the command wrote to stdout and stderr. */
  output: string;
}

const hasProc = existsSync('/proc/self/statm');

const getconf = (name: string, fallback: number) => {
  if (!hasProc) return fallback;
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
};
const pageSize = getconf('PAGESIZE', 4096);
const ticksPerSecond = getconf('CLK_TCK', 100);

interface ProcStat {
  ppid: number;
  /** utime + stime of the process (all threads), in clock ticks. */
  ownTicks: number;
  /** cutime + cstime: children it has already waited for. */
  childTicks: number;
}

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
function readStat(pid: number): ProcStat | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // the process ended while we looked
  }
  const f = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  // man 5 proc: state ppid … utime(14) stime(15) cutime(16) cstime(17), counted from 1.
  return { ppid: f[1] ?? 0, ownTicks: (f[11] ?? 0) + (f[12] ?? 0), childTicks: (f[13] ?? 0) + (f[14] ?? 0) };
}

export interface TreeSample {
  rssBytes: number;
  cpuMs: number;
}

/** Resident memory and CPU time of `root` and all its descendants. */
export function sampleTree(root: number): TreeSample {
  if (!hasProc) return { rssBytes: 0, cpuMs: 0 };
  const stats = new Map<number, ProcStat>();
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (!stat) continue;
    stats.set(pid, stat);
    const list = children.get(stat.ppid);
    if (list) list.push(pid);
    else children.set(stat.ppid, [pid]);
  }
  let rssBytes = 0;
  let ticks = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    const stat = stats.get(pid);
    if (!stat) continue;
    ticks += stat.ownTicks + stat.childTicks;
    try {
      rssBytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize;
    } catch {
      // ended between the two reads
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { rssBytes, cpuMs: (ticks / ticksPerSecond) * 1000 };
}

/** Runs `command args` and resolves with its exit code, wall time, peak tree RSS, CPU time and output. */
export function measure(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((done, fail) => {
    const loadBefore = loadavg()[0] ?? 0;
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let output = '';
    let peak = 0;
    let cpuMs = 0;
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      options.onOutput?.(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const sample = () => {
      if (child.pid === undefined || child.exitCode !== null) return;
      const now = sampleTree(child.pid);
      peak = Math.max(peak, now.rssBytes);
      cpuMs = Math.max(cpuMs, now.cpuMs);
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    sample();
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      done({ code, wallMs, peakRssBytes: peak, cpuMs, loadBefore, output });
    });
  });
}

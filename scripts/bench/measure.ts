/**
 * Runs a command and measures it the way the benchmark reports it: wall time and the peak
 * resident memory of the whole process tree (the command plus every child it starts, such as
 * Pagefind's binary), sampled from /proc every ~100 ms.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds between memory samples. */
  intervalMs?: number;
  /** Called with every chunk the command writes (stdout and stderr). */
  onOutput?: (chunk: string) => void;
}

export interface RunResult {
  code: number | null;
  wallMs: number;
  /** Highest sum of RSS over the process tree; 0 where /proc is not available. */
  peakRssBytes: number;
  /** Everything the command wrote to stdout and stderr. */
  output: string;
}

const hasProc = existsSync('/proc/self/statm');

const pageSize = (() => {
  if (!hasProc) return 4096;
  try {
    return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
  } catch {
    return 4096;
  }
})();

/** Parent pid of every process, from /proc/<pid>/stat (the command name may hold spaces and parentheses). */
function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  return children;
}

/** Sum of resident memory of `root` and all its descendants, in bytes. */
export function treeRssBytes(root: number): number {
  if (!hasProc) return 0;
  const children = parentMap();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      total += resident * pageSize;
    } catch {
      // ended between the two reads
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` and resolves with its exit code, wall time, peak tree RSS and output. */
export function measure(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let output = '';
    let peak = 0;
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      options.onOutput?.(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const sample = () => {
      if (child.pid !== undefined && child.exitCode === null) peak = Math.max(peak, treeRssBytes(child.pid));
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    sample();
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      done({ code, wallMs: performance.now() - started, peakRssBytes: peak, output });
    });
  });
}

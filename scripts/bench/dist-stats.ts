/** What a build wrote: total bytes, HTML page sizes and the size of the Pagefind index. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface DistStats {
  distBytes: number;
  files: number;
  htmlPages: number;
  htmlMedianBytes: number;
  htmlMaxBytes: number;
  /** The largest page, relative to the output folder. */
  htmlMaxPage: string;
  /** Bytes under `pagefind/` (the search index and its UI). */
  pagefindBytes: number;
}

function* walk(dir: string): Generator<{ path: string; size: number }> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield { path, size: statSync(path).size };
  }
}

export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function distStats(outDir: string): DistStats {
  let distBytes = 0;
  let files = 0;
  let pagefindBytes = 0;
  let htmlMaxBytes = 0;
  let htmlMaxPage = '';
  const html: number[] = [];
  for (const { path, size } of walk(outDir)) {
    const rel = relative(outDir, path);
    distBytes += size;
    files++;
    if (rel.split(sep)[0] === 'pagefind') pagefindBytes += size;
    else if (rel.endsWith('.html')) {
      html.push(size);
      if (size > htmlMaxBytes) {
        htmlMaxBytes = size;
        htmlMaxPage = rel.split(sep).join('/');
      }
    }
  }
  return {
    distBytes,
    files,
    htmlPages: html.length,
    htmlMedianBytes: median(html),
    htmlMaxBytes,
    htmlMaxPage,
    pagefindBytes,
  };
}

/** The benchmark's results: their shape (also the JSON written to .bench/), tables and targets. */
import type { CollectionName } from '../../src/schemas/index.ts';
import type { DevBench, DevSpeed } from './dev-speed.ts';
import type { DistStats } from './dist-stats.ts';
import type { FinderSpeed } from './finder-speed.ts';
import type { ProfileSummary } from './profile.ts';
import type { SearchSpeed } from './search-speed.ts';

/**
 * Where a Leerhuis build spent its time, from the lines `npm run build` prints. Two pairs run
 * side by side: the content check next to the pages, the output check next to the search index.
 */
export interface BuildPhases {
  contentCheckMs: number;
  /** From the start of the build until Astro's process has exited. */
  pagesMs: number;
  outputCheckMs: number;
  /** The search index, with the output check beside it. */
  searchMs: number;
}

const PHASE_LINES: Record<keyof BuildPhases, RegExp> = {
  contentCheckMs: /^Content: .* in (\d+) ms\.$/m,
  pagesMs: /^Pages: .* in (\d+) ms\.$/m,
  outputCheckMs: /^Output: .* in (\d+) ms;/m,
  searchMs: /^Search: .* in (\d+) ms\.$/m,
};

/** The phases of a build from its output; undefined when a line is missing (an older build script). */
export function buildPhases(output: string): BuildPhases | undefined {
  const phases: Partial<BuildPhases> = {};
  for (const [name, pattern] of Object.entries(PHASE_LINES) as [keyof BuildPhases, RegExp][]) {
    const match = pattern.exec(output);
    if (!match) return undefined;
    phases[name] = Number(match[1]);
  }
  return phases as BuildPhases;
}

export interface BuildMetrics extends DistStats {
  wallMs: number;
  /** User + system CPU time of the process tree: steadier than wall time on a busy machine. */
  cpuMs: number;
  entriesPerSec: number;
  peakRssBytes: number;
  /** One-minute load average when the build started (other work on the machine skews wall time). */
  loadBefore: number;
  /** Leerhuis builds only. */
  phases?: BuildPhases | undefined;
}

export interface SizeResult {
  entries: number;
  counts: Record<CollectionName, number>;
  tags: number;
  generateMs: number;
  /** `npm run check` on the generated content: process wall time and the time it reports itself. */
  check: {
    wallMs: number;
    reportedMs: number;
    peakRssBytes: number;
    cpuMs: number;
    /** `npm run check -- <file>` (the pre-commit hook's check) on one course, against the rest. */
    changedFile: { wallMs: number; reportedMs: number; cpuMs: number };
  };
  leerhuis: BuildMetrics;
  /** The real build again after one entry changed, with Astro's caches kept. */
  rebuild: {
    wallMs: number;
    cpuMs: number;
    peakRssBytes: number;
    /** Rebuild wall time divided by the cold build's. */
    ratioToCold: number;
    phases?: BuildPhases | undefined;
    /** The same ratio on CPU time. */
    cpuRatioToCold: number;
    changedFile: string;
    /** Whether the change reached the entry's page; null when the build has no page at the expected path. */
    changeVisible: boolean | null;
  };
  floor: BuildMetrics;
  /** The course finder of the cold build in Chromium (the size's own share of courses). */
  finder?: FinderSpeed | undefined;
  /** A reader's first search on the cold build, in Chromium (without the list of files). */
  search?: Omit<SearchSpeed, 'files'> | undefined;
  /** The editor's loop in `npm run dev`, next to the floor's dev server (issue #16). */
  dev?: DevBench | undefined;
  /** Leerhuis divided by the floor. */
  ratio: {
    wallTime: number;
    cpuTime: number;
    peakRss: number;
    distBytes: number;
    htmlMedianBytes: number;
    pagefindBytes: number;
  };
  /** Top self-time functions of a profiled cold build (only with --profile). */
  profile?: ProfileSummary & { dir: string };
}

export interface TargetCheck {
  target: string;
  value: string;
  met: boolean;
}

export interface BenchResults {
  version: 1;
  startedAt: string;
  finishedAt: string;
  commit: string;
  dirty: boolean;
  seed: string;
  machine: {
    node: string;
    astro: string;
    pagefind: string;
    cpus: number;
    memoryBytes: number;
    platform: string;
  };
  sizes: SizeResult[];
  targets: TargetCheck[];
  /** The course finder in Chromium on a large catalogue (issue #9). */
  finder?: FinderSpeed;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const bytes = (n: number) =>
  n >= 1e9
    ? `${(n / 1e9).toFixed(2)} GB`
    : n >= 1e6
      ? `${(n / 1e6).toFixed(1)} MB`
      : `${(n / 1e3).toFixed(1)} KB`;
const times = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '–');
const percent = (r: number) => `${(r * 100).toFixed(0)} %`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');

/** One size as a table: Leerhuis, floor, ratio. */
export function formatSize(r: SizeResult): string {
  const l = r.leerhuis;
  const f = r.floor;
  const rows: [string, string, string, string][] = [
    ['wall time', seconds(l.wallMs), seconds(f.wallMs), times(r.ratio.wallTime)],
    ['CPU time (process tree)', seconds(l.cpuMs), seconds(f.cpuMs), times(r.ratio.cpuTime)],
    ['entries per second (wall)', int(l.entriesPerSec), int(f.entriesPerSec), ''],
    ['peak memory (RSS, process tree)', bytes(l.peakRssBytes), bytes(f.peakRssBytes), times(r.ratio.peakRss)],
    ['output bytes', bytes(l.distBytes), bytes(f.distBytes), times(r.ratio.distBytes)],
    ['HTML pages', int(l.htmlPages), int(f.htmlPages), ''],
    [
      'HTML bytes per page, median',
      bytes(l.htmlMedianBytes),
      bytes(f.htmlMedianBytes),
      times(r.ratio.htmlMedianBytes),
    ],
    ['HTML bytes per page, max', bytes(l.htmlMaxBytes), bytes(f.htmlMaxBytes), ''],
    ['Pagefind index bytes', bytes(l.pagefindBytes), bytes(f.pagefindBytes), times(r.ratio.pagefindBytes)],
  ];
  const widths = [34, 12, 12, 8];
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[0] as number) : c.padStart(widths[i] as number)))
      .join(' ');
  const mix = Object.entries(r.counts)
    .map(([c, n]) => `${n} ${c}`)
    .join(', ');
  const visible =
    r.rebuild.changeVisible === null
      ? ''
      : r.rebuild.changeVisible
        ? ', change visible'
        : ', CHANGE NOT IN OUTPUT';
  const load = Math.max(l.loadBefore, f.loadBefore);
  return [
    `${int(r.entries)} entries (${mix}; ${r.tags} tags)`,
    ...(load > 1
      ? [`(load average up to ${load.toFixed(1)} before the builds: the machine was busy, compare CPU times)`]
      : []),
    line(['', 'Leerhuis', 'floor', 'ratio']),
    ...rows.map(line),
    `largest page: ${l.htmlMaxPage || '–'}`,
    `rebuild after changing one entry, caches kept: ${seconds(r.rebuild.wallMs)} = ${percent(r.rebuild.ratioToCold)} of cold (CPU ${seconds(r.rebuild.cpuMs)} = ${percent(r.rebuild.cpuRatioToCold)})${visible}`,
    ...(l.phases ? [`phases, cold: ${phaseLine(l.phases)}`] : []),
    ...(r.rebuild.phases ? [`phases, rebuild: ${phaseLine(r.rebuild.phases)}`] : []),
    `npm run check: ${seconds(r.check.wallMs)} (it reports ${seconds(r.check.reportedMs)} of work, CPU ${seconds(r.check.cpuMs)}), peak ${bytes(r.check.peakRssBytes)}`,
    `npm run check -- <one changed file>: ${seconds(r.check.changedFile.wallMs)} (it reports ${seconds(r.check.changedFile.reportedMs)} of work, CPU ${seconds(r.check.changedFile.cpuMs)})`,
    ...(r.dev ? devLines(r.dev) : []),
    ...(r.search
      ? [
          `first search "${r.search.query}" in Chromium: ${int(r.search.coldMs)} ms from pasting into the box just focused to results, ` +
            `${int(r.search.warmMs)} ms from the last letter to new results; ${r.search.requests} requests, ` +
            `${bytes(r.search.bytes)} (${bytes(r.search.gzippedBytes)} with text gzipped)`,
        ]
      : []),
    ...(r.finder
      ? [
          `course finder at ${int(r.finder.courses)} courses in Chromium: filter-to-paint median ${int(r.finder.filterToPaint.medianMs)} ms, ` +
            `p95 ${int(r.finder.filterToPaint.p95Ms)} ms (CPU 4× slower: median ${int(r.finder.filterToPaintSlowCpu.medianMs)} ms)`,
        ]
      : []),
  ].join('\n');
}

const editLine = (d: DevSpeed) =>
  `${seconds(d.editToVisibleMs ?? Number.NaN)} (CPU ${seconds(d.editCpuMs ?? Number.NaN)})`;

/** The slower of the measured edits: what an editor may wait at most. */
export function devEditMs(dev: DevBench): number | undefined {
  const edits = [dev.leerhuis, dev.leerhuisRestart].flatMap((d) =>
    d?.editToVisibleMs === undefined ? [] : [d.editToVisibleMs],
  );
  return edits.length ? Math.max(...edits) : undefined;
}

/** Leerhuis / floor of the dev server's first page: after a restart when both were measured. */
export function devFirstPageRatio(dev: DevBench): { ratio: number; restarted: boolean } {
  const restarted = dev.leerhuisRestart !== undefined && dev.floorRestart !== undefined;
  return restarted
    ? { ratio: dev.leerhuisRestart!.firstPageMs / dev.floorRestart!.firstPageMs, restarted }
    : { ratio: dev.leerhuis.firstPageMs / dev.floor.firstPageMs, restarted };
}

function devLines(dev: DevBench): string[] {
  const first = (label: string, l: DevSpeed, f: DevSpeed) =>
    `${label}: ${seconds(l.firstPageMs)} (CPU ${seconds(l.firstPageCpuMs)}), floor ${seconds(f.firstPageMs)} (CPU ${seconds(f.firstPageCpuMs)}), ${times(l.firstPageMs / f.firstPageMs)}`;
  const load = Math.max(
    ...[dev.leerhuis, dev.leerhuisRestart, dev.floor, dev.floorRestart].map((d) => d?.loadBefore ?? 0),
  );
  return [
    `npm run dev, first entry page${load > 1 ? ` (load average up to ${load.toFixed(1)})` : ''}:`,
    `  ${first('without a content store', dev.leerhuis, dev.floor)}`,
    ...(dev.leerhuisRestart && dev.floorRestart
      ? [`  ${first('restarted, store kept', dev.leerhuisRestart, dev.floorRestart)}`]
      : []),
    `  a changed course description on its page: ${editLine(dev.leerhuis)}` +
      (dev.leerhuisRestart?.editToVisibleMs === undefined
        ? ''
        : `; restarted: ${editLine(dev.leerhuisRestart)}`),
  ];
}

const phaseLine = (p: BuildPhases) =>
  `pages ${seconds(p.pagesMs)} (content check ${seconds(p.contentCheckMs)} beside it), ` +
  `search index ${seconds(p.searchMs)} (output check ${seconds(p.outputCheckMs)} beside it)`;

/** The issue's targets, evaluated on what was measured (reported, never asserted). */
export function evaluateTargets(sizes: SizeResult[]): TargetCheck[] {
  if (!sizes.length) return [];
  const sorted = [...sizes].sort((a, b) => a.entries - b.entries);
  const small = sorted[0] as SizeResult;
  const large = sorted[sorted.length - 1] as SizeResult;
  const at = `at ${int(large.entries)} entries`;
  const checks: TargetCheck[] = [
    {
      target: `wall time ≤ 1.5× the floor ${at}`,
      value: `${times(large.ratio.wallTime)} (CPU time ${times(large.ratio.cpuTime)})`,
      met: large.ratio.wallTime <= 1.5,
    },
    {
      target: `peak memory ≤ 3 GB ${at}`,
      value: bytes(large.leerhuis.peakRssBytes),
      met: large.leerhuis.peakRssBytes <= 3e9,
    },
    {
      target: `npm run check ≤ 3 s ${at} (the target is set for 10,000)`,
      value: seconds(large.check.wallMs),
      met: large.check.wallMs <= 3000,
    },
    {
      target: `npm run check of one changed file well under 1 s ${at}`,
      value: `${seconds(large.check.changedFile.wallMs)} (it reports ${seconds(large.check.changedFile.reportedMs)})`,
      met: large.check.changedFile.wallMs < 1000,
    },
  ];
  if (large !== small) {
    const perEntry = (s: SizeResult) => s.leerhuis.wallMs / s.entries;
    const growth = perEntry(large) / perEntry(small);
    const pageGrowth = large.leerhuis.htmlMedianBytes / small.leerhuis.htmlMedianBytes;
    checks.push(
      {
        target: `time per entry ${at} ≤ 1.2× that at ${int(small.entries)}`,
        value: `${times(growth)} (${perEntry(small).toFixed(1)} → ${perEntry(large).toFixed(1)} ms)`,
        met: growth <= 1.2,
      },
      {
        target: `median page bytes ${at} ≤ 1.1× that at ${int(small.entries)}`,
        value: `${times(pageGrowth)} (${bytes(small.leerhuis.htmlMedianBytes)} → ${bytes(large.leerhuis.htmlMedianBytes)})`,
        met: pageGrowth <= 1.1,
      },
    );
  }
  if (large.search) {
    checks.push({
      target: `first results ≤ 300 ms after the last keystroke ${at} (search loaded; debounce included)`,
      value: `${int(large.search.warmMs)} ms (${int(large.search.coldMs)} ms when the first keystrokes also load search)`,
      met: large.search.warmMs <= 300,
    });
  }
  if (large.dev) {
    const { ratio, restarted } = devFirstPageRatio(large.dev);
    checks.push({
      target: `npm run dev's first entry page ≤ 1.5× the floor's dev server ${at}${restarted ? ' (both restarted)' : ''}`,
      value: `${times(ratio)} (without a content store ${times(large.dev.leerhuis.firstPageMs / large.dev.floor.firstPageMs)})`,
      met: ratio <= 1.5,
    });
  }
  for (const s of sorted) {
    const editMs = s.dev && devEditMs(s.dev);
    if (editMs !== undefined)
      checks.push({
        target: `npm run dev shows a changed entry on its page within 2 s at ${int(s.entries)} entries`,
        value: seconds(editMs),
        met: editMs <= 2000,
      });
    checks.push({
      target: `rebuild after one change ≤ 40 % of cold at ${int(s.entries)} entries`,
      value: `${percent(s.rebuild.ratioToCold)} (CPU time ${percent(s.rebuild.cpuRatioToCold)})`,
      met: s.rebuild.ratioToCold <= 0.4,
    });
  }
  return checks;
}

export function formatTargets(targets: TargetCheck[]): string {
  return targets.map((t) => `${t.met ? '✓' : '✗'} ${t.target}: ${t.value}`).join('\n');
}

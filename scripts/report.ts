/**
 * `npm run report` — which published entries are due for review, per owner, and which have no
 * owner; in the site's language, with the files to open.
 *   npm run report [-- <content folder>] [--json] [--fail-on-stale] [--days 30]
 * --json writes the same overview as JSON (for CI); --fail-on-stale ends with exit code 1
 * when anything is overdue. LEERHUIS_NOW pins today, as in the build.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { t, type UiKey } from '../src/i18n/index.ts';
import { buildNow } from '../src/lib/build-time.ts';
import { formatDate, isoDate } from '../src/lib/dates.ts';
import {
  freshnessReport,
  type FreshnessReport,
  type ReportEntry,
  type StatusCounts,
  type Tally,
} from '../src/lib/freshness-report.ts';
import { loadContent } from '../src/lib/load-content.ts';
import { contentDirFromEnv } from '../src/lib/project-paths.ts';
import { isPublished } from '../src/lib/publication.ts';
import { readSiteSettings } from '../src/lib/site-settings.ts';
import { collections } from '../src/schemas/index.ts';

function readArgs() {
  try {
    return parseArgs({
      options: {
        json: { type: 'boolean' },
        'fail-on-stale': { type: 'boolean' },
        days: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? String(error);
    return { error: option } as const;
  }
}

const args = readArgs();
const contentDir =
  'values' in args && args.positionals[0] ? resolve(args.positionals[0]) : contentDirFromEnv();
const locale = readSiteSettings(contentDir).defaultLocale;
const tr = (key: UiKey, vars?: Record<string, string | number>) => t(locale, key, vars);

if ('error' in args) {
  console.error(`${t(locale, 'new.unknownOption', { option: args.error })}\n\n${tr('report.usage')}`);
  process.exit(1);
}
if (args.values.help) {
  console.log(tr('report.usage'));
  process.exit(0);
}
const days = args.values.days === undefined ? undefined : Number(args.values.days);
if (days !== undefined && (!Number.isInteger(days) || days < 1)) {
  console.error(tr('report.badDays'));
  process.exit(1);
}

// Every valid entry: published ones are reported, experts also lend their names to owners.
const now = buildNow();
const source = loadContent(contentDir);
let invalidFiles = source.unreadable.length;
const published: ReportEntry[] = [];
const names = new Map<string, string>();
for (const entry of source.entries) {
  const result = collections[entry.collection].schema.safeParse(entry.data);
  if (!result.success) {
    invalidFiles++;
    continue;
  }
  const data = result.data as {
    title?: string;
    name?: string;
    owner?: string;
    tags?: string[];
    reviewedAt?: Date;
    reviewEveryMonths?: number;
    draft?: boolean;
    publishedAt?: Date;
    consent?: boolean;
  };
  if (entry.collection === 'experts' && typeof data.name === 'string') names.set(entry.id, data.name);
  if (!isPublished(entry.collection, data, now)) continue;
  published.push({
    collection: entry.collection,
    id: entry.id,
    title: String(data.title ?? data.name ?? entry.id),
    file: entry.file,
    owner: data.owner,
    tags: data.tags ?? [],
    reviewedAt: data.reviewedAt,
    reviewEveryMonths: data.reviewEveryMonths,
  });
}

const report = freshnessReport(published, now, { days, ownerName: (id) => names.get(id), locale });

const countsOf = (tally: StatusCounts & Partial<Tally>, withoutOwner = false) =>
  [
    ...(['overdue', 'dueSoon', 'unreviewed'] as const)
      .filter((s) => tally[s] > 0)
      .map((s) => tr(`report.count.${s}`, { count: tally[s] })),
    ...(withoutOwner && tally.withoutOwner
      ? [tr('report.count.withoutOwner', { count: tally.withoutOwner })]
      : []),
  ].join(', ');

function asJson(r: FreshnessReport) {
  const tallies = <K extends string>(map: Map<K, Tally>) => Object.fromEntries(map);
  return {
    today: isoDate(r.today),
    dueSoonDays: r.days,
    totals: r.totals,
    groups: r.groups.map((g) => ({
      owner: g.owner ?? null,
      name: g.name ?? null,
      counts: g.counts,
      entries: g.rows.map((row) => ({
        collection: row.collection,
        id: row.id,
        title: row.title,
        file: row.file,
        status: row.status,
        due: row.due ? isoDate(row.due) : null,
        reviewedAt: row.reviewedAt ? isoDate(row.reviewedAt) : null,
        reviewEveryMonths: row.reviewEveryMonths ?? null,
      })),
    })),
    byCollection: tallies(r.byCollection),
    byTag: tallies(r.byTag),
    invalidFiles,
  };
}

/** Pads to a width in characters as people count them (é is one). */
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));
const clip = (text: string, width: number) =>
  [...text].length > width ? `${[...text].slice(0, width - 1).join('')}…` : text;
const TITLE_WIDTH = 44;

function asTable(r: FreshnessReport): string {
  const out = [tr('report.heading', { date: formatDate(r.today, locale), days: r.days }), ''];
  if (!r.groups.length) return [...out, tr('report.none', { published: r.totals.entries })].join('\n');
  const header = [
    tr('report.column.status'),
    tr('report.column.due'),
    tr('report.column.type'),
    tr('report.column.title'),
    tr('report.column.file'),
  ];
  for (const group of r.groups) {
    const who = group.owner
      ? tr('report.owner', { name: group.name ?? group.owner, id: group.owner })
      : tr('report.noOwner');
    const n = group.rows.length;
    const entries = n === 1 ? tr('report.count.entry') : tr('report.count.entries', { count: n });
    const counts = group.owner
      ? countsOf(group.counts)
      : `${entries} (${countsOf(group.counts) || tr('report.count.current', { count: n })})`;
    out.push(`${who}: ${counts}`);
    const rows = group.rows.map((row) => [
      tr(`report.status.${row.status}`),
      row.due ? isoDate(row.due) : '—',
      tr(`type.${row.collection}` as UiKey),
      clip(row.title, TITLE_WIDTH),
      row.file,
    ]);
    const widths = header.map((h, i) =>
      Math.max([...h].length, ...rows.map((cells) => [...cells[i]!].length)),
    );
    for (const cells of [header, ...rows])
      out.push(
        `  ${cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ')}`.trimEnd(),
      );
    out.push('');
  }
  out.push(
    tr('report.total', {
      counts: countsOf(r.totals, true) || tr('report.count.overdue', { count: 0 }),
      published: r.totals.entries,
    }),
    tr('report.howTo', { today: isoDate(r.today) }),
  );
  return out.join('\n');
}

console.log(args.values.json ? JSON.stringify(asJson(report), null, 2) : asTable(report));
if (invalidFiles && !args.values.json) console.error(`\n${tr('report.invalid', { count: invalidFiles })}`);
if (args.values['fail-on-stale'] && report.totals.overdue > 0) {
  const n = report.totals.overdue;
  console.error(n === 1 ? tr('report.staleOne') : tr('report.stale', { count: n }));
  process.exitCode = 1;
}

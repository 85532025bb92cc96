/**
 * The review overview (`npm run report`, the editors' page `/redactie/`): which published
 * entries are past their review date or due soon, grouped by the person who keeps them current
 * (`owner`), and every entry that has no owner; with counts per collection and per tag.
 * One pass over the entries, so it costs nothing next to a build of 10,000 pages.
 */
import type { CollectionName } from '../schemas/index.ts';
import { reviewStatus, type ReviewData, type ReviewStatus } from './freshness.ts';

/** How many days ahead "due soon" looks. */
export const DUE_SOON_DAYS = 30;

/** What the overview needs to know of an entry. */
export interface ReportEntry extends ReviewData {
  collection: CollectionName;
  id: string;
  title: string;
  /** Path for people, like `content/blog/welkom.md`. */
  file: string;
  /** Expert id of the person who keeps it current. */
  owner?: string | undefined;
  tags: readonly string[];
}

export interface ReportRow extends ReportEntry {
  status: ReviewStatus;
  /** The day it is due for review; absent for an entry never reviewed. */
  due?: Date;
}

export type StatusCounts = Record<ReviewStatus, number>;

/** One owner's entries that need attention; `owner` undefined: the entries nobody keeps current (all of them). */
export interface OwnerGroup {
  owner?: string;
  /** The owner's name, where known. */
  name?: string;
  rows: ReportRow[];
  counts: StatusCounts;
}

/** Counts for a collection, a tag or the whole site. */
export interface Tally extends StatusCounts {
  entries: number;
  withoutOwner: number;
}

export interface FreshnessReport {
  today: Date;
  days: number;
  /** Owners by name, then the group without an owner (when there is one). */
  groups: OwnerGroup[];
  totals: Tally;
  byCollection: Map<CollectionName, Tally>;
  /** Tag id → counts, in the order the tags first appear. */
  byTag: Map<string, Tally>;
}

export interface ReportOptions {
  days?: number;
  /** An owner's display name (an expert's `name`). */
  ownerName?: (id: string) => string | undefined;
  /** Language for sorting names and titles. */
  locale?: string;
}

const STATUS_ORDER: readonly ReviewStatus[] = ['overdue', 'dueSoon', 'unreviewed', 'current'];
const noCounts = (): StatusCounts => ({ overdue: 0, dueSoon: 0, unreviewed: 0, current: 0 });
const noTally = (): Tally => ({ ...noCounts(), entries: 0, withoutOwner: 0 });

function add(tally: Tally, row: ReportRow): void {
  tally.entries++;
  tally[row.status]++;
  if (!row.owner) tally.withoutOwner++;
}

/** The overview of `entries` (published ones) on `today`. */
export function freshnessReport(
  entries: Iterable<ReportEntry>,
  today: Date,
  options: ReportOptions = {},
): FreshnessReport {
  const days = options.days ?? DUE_SOON_DAYS;
  const collator = new Intl.Collator(options.locale ?? 'nl', { sensitivity: 'base', numeric: true });
  const totals = noTally();
  const byCollection = new Map<CollectionName, Tally>();
  const byTag = new Map<string, Tally>();
  const owners = new Map<string, OwnerGroup>();
  const orphans: OwnerGroup = { rows: [], counts: noCounts() };

  for (const entry of entries) {
    const row: ReportRow = { ...entry, ...reviewStatus(entry, today, days) };
    add(totals, row);
    let tally = byCollection.get(entry.collection);
    if (!tally) byCollection.set(entry.collection, (tally = noTally()));
    add(tally, row);
    for (const tag of new Set(entry.tags)) {
      let tagTally = byTag.get(tag);
      if (!tagTally) byTag.set(tag, (tagTally = noTally()));
      add(tagTally, row);
    }
    let group = orphans;
    if (entry.owner) {
      group = owners.get(entry.owner) ?? { owner: entry.owner, rows: [], counts: noCounts() };
      if (!owners.has(entry.owner)) {
        const name = options.ownerName?.(entry.owner);
        if (name) group.name = name;
        owners.set(entry.owner, group);
      }
      // An owner sees what needs doing; entries without an owner are all listed.
      if (row.status === 'current') continue;
    }
    group.rows.push(row);
    group.counts[row.status]++;
  }

  const byUrgency = (a: ReportRow, b: ReportRow) =>
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
    (a.due?.getTime() ?? 0) - (b.due?.getTime() ?? 0) ||
    collator.compare(a.title, b.title);
  const groups = [...owners.values()]
    .filter((g) => g.rows.length)
    .sort((a, b) => collator.compare(a.name ?? a.owner ?? '', b.name ?? b.owner ?? ''));
  if (orphans.rows.length) groups.push(orphans);
  for (const g of groups) g.rows.sort(byUrgency);
  return { today, days, groups, totals, byCollection, byTag };
}

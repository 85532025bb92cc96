/**
 * The review overview of this build for the editors' pages (/redactie/): computed once from the
 * catalog (one pass over the published entries) and shared by the overview and the list pages.
 */
import { catalog, publishedExpert, type Item } from './catalog.ts';
import { editUrl, now, site, sourceFile, tagLabel, tagUrl } from './site.ts';
import {
  freshnessReport,
  type FreshnessReport,
  type OwnerGroup,
  type ReportRow,
  type Tally,
} from '../lib/freshness-report.ts';
import { EDITORS_ROUTE } from '../lib/routes.ts';

/** Rows per list page: a row with its links is about 600 bytes, so a page stays under 30 KB. */
export const ROWS_PER_PAGE = 25;

/** Topics per page of the counts per tag: a vocabulary of hundreds of tags still gives small pages. */
export const TAGS_PER_PAGE = 100;

/** A row of the list with what the page shows beside it. */
export interface ReviewRow {
  row: ReportRow;
  /** Index of its owner group in the report. */
  group: number;
  /** Whether it is the first row of its group (later pages say "(vervolg)"). */
  first: boolean;
  href: string;
  edit?: string | undefined;
}

/** A row of the counts per tag. */
export interface TopicRow {
  label: string;
  href: string;
  tally: Tally;
}

export interface SiteReport {
  report: FreshnessReport;
  rows: ReviewRow[];
  /** Counts per tag, by label. */
  topics: TopicRow[];
  /** The published profile of each group's owner, where there is one. */
  owners: (Item | undefined)[];
}

let loaded: Promise<SiteReport> | undefined;

async function load(): Promise<SiteReport> {
  const c = await catalog();
  const files = new Map<string, string | undefined>();
  const report = freshnessReport(
    c.items.map((item) => {
      const entry = c.entry.get(item.id)!;
      files.set(item.id, entry.filePath);
      return {
        collection: item.collection,
        id: item.id,
        title: item.title,
        file: entry.filePath ? sourceFile(entry.filePath) : `${item.collection}/${item.id}`,
        owner: entry.data.owner,
        tags: entry.data.tags,
        reviewedAt: entry.data.reviewedAt,
        reviewEveryMonths: entry.data.reviewEveryMonths,
      };
    }),
    now,
    { ownerName: (id) => c.experts.get(id)?.data.name, locale: site.defaultLocale },
  );
  const rows = report.groups.flatMap((g: OwnerGroup, group) =>
    g.rows.map((row, i) => ({
      row,
      group,
      first: i === 0,
      href: c.item.get(row.id)!.href,
      edit: editUrl(files.get(row.id)),
    })),
  );
  const collator = new Intl.Collator(site.defaultLocale, { sensitivity: 'base', numeric: true });
  const topics = [...report.byTag]
    .map(([tag, tally]) => ({ label: tagLabel(tag), href: tagUrl(tag), tally }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return { report, rows, topics, owners: report.groups.map((g) => publishedExpert(c, g.owner)) };
}

/** This build's overview, computed on first use. */
export function siteReport(): Promise<SiteReport> {
  loaded ??= load();
  return loaded;
}

/** Site path of list page `n`. */
export const reviewPath = (n = 1): string => `${EDITORS_ROUTE}/nakijken/${n > 1 ? `${n}/` : ''}`;

/** Site path of page `n` of the counts per tag. */
export const topicsPath = (n = 1): string => `${EDITORS_ROUTE}/onderwerpen/${n > 1 ? `${n}/` : ''}`;

/**
 * What a finder page hands its browser module, and what a finder (courses, experts) must
 * provide besides the generic filtering in `finder.ts`. Pure types and small helpers: the
 * pages fill the config at build time, `src/client/finder.ts` only reads it.
 */
import type { FinderRecord, FinderSpec } from './finder.ts';

/** An option of a filter whose values come from the content (competencies, departments). */
export interface FinderOption {
  value: string;
  label: string;
  /** Heading of an `<optgroup>` in the select. */
  group?: string;
}

/** The form controls a filter can have. Checkboxes allow several values; radios and selects one. */
export type FinderControl = 'checkbox' | 'radio' | 'select';

/** A filter as the page renders it. */
export interface FinderFilterView {
  key: string;
  control: FinderControl;
  legend: string;
  /** Options known at build time; a select with `fromData` gets its options from the data file. */
  options: FinderOption[];
  fromData?: boolean;
}

/** Texts of a finder's browser module (filled from src/i18n at build time). */
export interface FinderStrings {
  /** The panel's toggle: "Filters", and "Filters ({count} gekozen)" while some are chosen. */
  filters: string;
  filtersActive: string;
  /** "{count} opleidingen", "1 opleiding", "Geen opleidingen": the count line and announcement. */
  countMany: string;
  countOne: string;
  countNone: string;
  /** "{shown} van {count} getoond". */
  shown: string;
  more: string;
  /** Button in the "no results" box: "Zonder ‘{filter}’: {count}". */
  without: string;
  /** Accessible name of an active-filter button: "Filter {filter} weghalen". */
  remove: string;
  /** Shown when the data cannot be loaded. */
  failed: string;
  /** Finder-specific texts (the course finder's "Start {date}"). */
  [key: string]: string;
}

export interface FinderConfig {
  /** Address of the data file with every record. */
  dataUrl: string;
  /** Page language, for collation, numbers and dates. */
  locale: string;
  /** Cards rendered at once; "show more" adds as many again. */
  pageSize: number;
  /** Number of records, shown before the data file is in. */
  total: number;
  /** Controls per filter key, in panel order. */
  controls: Record<string, FinderControl>;
  strings: FinderStrings;
}

/** What one card shows. */
export interface FinderCard {
  title: string;
  href: string;
  description: string;
  detail?: string | undefined;
  /** Language of the entry; the card says so when it differs from the page. */
  lang: string;
  /** Heading the card is listed under (department); consecutive cards share one. */
  group?: string | undefined;
}

/** What a finder adds to the generic filtering: its records, sort orders and cards. */
export interface FinderDomain<Data, R extends FinderRecord> {
  spec: FinderSpec;
  /** Records with their filter values for `today` (a day number), and options that come from the data. */
  prepare: (data: Data, today: number) => { records: R[]; options: Record<string, FinderOption[]> };
  /** Order of the records for a sort key (the records come in the first sort's order). */
  compare?: (sort: string, collator: Intl.Collator) => ((a: R, b: R) => number) | undefined;
  card: (
    record: R,
    text: (key: string, vars?: Record<string, string | number>) => string,
    locale: string,
  ) => FinderCard;
}

/** "12 opleidingen", "1 opleiding", "Geen opleidingen": the count line, at build time and in the browser. */
export function countText(strings: FinderStrings, n: number, format: (n: number) => string): string {
  const template = n === 0 ? strings.countNone : n === 1 ? strings.countOne : strings.countMany;
  return template.replace('{count}', format(n));
}

/** Serialises a config or data for a `<script type="application/json">` block or file (no `</script>` inside). */
export const finderJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

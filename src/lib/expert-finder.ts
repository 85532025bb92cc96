/**
 * The expert finder on /experts/ ("wie weet wat"): the record of each published expert in
 * its data file, and the values each filter sees. Only experts who gave consent are
 * published, so only they are ever in the data file (the page builds it from the catalogue).
 */
import type { FinderRecord, FinderSpec } from './finder.ts';
import type { FinderDomain, FinderOption } from './finder-page.ts';

/** Filters in panel order (also the order of the URL parameters). Experts stay grouped by department. */
export const EXPERT_FINDER: FinderSpec = {
  filters: [
    { key: 'expertise', multiple: false },
    { key: 'department', multiple: false },
    { key: 'available', multiple: true },
    { key: 'language', multiple: true },
  ],
  sorts: ['department'],
};

/** One expert in the finder's data file. */
export interface ExpertData {
  id: string;
  name: string;
  description: string;
  href: string;
  lang: string;
  /** The card's facts: "Informatieanalist · Werken met data, Excel". */
  detail: string;
  department: string;
  /** Competency ids and tags. */
  expertise: string[];
  /** What they can be asked for (`availableFor`). */
  available: string[];
  /** Languages they speak (ISO codes). */
  languages: string[];
}

export interface ExpertFinderData {
  /** In list order: by department, then name. */
  experts: ExpertData[];
  /** Every competency and tag some expert knows about, labelled and grouped. */
  expertise: FinderOption[];
  departments: FinderOption[];
}

export interface ExpertRecord extends FinderRecord {
  data: ExpertData;
}

/** The values each filter sees of an expert. */
export const expertFacets = (e: ExpertData): Record<string, string[]> => ({
  expertise: e.expertise,
  department: [e.department],
  available: e.available,
  language: e.languages,
});

export const expertFinder: FinderDomain<ExpertFinderData, ExpertRecord> = {
  spec: EXPERT_FINDER,
  prepare: (data) => ({
    records: data.experts.map((e) => ({ data: e, facets: expertFacets(e) })),
    options: { expertise: data.expertise, department: data.departments },
  }),
  card: ({ data }) => ({
    title: data.name,
    href: data.href,
    description: data.description,
    lang: data.lang,
    detail: data.detail,
    group: data.department,
  }),
};

/**
 * schema.org data for search engines and intranet crawlers (JSON-LD): `Course` with its
 * upcoming runs as `CourseInstance`, and `BlogPosting` / `Article` for posts and learning
 * stories. Small on purpose: only what the page itself shows. Addresses are absolute when the
 * site knows its own (site.yaml `url`), else site paths, which JSON-LD resolves against the page.
 */
import { isoDate } from './dates.ts';
import { runEndIso, runStartIso, type Run } from './course-runs.ts';

type JsonLd = Record<string, unknown>;

/** A person as schema.org knows them; `url` only for someone with a published profile. */
export interface PersonRef {
  name: string;
  url?: string | undefined;
  jobTitle?: string | undefined;
}

const person = ({ name, url, jobTitle }: PersonRef): JsonLd => ({
  '@type': 'Person',
  name,
  ...(url ? { url } : {}),
  ...(jobTitle ? { jobTitle } : {}),
});

const organization = (name: string): JsonLd => ({ '@type': 'Organization', name });

export interface ArticleInput {
  /** `BlogPosting` for the blog, `Article` for a learning story. */
  type: 'BlogPosting' | 'Article';
  headline: string;
  description: string;
  inLanguage: string;
  datePublished: Date;
  dateModified?: Date | undefined;
  /** Authors with a published profile or named inline; none means the organisation speaks. */
  authors: readonly PersonRef[];
  /** The organisation that publishes the site. */
  publisher: string;
  url?: string | undefined;
  keywords?: readonly string[];
}

/** A blog post or learning story: headline, authors, dates, language. */
export function articleJsonLd(input: ArticleInput): JsonLd {
  return {
    '@type': input.type,
    headline: input.headline,
    description: input.description,
    inLanguage: input.inLanguage,
    datePublished: isoDate(input.datePublished),
    dateModified: isoDate(input.dateModified ?? input.datePublished),
    author: input.authors.length ? input.authors.map(person) : [organization(input.publisher)],
    publisher: organization(input.publisher),
    ...(input.url ? { url: input.url, mainEntityOfPage: input.url } : {}),
    ...(input.keywords?.length ? { keywords: input.keywords.join(', ') } : {}),
  };
}

/** schema.org `courseMode` for a learning method, where one fits. */
const COURSE_MODES: Record<string, string> = {
  klassikaal: 'onsite',
  'e-learning': 'online',
  webinar: 'online',
  blended: 'blended',
};

export interface CourseInput {
  name: string;
  description: string;
  url?: string | undefined;
  code?: string | undefined;
  /** Language the course is taught in. */
  inLanguage: string;
  provider: string;
  method: string;
  durationHours: number;
  cost: { amount: number; currency: string };
  /** The runs still to start. */
  runs: readonly Run[];
}

/** A course, with its upcoming runs (dates, and times of day where known) as `CourseInstance`. */
export function courseJsonLd(input: CourseInput): JsonLd {
  return {
    '@type': 'Course',
    name: input.name,
    description: input.description,
    ...(input.url ? { url: input.url } : {}),
    ...(input.code ? { courseCode: input.code } : {}),
    inLanguage: input.inLanguage,
    provider: organization(input.provider),
    timeRequired: `PT${input.durationHours}H`,
    offers: {
      '@type': 'Offer',
      price: input.cost.amount,
      priceCurrency: input.cost.currency,
      category: input.cost.amount === 0 ? 'Free' : 'Paid',
    },
    hasCourseInstance: input.runs.map((run) => ({
      '@type': 'CourseInstance',
      courseMode: COURSE_MODES[input.method] ?? input.method,
      startDate: runStartIso(run),
      endDate: runEndIso(run),
      location: run.location,
    })),
  };
}

/** schema.org Course with its upcoming runs as CourseInstance: small, only what the page shows. */
import { isOnOrAfter, isoDate } from '../../lib/dates.ts';
import type { Entry } from '../../data/catalog.ts';
import { now, site } from '../../data/site.ts';

export function courseJsonLd(entry: Entry<'opleidingen'>, pageUrl: string): Record<string, unknown> {
  const d = entry.data;
  return {
    '@type': 'Course',
    name: d.title,
    description: d.description,
    ...(site.url ? { url: pageUrl } : {}),
    ...(d.code ? { courseCode: d.code } : {}),
    inLanguage: d.language,
    provider: { '@type': 'Organization', name: d.provider },
    timeRequired: `PT${d.durationHours}H`,
    offers: {
      '@type': 'Offer',
      price: d.cost.amount,
      priceCurrency: d.cost.currency,
      category: d.cost.amount === 0 ? 'Free' : 'Paid',
    },
    hasCourseInstance: d.runs
      .filter((r) => isOnOrAfter(r.start, now))
      .map((r) => ({
        '@type': 'CourseInstance',
        courseMode: d.method,
        startDate: isoDate(r.start),
        ...(r.end ? { endDate: isoDate(r.end) } : {}),
        location: r.location,
      })),
  };
}

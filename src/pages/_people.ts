/** People named on entry pages: published experts link to their profile, others are plain text. */
import type { Person } from '../components/Byline.astro';
import { publishedExpert, type Catalog } from '../data/catalog.ts';
import { absoluteUrl } from '../data/site.ts';
import type { PersonRef } from '../lib/structured-data.ts';
import { entryPath } from '../lib/urls.ts';

type Author = string | { name: string; role?: string | undefined; department?: string | undefined };

/** A person for a byline, or nothing when the expert is not published (no consent: not named at all). */
export function person(c: Catalog, author: Author): Person[] {
  if (typeof author !== 'string') {
    return [
      { name: author.name, detail: [author.role, author.department].filter(Boolean).join(', ') || undefined },
    ];
  }
  const expert = publishedExpert(c, author);
  return expert ? [{ name: expert.title, href: expert.href }] : [];
}

/** The same person for structured data: with their profile address and role, or nothing when not published. */
export function personRef(c: Catalog, author: Author): PersonRef[] {
  if (typeof author !== 'string') return [{ name: author.name, jobTitle: author.role }];
  const expert = publishedExpert(c, author);
  if (!expert) return [];
  return [
    {
      name: expert.title,
      url: absoluteUrl(entryPath('experts', author)),
      jobTitle: c.experts.get(author)?.data.role,
    },
  ];
}

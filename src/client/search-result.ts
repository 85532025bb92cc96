/**
 * One search result on the search page: its title as a link, its type and date, an excerpt with
 * the matched words marked (or the description when only the title or tags matched), and the
 * query words it does not match.
 */
import { excerptParts, hasHighlight } from '../lib/search-excerpt.ts';
import type { Facet } from '../lib/search-facets.ts';
import { el } from './dom.ts';
import type { ResultData } from './search-engine.ts';

/** What a result needs from the page: labels, the date format and the "missing" text. */
export interface ResultView {
  doc: Document;
  label: (facet: Facet, value: string) => string;
  dates: Intl.DateTimeFormat;
  missingText: (words: string) => string;
}

export function resultItem(view: ResultView, data: ResultData, missing?: readonly string[]): HTMLLIElement {
  const { doc, label, dates } = view;
  const li = el(doc, 'li', { class: 'result' });
  const heading = el(doc, 'h3');
  const link = el(doc, 'a', {}, data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const meta = el(doc, 'p', { class: 'result-meta' });
  const type = data.filters.type?.[0];
  if (type) meta.append(el(doc, 'span', { class: 'result-type' }, label('type', type)));
  const date = data.meta.date ? new Date(`${data.meta.date}T00:00:00Z`) : undefined;
  if (date && !Number.isNaN(date.getTime())) {
    const time = el(doc, 'time', {}, dates.format(date));
    time.dateTime = data.meta.date!;
    meta.append(time);
  }
  const excerpt = el(doc, 'p', { class: 'excerpt' });
  if (hasHighlight(data.excerpt) || !data.meta.description) {
    for (const part of excerptParts(data.excerpt))
      excerpt.append(part.mark ? el(doc, 'mark', {}, part.text) : part.text);
  } else {
    excerpt.textContent = data.meta.description; // matched in title or tags: the description says more
  }
  li.append(heading, meta, excerpt);
  if (missing?.length)
    li.append(el(doc, 'p', { class: 'result-missing' }, view.missingText(missing.join(', '))));
  return li;
}

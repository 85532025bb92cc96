/**
 * One group of facet options on the search page: a fieldset of checkboxes (facets with several
 * values a page) or radio buttons, each with its count, the most common values first (or their
 * natural order), collapsed after six with a button to show them all.
 */
import { MULTI_VALUE_FACETS, type Facet } from '../lib/search-facets.ts';
import type { ClientString, SearchPageConfig } from '../lib/search-page.ts';
import { el } from './dom.ts';

/** Facet values shown before "show all". */
const COLLAPSED = 6;

export interface FacetGroupContext {
  doc: Document;
  config: SearchPageConfig;
  /** The values chosen now. */
  chosen: (facet: Facet) => readonly string[];
  /** Pages per value on the whole site. */
  totals: Record<string, Record<string, number>>;
  /** Facets whose values are all shown. */
  expanded: ReadonlySet<Facet>;
  s: (key: ClientString, vars?: Record<string, string | number>) => string;
  numbers: Intl.NumberFormat;
  /** Shows all values of a facet, or fewer. */
  toggle: (facet: Facet) => void;
}

/** The fieldset for `facet` with these counts, or null when no value has a result. */
export function facetGroup(
  ctx: FacetGroupContext,
  facet: Facet,
  counts: Record<string, number>,
): HTMLFieldSetElement | null {
  const label = (value: string) => ctx.config.labels[facet]?.[value] ?? value;
  const chosen = ctx.chosen(facet);
  const multi = MULTI_VALUE_FACETS.includes(facet);
  const order = ctx.config.order[facet];
  const total = ctx.totals[facet] ?? {};
  const values = Object.keys(counts)
    .filter((v) => (counts[v] ?? 0) > 0 || chosen.includes(v))
    .sort((a, b) =>
      order
        ? order.indexOf(a) - order.indexOf(b)
        : (total[b] ?? 0) - (total[a] ?? 0) || label(a).localeCompare(label(b), ctx.config.locale),
    );
  if (!values.length) return null;
  const fieldset = el(ctx.doc, 'fieldset', { class: 'facet' });
  fieldset.append(el(ctx.doc, 'legend', {}, ctx.s(`search.facet.${facet}`)));
  const listEl = el(ctx.doc, 'ul', { role: 'list' });
  const option = (value: string, text: string, count?: number) => {
    const li = el(ctx.doc, 'li');
    const box = el(ctx.doc, 'input');
    box.type = multi ? 'checkbox' : 'radio';
    box.name = `facet-${facet}`;
    box.id = `facet-${facet}-${listEl.children.length}`;
    box.value = value;
    box.checked = value === '' ? !chosen.length : chosen.includes(value);
    box.dataset.facet = facet;
    box.dataset.key = `${facet}=${value}`;
    const lab = el(ctx.doc, 'label', {}, text);
    lab.htmlFor = box.id;
    if (count !== undefined)
      lab.append(' ', el(ctx.doc, 'span', { class: 'count' }, `(${ctx.numbers.format(count)})`));
    li.append(box, lab);
    listEl.append(li);
  };
  if (!multi) option('', ctx.s('search.filters.all'));
  const collapse = values.length > COLLAPSED + 1 && !ctx.expanded.has(facet);
  const visible = collapse ? values.filter((v, i) => i < COLLAPSED || chosen.includes(v)) : values;
  for (const v of visible) option(v, label(v), counts[v] ?? 0);
  fieldset.append(listEl);
  if (values.length > COLLAPSED + 1) {
    const toggle = el(
      ctx.doc,
      'button',
      { class: 'link-button', type: 'button' },
      collapse
        ? ctx.s('search.filters.showAll', { count: ctx.numbers.format(values.length) })
        : ctx.s('search.filters.showFewer'),
    );
    toggle.dataset.key = `${facet}:toggle`;
    toggle.setAttribute('aria-expanded', String(!collapse));
    toggle.addEventListener('click', () => ctx.toggle(facet));
    fieldset.append(toggle);
  }
  return fieldset;
}

/**
 * Draws the portfolio from its data: saved pages, the timeline by year, and hours per
 * competency as bars and a table with the same numbers. Everything a person wrote or a file
 * brought in goes in as text (never as HTML), and links only to paths on this site (the
 * schema allows nothing else).
 */
import { hoursByCompetency, timeline, totalHours } from '../lib/portfolio.ts';
import { scaleShare } from '../lib/self-scan.ts';
import type { Portfolio } from '../schemas/portfolio.ts';
import type { PortfolioConfig } from '../lib/tool-config.ts';
import { el as make } from './dom.ts';
import type { ToolPage } from './tool-page.ts';

type Page = ToolPage<PortfolioConfig>;

/** `el('p', { class: 'x' }, 'text', child)` in this document (see dom.ts). */
const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Record<string, string | undefined>,
  ...children: (Node | string | undefined)[]
) => make(document, tag, attributes, ...children);

/** A small text button whose accessible name also says what it acts on (its visible words first). */
const action = (label: string, subject: string, data: Record<string, string>) =>
  el(
    'button',
    { type: 'button', class: 'link-button', 'aria-label': `${label}: ${subject}`, ...data },
    label,
  );

/** `2027-03-15` as the page's language writes a date. */
const dateOf = (page: Page, iso: string) => page.date(new Date(`${iso}T12:00:00`));

export function renderBookmarks(
  page: Page,
  portfolio: Portfolio,
  list: HTMLElement,
  empty: HTMLElement,
): void {
  const { s } = page;
  list.replaceChildren(
    ...portfolio.bookmarks.map((b) =>
      el(
        'li',
        { class: 'saved-item' },
        el('span', { class: 'kind' }, s(`type.${b.type}`)),
        el('a', { href: b.url }, b.title),
        el('span', { class: 'muted' }, s('portfolio.savedOn', { date: page.date(new Date(b.savedAt)) })),
        el(
          'span',
          { class: 'item-actions' },
          action(s('portfolio.recordThis'), b.title, { 'data-record-bookmark': b.id }),
          action(s('portfolio.remove'), b.title, { 'data-remove-bookmark': b.id }),
        ),
      ),
    ),
  );
  empty.hidden = portfolio.bookmarks.length > 0;
}

export function renderTimeline(
  page: Page,
  portfolio: Portfolio,
  titles: ReadonlyMap<string, string>,
  parts: { timeline: HTMLElement; empty: HTMLElement; total: HTMLElement },
): void {
  const { s } = page;
  const hours = (n: number) => page.hours(n);
  const count = portfolio.records.length;
  parts.total.textContent = count
    ? s(count === 1 ? 'portfolio.totalOne' : 'portfolio.total', {
        count,
        hours: hours(totalHours(portfolio.records)),
      })
    : '';
  parts.empty.hidden = count > 0;
  parts.timeline.replaceChildren(
    ...timeline(portfolio.records).map((year) =>
      el(
        'section',
        { class: 'year', 'aria-labelledby': `year-${year.year}` },
        el(
          'h3',
          { id: `year-${year.year}` },
          year.year,
          el('span', { class: 'muted' }, ` · ${hours(year.hours)}`),
        ),
        el(
          'ol',
          { class: 'timeline', role: 'list' },
          ...year.records.map((r) =>
            el(
              'li',
              { class: 'record' },
              el('h4', {}, r.url ? el('a', { href: r.url }, r.title) : r.title),
              el(
                'p',
                { class: 'record-meta' },
                el('time', { datetime: r.date }, dateOf(page, r.date)),
                ` · ${hours(r.hours)}`,
                r.competency ? ` · ${titles.get(r.competency) ?? r.competency}` : undefined,
              ),
              r.reflection ? el('p', { class: 'reflection' }, r.reflection) : undefined,
              el(
                'p',
                { class: 'item-actions no-print' },
                action(s('portfolio.edit'), r.title, { 'data-edit-record': r.id }),
                action(s('portfolio.remove'), r.title, { 'data-delete-record': r.id }),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export function renderHours(
  page: Page,
  portfolio: Portfolio,
  titles: ReadonlyMap<string, string>,
  parts: { box: HTMLElement; empty: HTMLElement; chart: HTMLElement; table: HTMLElement },
): void {
  const rows = hoursByCompetency(portfolio.records);
  const most = Math.max(0, ...rows.map((r) => r.hours));
  const label = (id: string | undefined) =>
    id === undefined ? page.s('portfolio.noCompetency') : (titles.get(id) ?? id);
  parts.box.hidden = rows.length === 0;
  parts.empty.hidden = rows.length > 0;
  parts.chart.replaceChildren(
    ...rows.map((r) => {
      const fill = el('span', { class: 'bar-fill' });
      // CSSOM, not a style attribute: the Content-Security-Policy allows no inline styles.
      fill.style.inlineSize = `${scaleShare(r.hours, most) * 100}%`;
      return el(
        'li',
        {},
        el('span', { class: 'bar-label' }, label(r.competency)),
        el('span', { class: 'bar-track', 'aria-hidden': 'true' }, fill),
        el('span', { class: 'bar-value' }, page.hours(r.hours)),
      );
    }),
  );
  parts.table.replaceChildren(
    ...rows.map((r) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, label(r.competency)),
        el('td', {}, page.number(r.hours)),
        el('td', {}, page.number(r.count)),
      ),
    ),
  );
}

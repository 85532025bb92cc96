/**
 * The parts of the self-scan's result made in the browser, from the page's config and the
 * scan's suggestions file: a bar and a table row per competency, and a section of suggestions
 * per competency. The page holds only their frame, so it stays small however large the scan.
 * Every text goes in as text (`textContent`), never as markup.
 */
import { ADVICE_KINDS, type AdviceKind } from '../lib/self-scan.ts';
import type { AdviceLink } from '../lib/tool-config.ts';
import { el } from './dom.ts';

/** A competency of the scan as the result shows it. */
export interface Competency {
  id: string;
  title: string;
  /** Its page; '' when the site has none. */
  href: string;
}
type Say = (key: 'scan.flag' | 'scan.nothingYet' | `scan.${AdviceKind}`) => string;

/** A link, or only the title when there is no page to link to. */
const linked = (doc: Document, href: string, title: string) => (href ? el(doc, 'a', { href }, title) : title);

/** The value with, after it, the word that marks a low score (shown by the script). */
const valueAndFlag = (doc: Document, flag: string) => [
  el(doc, 'span', { 'data-value': '' }, '–'),
  el(doc, 'strong', { class: 'bar-flag', 'data-flag': '', hidden: '' }, flag),
];

/** Fills the chart and the table with a row per competency, in the scan's order. */
export function drawScoreRows(
  bars: HTMLElement,
  rows: HTMLElement,
  competencies: readonly Competency[],
  say: Say,
): void {
  const doc = bars.ownerDocument;
  bars.replaceChildren(
    ...competencies.map((c) =>
      el(
        doc,
        'li',
        { 'data-score': c.id },
        el(doc, 'span', { class: 'bar-label' }, c.title),
        el(
          doc,
          'span',
          { class: 'bar-track', 'aria-hidden': 'true' },
          el(doc, 'span', { class: 'bar-fill', 'data-bar': '' }),
        ),
        el(doc, 'span', { class: 'bar-value' }, ...valueAndFlag(doc, say('scan.flag'))),
      ),
    ),
  );
  rows.replaceChildren(
    ...competencies.map((c) =>
      el(
        doc,
        'tr',
        { 'data-score': c.id },
        el(doc, 'th', { scope: 'row' }, linked(doc, c.href, c.title)),
        // In the table the word follows the number on its line.
        el(doc, 'td', {}, ...valueAndFlag(doc, ` ${say('scan.flag')}`)),
        el(doc, 'td', { 'data-answered': '' }),
      ),
    ),
  );
}

/**
 * A competency's suggestions: a heading, a line for its score (`[data-advice-score]`), a list
 * per kind, or a line to ask for advice when the site has none, and a link to all about it.
 */
export function adviceSection(
  doc: Document,
  competency: Competency,
  advice: Partial<Record<AdviceKind, AdviceLink[]>>,
  lang: string,
  say: Say,
  allAbout: string,
): HTMLElement {
  const heading = `advice-${competency.id}`;
  const section = el(
    doc,
    'section',
    { class: 'advice', 'data-advice': competency.id, 'aria-labelledby': heading },
    el(doc, 'h4', { id: heading }, competency.title),
    el(doc, 'p', { class: 'muted', 'data-advice-score': '' }),
  );
  const kinds = ADVICE_KINDS.filter((kind) => advice[kind]?.length);
  for (const kind of kinds)
    section.append(
      el(doc, 'h5', {}, say(`scan.${kind}`)),
      el(
        doc,
        'ul',
        {},
        ...advice[kind]!.map((link) =>
          el(
            doc,
            'li',
            link.lang && link.lang !== lang ? { lang: link.lang } : {},
            linked(doc, link.href, link.title),
          ),
        ),
      ),
    );
  if (kinds.length === 0) section.append(el(doc, 'p', {}, say('scan.nothingYet')));
  if (competency.href) section.append(el(doc, 'p', {}, el(doc, 'a', { href: competency.href }, allAbout)));
  return section;
}

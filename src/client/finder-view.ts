/**
 * What a finder draws (for `finder.ts`): option counts in the panel, the select options that
 * come from the data file, and the cards, copied from the page's own card and group patterns
 * so they look exactly like the server-rendered list.
 */
import type { FinderRecord, FinderResult } from '../lib/finder.ts';
import type { FinderCard, FinderOption } from '../lib/finder-page.ts';

export function find<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`finder: ${selector} is missing from the page`);
  return found;
}

/** Labels per filter key and value, as the page wrote them (before any count), and each filter's name. */
export interface Labels {
  legends: Map<string, string>;
  values: Map<string, Map<string, string>>;
}

export function readLabels(form: HTMLFormElement): Labels {
  const labels: Labels = { legends: new Map(), values: new Map() };
  const values = (key: string) => {
    let map = labels.values.get(key);
    if (!map) labels.values.set(key, (map = new Map()));
    return map;
  };
  for (const fieldset of form.querySelectorAll('fieldset')) {
    for (const input of fieldset.querySelectorAll('input')) {
      labels.legends.set(input.name, fieldset.querySelector('legend')?.textContent?.trim() ?? input.name);
      const text = form.querySelector(`label[for="${input.id}"]`)?.firstChild?.textContent?.trim();
      if (input.value) values(input.name).set(input.value, text ?? input.value);
    }
  }
  for (const select of form.querySelectorAll('select')) {
    labels.legends.set(
      select.name,
      form.querySelector(`label[for="${select.id}"]`)?.textContent?.trim() ?? '',
    );
    const all = select.options[0];
    if (all) all.dataset.label = all.textContent ?? '';
    values(select.name);
  }
  return labels;
}

/** Adds options from the data file to a select, in `<optgroup>`s where they have a group. */
export function addOptions(
  select: HTMLSelectElement,
  options: readonly FinderOption[],
  labels: Labels,
): void {
  const byGroup = new Map<string | undefined, HTMLOptionElement[]>();
  for (const o of options) {
    labels.values.get(select.name)?.set(o.value, o.label);
    const list = byGroup.get(o.group) ?? [];
    if (!list.length) byGroup.set(o.group, list);
    list.push(new Option(o.label, o.value));
  }
  for (const [group, list] of byGroup) {
    if (group === undefined) select.append(...list);
    else {
      const optgroup = select.ownerDocument.createElement('optgroup');
      optgroup.label = group;
      optgroup.append(...list);
      select.append(optgroup);
    }
  }
}

/** Writes "(12)" beside every option: what choosing it would show. "All" shows the list without that filter. */
export function showCounts<R extends FinderRecord>(
  form: HTMLFormElement,
  result: FinderResult<R>,
  labels: Labels,
  format: (n: number) => string,
): void {
  const all = (key: string) => result.without[key] ?? result.records.length;
  const count = (key: string, value: string) =>
    value === '' ? all(key) : (result.counts[key]?.get(value) ?? 0);
  // Only texts that change are written: each write costs the browser layout work.
  const write = (node: Node | null | undefined, text: string) => {
    if (node && node.textContent !== text) node.textContent = text;
  };
  for (const input of form.querySelectorAll('input')) {
    const n = count(input.name, input.value);
    write(form.querySelector(`label[for="${input.id}"] .count`), `(${format(n)})`);
    input.closest('li')?.classList.toggle('is-empty', n === 0 && !input.checked);
  }
  for (const select of form.querySelectorAll('select')) {
    for (const option of select.options) {
      const label = labels.values.get(select.name)?.get(option.value) ?? option.dataset.label;
      write(option, `${label} (${format(count(select.name, option.value))})`);
    }
  }
}

/** A list item holding one button. */
export function buttonItem(
  doc: Document,
  label: string,
  action: () => void,
  className?: string,
): HTMLLIElement {
  const li = doc.createElement('li');
  const button = li.appendChild(doc.createElement('button'));
  button.type = 'button';
  if (className) button.className = className;
  button.textContent = label;
  button.addEventListener('click', action);
  return li;
}

/** The page's patterns: an empty card list, one card, and a group section with its heading. */
export interface Patterns {
  list: HTMLUListElement;
  card: HTMLLIElement;
  group: HTMLElement;
}

export function readPatterns(root: ParentNode): Patterns {
  const copy = <T extends Element>(name: string) =>
    find<HTMLTemplateElement>(root, `template[data-finder-${name}]`).content.firstElementChild!.cloneNode(
      true,
    ) as T;
  const list = copy<HTMLUListElement>('card');
  const card = list.firstElementChild as HTMLLIElement;
  list.replaceChildren();
  return { list, card, group: copy<HTMLElement>('group') };
}

function cardItem(patterns: Patterns, c: FinderCard, locale: string): HTMLLIElement {
  const li = patterns.card.cloneNode(true) as HTMLLIElement;
  const link = find<HTMLAnchorElement>(li, 'a');
  link.href = c.href;
  link.textContent = c.title;
  find(li, '.description').textContent = c.description;
  const detail = li.querySelector('.detail');
  if (c.detail && detail) detail.textContent = c.detail;
  else detail?.remove();
  if (c.lang !== locale) li.lang = c.lang;
  return li;
}

/** The cards in lists, a list per run of cards with the same group, under that group's heading. */
export function cardLists(
  patterns: Patterns,
  cards: readonly FinderCard[],
  locale: string,
): { parts: Element[]; items: HTMLLIElement[] } {
  const parts: Element[] = [];
  const items: HTMLLIElement[] = [];
  let list: HTMLUListElement | undefined;
  let group: string | undefined;
  for (const c of cards) {
    if (!list || c.group !== group) {
      list = patterns.list.cloneNode(false) as HTMLUListElement;
      group = c.group;
      if (group === undefined) parts.push(list);
      else {
        const section = patterns.group.cloneNode(true) as HTMLElement;
        find(section, 'h2').textContent = group;
        section.append(list);
        parts.push(section);
      }
    }
    items.push(list.appendChild(cardItem(patterns, c, locale)));
  }
  return { parts, items };
}

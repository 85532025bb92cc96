/**
 * A finder in the browser (the course finder, the expert finder): shows the filter panel,
 * loads every record from the finder's data file, filters and counts as people choose, and
 * renders the cards from the page's own card pattern. The state lives in the address (each
 * choice adds a history entry, so Back undoes it and a link can be shared); the number of
 * results is announced politely; an empty list offers to remove the filter that emptied it.
 * Without this script the page is the plain paginated list, which stays as it was.
 */
import { localeTag } from '../lib/dates.ts';
import { localToday } from '../lib/days.ts';
import {
  activeKeys,
  chosenCount,
  findRecords,
  finderStateToQuery,
  parseFinderState,
  setValue,
  withValues,
  type FinderRecord,
  type FinderResult,
} from '../lib/finder.ts';
import type { FinderCard, FinderConfig, FinderDomain, FinderOption } from '../lib/finder-page.ts';
import { fill } from '../lib/search-page.ts';

function find<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`finder: ${selector} is missing from the page`);
  return found;
}
const copy = <T extends Element>(root: ParentNode, name: string): T =>
  find<HTMLTemplateElement>(root, `template[data-finder-${name}]`).content.firstElementChild!.cloneNode(
    true,
  ) as T;

export function startFinder<D, R extends FinderRecord>(
  domain: FinderDomain<D, R>,
  doc: Document = document,
): void {
  const root = find(doc, '[data-finder]');
  const panel = find(root, '[data-finder-panel]');
  const ui = find(root, '[data-finder-results]');
  const staticList = find(doc, '[data-list-static]');
  const config = JSON.parse(find(root, '[data-finder-config]').textContent ?? '') as FinderConfig;
  const { spec } = domain;
  const text = (key: string, vars?: Record<string, string | number>) =>
    fill(config.strings[key] ?? key, vars);
  const numbers = new Intl.NumberFormat(localeTag(config.locale));
  const collator = new Intl.Collator(localeTag(config.locale), { sensitivity: 'base', numeric: true });
  const countText = (n: number) =>
    text(n === 0 ? 'countNone' : n === 1 ? 'countOne' : 'countMany', { count: numbers.format(n) });

  const form = find<HTMLFormElement>(panel, '[data-finder-form]');
  const toggle = find<HTMLButtonElement>(panel, '[data-finder-toggle]');
  const clearButton = find<HTMLButtonElement>(panel, '[data-finder-clear]');
  const notice = find(ui, '[data-finder-notice]');
  const cardList = copy<HTMLUListElement>(root, 'card');
  const cardPattern = cardList.firstElementChild as HTMLLIElement;
  cardList.replaceChildren();
  const groupPattern = copy<HTMLElement>(root, 'group');
  const countEl = find(ui, '[data-finder-count]');
  const sortEl = ui.querySelector<HTMLSelectElement>('[data-finder-sort]');
  const chips = find(ui, '[data-finder-chips]');
  const status = find(ui, '[data-finder-status]');
  const listEl = find(ui, '[data-finder-list]');
  const none = find(ui, '[data-finder-none]');
  const shownEl = find(ui, '[data-finder-shown]');
  const more = find<HTMLButtonElement>(ui, '[data-finder-more]');

  // Option labels as the page wrote them (counts are added later), per filter key.
  const legends = new Map<string, string>();
  const labels = new Map<string, Map<string, string>>(spec.filters.map((f) => [f.key, new Map()]));
  for (const fieldset of form.querySelectorAll('fieldset')) {
    for (const input of fieldset.querySelectorAll('input')) {
      const label = fieldset.querySelector(`label[for="${input.id}"]`)?.firstChild?.textContent?.trim() ?? '';
      legends.set(input.name, fieldset.querySelector('legend')?.textContent?.trim() ?? input.name);
      if (input.value) labels.get(input.name)?.set(input.value, label);
    }
  }
  const selects = [...form.querySelectorAll('select')];
  for (const select of selects)
    legends.set(select.name, form.querySelector(`label[for="${select.id}"]`)?.textContent ?? '');
  const known = (key: string, value: string) => labels.get(key)?.has(value) ?? false;
  const describe = (key: string) =>
    `${legends.get(key)}: ${(state.filters[key] ?? []).map((v) => labels.get(key)?.get(v) ?? v).join(', ')}`;

  let state = parseFinderState(location.search, spec);
  let records: R[] | undefined;
  const orders = new Map<string, R[]>();
  let found: R[] = [];
  let limit = config.pageSize;
  let said = '';

  function syncControls(): void {
    for (const input of form.querySelectorAll('input')) {
      const chosen = state.filters[input.name] ?? [];
      input.checked = input.value === '' ? chosen.length === 0 : chosen.includes(input.value);
    }
    for (const select of selects) select.value = state.filters[select.name]?.[0] ?? '';
    if (sortEl) sortEl.value = state.sort;
  }

  function showCounts(result: FinderResult<R>): void {
    const total = (key: string) => (key in result.without ? result.without[key]! : result.records.length);
    for (const input of form.querySelectorAll('input')) {
      const n = input.value === '' ? total(input.name) : (result.counts[input.name]?.get(input.value) ?? 0);
      const label = form.querySelector(`label[for="${input.id}"] .count`);
      if (label) label.textContent = `(${numbers.format(n)})`;
      input.closest('li')?.classList.toggle('is-empty', n === 0 && !input.checked);
    }
    for (const select of selects) {
      for (const option of select.options) {
        const n =
          option.value === '' ? total(select.name) : (result.counts[select.name]?.get(option.value) ?? 0);
        option.textContent = `${labels.get(select.name)?.get(option.value) ?? option.dataset.label} (${numbers.format(n)})`;
      }
    }
  }

  function button(label: string, action: () => void, className?: string): HTMLLIElement {
    const li = doc.createElement('li');
    const b = li.appendChild(doc.createElement('button'));
    b.type = 'button';
    if (className) b.className = className;
    b.textContent = label;
    b.addEventListener('click', action);
    return li;
  }

  function showChips(): void {
    const items = activeKeys(state, spec).flatMap((key) =>
      (state.filters[key] ?? []).map((value) => {
        const li = button(labels.get(key)?.get(value) ?? value, () => {
          const list = [...chips.querySelectorAll('button')];
          const at = list.indexOf(li.firstElementChild as HTMLButtonElement);
          change(
            withValues(
              state,
              key,
              (state.filters[key] ?? []).filter((v) => v !== value),
            ),
          );
          const left = [...chips.querySelectorAll('button')];
          (left[Math.min(at, left.length - 1)] ?? countEl).focus();
        });
        const hidden = li.firstElementChild!.appendChild(doc.createElement('span'));
        hidden.className = 'visually-hidden';
        hidden.textContent = `, ${text('remove')}`;
        const cross = li.firstElementChild!.appendChild(doc.createElement('span'));
        cross.ariaHidden = 'true';
        cross.textContent = ' ×';
        return li;
      }),
    );
    find(chips, 'ul').replaceChildren(...items);
    chips.hidden = items.length === 0;
  }

  function showNone(result: FinderResult<R>): void {
    none.hidden = result.records.length > 0 || chosenCount(state) === 0;
    if (none.hidden) return;
    const options = activeKeys(state, spec)
      .filter((key) => (result.without[key] ?? 0) > 0)
      .sort((a, b) => result.without[b]! - result.without[a]!)
      .map((key) =>
        button(
          text('without', { filter: describe(key), count: countText(result.without[key]!) }),
          () => (change(withValues(state, key, [])), countEl.focus()),
          'finder-link',
        ),
      );
    options.push(
      button(
        clearButton.textContent ?? '',
        () => (change({ ...state, filters: {} }), countEl.focus()),
        'finder-link',
      ),
    );
    find(none, 'ul').replaceChildren(...options);
  }

  function card(c: FinderCard): HTMLLIElement {
    const li = cardPattern.cloneNode(true) as HTMLLIElement;
    const link = find<HTMLAnchorElement>(li, 'a');
    link.href = c.href;
    link.textContent = c.title;
    find(li, '.description').textContent = c.description;
    const detail = li.querySelector('.detail');
    if (c.detail && detail) detail.textContent = c.detail;
    else detail?.remove();
    if (c.lang !== config.locale) li.lang = c.lang;
    return li;
  }

  function showList(focusFrom?: number): void {
    const parts: Element[] = [];
    const cards: HTMLLIElement[] = [];
    let list: HTMLUListElement | undefined;
    let group: string | undefined;
    for (const record of found.slice(0, limit)) {
      const c = domain.card(record, text, config.locale);
      if (!list || c.group !== group) {
        list = cardList.cloneNode(false) as HTMLUListElement;
        group = c.group;
        if (group === undefined) parts.push(list);
        else {
          const section = groupPattern.cloneNode(true) as HTMLElement;
          find(section, 'h2').textContent = group;
          section.append(list);
          parts.push(section);
        }
      }
      cards.push(list.appendChild(card(c)));
    }
    listEl.replaceChildren(...parts);
    const shown = Math.min(limit, found.length);
    shownEl.hidden = more.hidden = shown >= found.length;
    shownEl.textContent = text('shown', {
      shown: numbers.format(shown),
      count: numbers.format(found.length),
    });
    if (focusFrom !== undefined) cards[focusFrom]?.querySelector('a')?.focus();
  }

  function ordered(): R[] {
    let list = orders.get(state.sort);
    if (!list) {
      const compare = domain.compare?.(state.sort, collator);
      orders.set(state.sort, (list = compare ? [...records!].sort(compare) : records!));
    }
    return list;
  }

  function render(announce: boolean): void {
    const chosen = chosenCount(state);
    toggle.textContent = chosen ? text('filtersActive', { count: numbers.format(chosen) }) : text('filters');
    clearButton.hidden = chosen === 0;
    if (!records) {
      // Until the data is in, the count of the unfiltered list is known from the page.
      countEl.textContent = chosen ? '' : countText(config.total);
      return;
    }
    const result = findRecords(ordered(), state, spec);
    found = result.records;
    showCounts(result);
    showChips();
    showNone(result);
    showList();
    countEl.textContent = countText(found.length);
    if (announce) {
      // A repeated text would not be read again: a no-break space makes it new.
      said = countText(found.length) + (said === countText(found.length) ? '\u00a0' : '');
      status.textContent = said;
    }
  }

  function change(next: typeof state): void {
    state = next;
    limit = config.pageSize;
    const target = location.pathname + finderStateToQuery(state, spec);
    if (target !== location.pathname + location.search) history.pushState(null, '', target);
    syncControls();
    render(true);
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const filter = spec.filters.find((f) => f.key === control.name);
    if (!filter) return;
    if (control instanceof HTMLInputElement && control.type === 'checkbox')
      change(setValue(state, filter, control.value, control.checked));
    else change(withValues(state, filter.key, control.value ? [control.value] : []));
  });
  clearButton.addEventListener('click', () => (change({ ...state, filters: {} }), countEl.focus()));
  sortEl?.addEventListener('change', () => change({ ...state, sort: sortEl.value }));
  more.addEventListener('click', () => {
    const from = limit;
    limit += config.pageSize;
    showList(from);
  });
  addEventListener('popstate', () => {
    state = parseFinderState(location.search, spec, records ? known : undefined);
    limit = config.pageSize;
    syncControls();
    render(true);
  });

  toggle.addEventListener('click', () => {
    const open = toggle.ariaExpanded !== 'true';
    toggle.ariaExpanded = String(open);
    panel.toggleAttribute('data-open', open);
  });

  // The panel and the result bar are on the page already (inert): they work from now on, and
  // the cards follow when the data is in.
  notice.hidden = true;
  panel.inert = false;
  ui.ariaBusy = 'true';
  ui.querySelector<HTMLElement>('[data-finder-sort-row]')?.removeAttribute('inert');
  syncControls();
  render(false);

  fetch(config.dataUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`finder: ${response.status} fetching ${config.dataUrl}`);
      return response.json() as Promise<D>;
    })
    .then((data) => {
      const prepared = domain.prepare(data, localToday());
      for (const select of selects) addOptions(select, prepared.options[select.name] ?? []);
      records = prepared.records;
      // A value the catalogue no longer has is dropped from the address, not shown as "nothing found".
      state = parseFinderState(location.search, spec, known);
      const query = finderStateToQuery(state, spec);
      if (query !== location.search) history.replaceState(null, '', location.pathname + query);
      syncControls();
      render(false);
      staticList.hidden = true;
      ui.ariaBusy = null;
    })
    .catch((error: unknown) => {
      notice.textContent = text('failed');
      notice.classList.add('is-failed');
      notice.hidden = false;
      panel.inert = true;
      ui.ariaBusy = null;
      throw error;
    });

  function addOptions(select: HTMLSelectElement, options: readonly FinderOption[]): void {
    const byGroup = new Map<string | undefined, HTMLOptionElement[]>();
    for (const o of options) {
      labels.get(select.name)?.set(o.value, o.label);
      const list = byGroup.get(o.group) ?? [];
      if (!list.length) byGroup.set(o.group, list);
      list.push(new Option(o.label, o.value));
    }
    const all = select.options[0]!;
    all.dataset.label = all.textContent ?? '';
    for (const [group, list] of byGroup) {
      if (group === undefined) select.append(...list);
      else {
        const optgroup = doc.createElement('optgroup');
        optgroup.label = group;
        optgroup.append(...list);
        select.append(optgroup);
      }
    }
  }
}

/**
 * A finder in the browser (the course finder, the expert finder): makes the filter panel work,
 * loads every record from the finder's data file, filters and counts as people choose, and
 * shows the cards. The state lives in the address (each choice adds a history entry, so Back
 * undoes it and a link can be shared); the number of results is announced politely; an empty
 * list offers to remove the filter that emptied it. Without this script the page is the plain
 * paginated list, as it always was.
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
  type FinderState,
} from '../lib/finder.ts';
import { countText, type FinderConfig, type FinderDomain } from '../lib/finder-page.ts';
import { fill } from '../lib/search-page.ts';
import {
  addOptions,
  buttonItem,
  cardLists,
  find,
  readLabels,
  readPatterns,
  showCounts,
} from './finder-view.ts';

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
  const format = (n: number) => numbers.format(n);
  const counted = (n: number) => countText(config.strings, n, format);
  const collator = new Intl.Collator(localeTag(config.locale), { sensitivity: 'base', numeric: true });

  const form = find<HTMLFormElement>(panel, '[data-finder-form]');
  const selects = [...form.querySelectorAll('select')];
  const toggle = find<HTMLButtonElement>(panel, '[data-finder-toggle]');
  const clearButton = find<HTMLButtonElement>(panel, '[data-finder-clear]');
  const notice = find(ui, '[data-finder-notice]');
  const countEl = find(ui, '[data-finder-count]');
  const sortEl = ui.querySelector<HTMLSelectElement>('[data-finder-sort]');
  const chips = find(ui, '[data-finder-chips]');
  const status = find(ui, '[data-finder-status]');
  const listEl = find(ui, '[data-finder-list]');
  const none = find(ui, '[data-finder-none]');
  const shownEl = find(ui, '[data-finder-shown]');
  const more = find<HTMLButtonElement>(ui, '[data-finder-more]');
  const patterns = readPatterns(root);
  const labels = readLabels(form);
  const label = (key: string, value: string) => labels.values.get(key)?.get(value) ?? value;
  const known = (key: string, value: string) => labels.values.get(key)?.has(value) ?? false;

  let state: FinderState = parseFinderState(location.search, spec);
  let records: R[] | undefined;
  const orders = new Map<string, R[]>();
  let found: R[] = [];
  let limit = config.pageSize;
  let listed: R[] = [];
  let listedOf = -1;
  let said = '';

  function syncControls(): void {
    for (const input of form.querySelectorAll('input')) {
      const chosen = state.filters[input.name] ?? [];
      input.checked = input.value === '' ? chosen.length === 0 : chosen.includes(input.value);
    }
    for (const select of selects) select.value = state.filters[select.name]?.[0] ?? '';
    if (sortEl) sortEl.value = state.sort;
  }

  /** A button per chosen value; removing one keeps focus among them (or moves it to the count). */
  function showChips(): void {
    const items = activeKeys(state, spec).flatMap((key) =>
      (state.filters[key] ?? []).map((value) => {
        const li = buttonItem(doc, label(key, value), () => {
          const at = [...chips.querySelectorAll('button')].indexOf(button);
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
        const button = li.firstElementChild as HTMLButtonElement;
        const hidden = button.appendChild(doc.createElement('span'));
        hidden.className = 'visually-hidden';
        hidden.textContent = `, ${text('remove')}`;
        const cross = button.appendChild(doc.createElement('span'));
        cross.ariaHidden = 'true';
        cross.textContent = ' ×';
        return li;
      }),
    );
    find(chips, 'ul').replaceChildren(...items);
    chips.hidden = items.length === 0;
  }

  /** When nothing matches: each filter whose removal brings results back, most results first. */
  function showNone(result: FinderResult<R>): void {
    none.hidden = result.records.length > 0 || chosenCount(state) === 0;
    if (none.hidden) return;
    const describe = (key: string) =>
      `${labels.legends.get(key)}: ${(state.filters[key] ?? []).map((v) => label(key, v)).join(', ')}`;
    const clear = (next: FinderState) => () => {
      change(next);
      countEl.focus();
    };
    const offers = activeKeys(state, spec)
      .filter((key) => (result.without[key] ?? 0) > 0)
      .sort((a, b) => result.without[b]! - result.without[a]!)
      .map((key) =>
        buttonItem(
          doc,
          text('without', { filter: describe(key), count: counted(result.without[key]!) }),
          clear(withValues(state, key, [])),
          'finder-link',
        ),
      );
    offers.push(
      buttonItem(doc, clearButton.textContent ?? '', clear({ ...state, filters: {} }), 'finder-link'),
    );
    find(none, 'ul').replaceChildren(...offers);
  }

  /** The first `limit` cards; redrawn only when they change. `focusFrom`: focus that card's link. */
  function showList(focusFrom?: number): void {
    const shown = found.slice(0, limit);
    const same =
      listedOf === found.length && shown.length === listed.length && shown.every((r, i) => r === listed[i]);
    if (same && focusFrom === undefined) return;
    listed = shown;
    listedOf = found.length;
    const cards = shown.map((record) => domain.card(record, text, config.locale));
    const { parts, items } = cardLists(patterns, cards, config.locale);
    listEl.replaceChildren(...parts);
    shownEl.hidden = more.hidden = shown.length >= found.length;
    shownEl.textContent = text('shown', { shown: format(shown.length), count: format(found.length) });
    if (focusFrom !== undefined) items[focusFrom]?.querySelector('a')?.focus();
  }

  /** The records in the chosen order (each order sorted once). */
  function ordered(all: R[]): R[] {
    let list = orders.get(state.sort);
    if (!list) {
      const compare = domain.compare?.(state.sort, collator);
      orders.set(state.sort, (list = compare ? [...all].sort(compare) : all));
    }
    return list;
  }

  function render(announce: boolean): void {
    const chosen = chosenCount(state);
    toggle.textContent = chosen ? text('filtersActive', { count: format(chosen) }) : text('filters');
    clearButton.hidden = chosen === 0;
    if (!records) {
      // Until the data is in, the count of the unfiltered list is known from the page.
      countEl.textContent = chosen ? '' : counted(config.total);
      return;
    }
    const result = findRecords(ordered(records), state, spec);
    found = result.records;
    showCounts(form, result, labels, format);
    showChips();
    showNone(result);
    showList();
    countEl.textContent = counted(found.length);
    if (announce) {
      // A repeated text would not be read again: a no-break space makes it new.
      said = counted(found.length) + (said === counted(found.length) ? '\u00a0' : '');
      status.textContent = said;
    }
  }

  function change(next: FinderState): void {
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
  clearButton.addEventListener('click', () => {
    change({ ...state, filters: {} });
    countEl.focus();
  });
  sortEl?.addEventListener('change', () => change({ ...state, sort: sortEl.value }));
  more.addEventListener('click', () => {
    const from = limit;
    limit += config.pageSize;
    showList(from);
  });
  toggle.addEventListener('click', () => {
    const open = toggle.ariaExpanded !== 'true';
    toggle.ariaExpanded = String(open);
    panel.toggleAttribute('data-open', open);
  });
  addEventListener('popstate', () => {
    const next = parseFinderState(location.search, spec, records ? known : undefined);
    // Following the in-page link to the results also pops state: nothing changed then.
    if (finderStateToQuery(next, spec) === finderStateToQuery(state, spec)) return;
    state = next;
    limit = config.pageSize;
    syncControls();
    render(true);
  });

  // The panel and the result bar are on the page already (inert until now): they work from here
  // on, and the cards become the finder's own when the data is in.
  notice.hidden = true;
  panel.inert = false;
  ui.querySelector('[data-finder-sort-row]')?.removeAttribute('inert');
  ui.ariaBusy = 'true';
  syncControls();
  render(false);

  fetch(config.dataUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`finder: ${response.status} fetching ${config.dataUrl}`);
      return response.json() as Promise<D>;
    })
    .then((data) => {
      const prepared = domain.prepare(data, localToday());
      for (const select of selects) addOptions(select, prepared.options[select.name] ?? [], labels);
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
}

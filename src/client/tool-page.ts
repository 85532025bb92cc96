/**
 * What every tool page shares in the browser: its JSON config, the store, the notice when the
 * browser keeps nothing, "delete everything", reports in a live region near the control that
 * was used, printing, and handing text to the clipboard or a downloaded file. All text comes
 * from the config, filled from src/i18n at build time.
 */
import { localeTag } from '../lib/dates.ts';
import { fill } from '../lib/search-page.ts';
import type { COMMON_STRINGS, ToolConfig } from '../lib/tool-config.ts';
import { openStore, type ToolStore } from './tool-store.ts';

type CommonKey = (typeof COMMON_STRINGS)[number];

export interface ToolPage<C extends ToolConfig<readonly CommonKey[]>> {
  config: C;
  store: ToolStore;
  /** A UI string with its `{placeholders}` filled. */
  s: (key: keyof C['strings'] & string, vars?: Record<string, string | number>) => string;
  /** Says what happened, in the live region nearest to `near` (or the page's own). */
  report: (message: string, near?: Element | null) => void;
  /** `3,5` / `3.5`. */
  number: (value: number) => string;
  /** `1,5 uur` / `1.5 hours`. */
  hours: (value: number) => string;
  /** `3 maart 2027`. */
  date: (value: Date) => string;
  /** `14:32`. */
  time: (value: Date) => string;
  /** Today in the employee's time zone, as `2027-03-15`. */
  today: () => string;
}

/** Finds an element the page must have; a missing one is a bug in the page, not in the browser. */
export function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`tool page: ${selector} is missing from the page`);
  return found;
}

/**
 * Starts the parts every tool page has. `onReset` runs after "delete everything" and when the
 * data changed in another tab, to show the store's data afresh.
 */
export function startToolPage<C extends ToolConfig<readonly CommonKey[]>>(
  onReset: (page: ToolPage<C>) => void,
  doc: Document = document,
): ToolPage<C> {
  const config = JSON.parse(required(doc, '#tool-config').textContent ?? '{}') as C;
  const strings = config.strings as Record<string, string>;
  const locale = localeTag(config.locale);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const hours = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 2,
  });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const times = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const store = openStore(config.store);

  const common = (key: CommonKey, vars?: Record<string, string | number>) => fill(strings[key] ?? key, vars);
  const page: ToolPage<C> = {
    config,
    store,
    s: (key, vars) => fill(strings[key] ?? key, vars),
    report(message, near) {
      const region =
        near?.closest('section, .tool-actions, form, aside')?.querySelector('[data-tool-report]') ??
        doc.querySelector('[data-tool-report]');
      if (!region) return;
      // Emptied first, so the same message twice is announced twice.
      region.textContent = '';
      window.setTimeout(() => (region.textContent = message), 50);
    },
    number: (value) => numbers.format(value),
    hours: (value) => hours.format(value),
    date: (value) => dates.format(value),
    time: (value) => times.format(value),
    today: () => {
      const now = new Date();
      return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
    },
  };

  const noticeEl = required<HTMLElement>(doc, '[data-storage-notice]');
  store.onNotice((notice) => {
    noticeEl.textContent = common(`tools.storage.${notice}`);
    noticeEl.hidden = false;
  });
  store.onChange(() => onReset(page));

  const deleteAll = required<HTMLButtonElement>(doc, '[data-delete-all]');
  deleteAll.addEventListener('click', () => {
    if (!window.confirm(common('tools.confirmDeleteAll'))) return;
    store.clear();
    if (store.persistent) noticeEl.hidden = true;
    onReset(page);
    page.report(common('tools.deleted'), deleteAll);
  });

  // A date on the printout, set when printing starts (the page may have been open for days).
  const printedOn = doc.querySelector<HTMLElement>('[data-printed-on]');
  window.addEventListener('beforeprint', () => {
    if (printedOn) printedOn.textContent = common('tools.printedOn', { date: page.date(new Date()) });
  });
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-print]'))
    button.addEventListener('click', () => window.print());
  return page;
}

/** Offers text as a file to save; nothing is sent anywhere (a local blob: address). */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Puts text on the clipboard; false when the browser allows neither way. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API outside a secure context (an intranet on http://): select and copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

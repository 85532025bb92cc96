/**
 * The tools' data in the browser: read from `localStorage` when the page opens (never written
 * then), written only when the employee changes something. When the browser keeps nothing
 * (blocked storage, a private window, a full quota) or the saved value comes from a newer
 * version of the site, the tool keeps working on a copy in memory and says so.
 */
import type { StoredData } from '../schemas/portfolio.ts';
import { emptyData, readStoredData, type StoredState } from '../lib/tool-data.ts';

/** Why the tool keeps its data only for this page visit, or what it noticed when reading. */
export type StorageNotice = 'unavailable' | 'full' | 'newer' | 'repaired' | 'unreadable';

export interface ToolStore {
  /** The current data; replace parts of it only through `update`. */
  readonly data: StoredData;
  /** False when nothing is kept beyond this page visit. */
  readonly persistent: boolean;
  /** Applies a change to the freshest stored data and keeps it. */
  update(change: (data: StoredData) => void): void;
  /** Removes everything this site keeps in the browser. */
  clear(): void;
  /** Called when the data changed in another tab, or a notice arises. */
  onChange(listener: () => void): void;
  onNotice(listener: (notice: StorageNotice) => void): void;
}

/** The browser's storage, or undefined when the browser refuses access to it. */
function browserStorage(): Storage | undefined {
  try {
    const storage = window.localStorage;
    storage.getItem('');
    return storage;
  } catch {
    return undefined;
  }
}

export function openStore(key: string): ToolStore {
  const device = browserStorage();
  const changeListeners: (() => void)[] = [];
  const noticeListeners: ((notice: StorageNotice) => void)[] = [];
  let pending: StorageNotice | undefined;
  const notice = (n: StorageNotice) => {
    pending = n;
    for (const listener of noticeListeners) listener(n);
  };
  const read = (): StoredState => readStoredData(device?.getItem(key) ?? null);

  const first = device ? read() : { data: emptyData(), state: 'empty' as const };
  let data = first.data;
  // Data from a newer version is left exactly as it is: this page works on a copy in memory.
  let persist = device !== undefined && first.state !== 'newer';
  if (!device) pending = 'unavailable';
  else if (first.state === 'newer' || first.state === 'repaired' || first.state === 'unreadable')
    pending = first.state;

  window.addEventListener('storage', (event) => {
    if (!persist || (event.key !== key && event.key !== null)) return;
    data = read().data;
    for (const listener of changeListeners) listener();
  });

  return {
    get data() {
      return data;
    },
    get persistent() {
      return persist;
    },
    update(change) {
      // Start from what is stored now, so a change made in another tab is not overwritten.
      let base = data;
      if (persist) {
        const fresh = read();
        if (fresh.state === 'newer') {
          persist = false;
          notice('newer');
        } else base = fresh.data;
      }
      const next = structuredClone(base);
      change(next);
      data = next;
      if (!persist) return;
      try {
        device!.setItem(key, JSON.stringify(next));
      } catch (error) {
        // A full quota (or Safari's old private mode, whose quota is 0): keep going in memory.
        persist = false;
        notice(error instanceof DOMException && /quota/i.test(error.name) ? 'full' : 'unavailable');
      }
    },
    clear() {
      data = emptyData();
      if (!device) return;
      device.removeItem(key);
      persist = true;
    },
    onChange(listener) {
      changeListeners.push(listener);
    },
    onNotice(listener) {
      noticeListeners.push(listener);
      if (pending) listener(pending);
    },
  };
}

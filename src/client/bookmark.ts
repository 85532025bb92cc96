/**
 * The bookmark button on course, blog and story pages: the only script on content pages, so
 * it stays tiny (under 2 kB gzipped; a build test checks). It shows itself only when it runs,
 * in space the page keeps free for it, reads the one stored value and writes it only when
 * clicked. The portfolio page checks everything it stores.
 */
import { hasBookmark, toggleBookmark, upgrade, emptyValue } from '../lib/store-format.ts';

const button = document.querySelector<HTMLButtonElement>('[data-bookmark]');
if (button) {
  const {
    store = '',
    id = '',
    type,
    title,
    url,
    hours,
    competencies,
    added,
    removed,
    failed,
  } = button.dataset;
  const status = document.querySelector<HTMLElement>('[data-bookmark-status]');
  const load = () => {
    try {
      return upgrade(localStorage.getItem(store));
    } catch {
      return undefined;
    }
  };
  const show = () => {
    const loaded = load();
    button.setAttribute('aria-pressed', String(loaded?.state === 'ok' && hasBookmark(loaded.value, id)));
  };
  button.addEventListener('click', () => {
    let message = failed;
    const loaded = load();
    if (loaded && (loaded.state === 'ok' || loaded.state === 'empty')) {
      const result = toggleBookmark(loaded.state === 'ok' ? loaded.value : emptyValue(), {
        id,
        type,
        title,
        url,
        savedAt: new Date().toISOString(),
        ...(hours ? { hours: Number(hours) } : {}),
        ...(competencies ? { competencies: competencies.split(' ') } : {}),
      });
      try {
        localStorage.setItem(store, JSON.stringify(result.value));
        message = result.saved ? added : removed;
      } catch {
        // Storage blocked or full: the message says the page was not kept.
      }
    }
    show();
    if (status) status.textContent = message ?? '';
  });
  // Another tab (the portfolio) may have changed it; so may the back button's cached page.
  addEventListener('storage', show);
  addEventListener('pageshow', show);
  show();
  button.hidden = false;
  for (const el of document.querySelectorAll<HTMLElement>('[data-bookmark-link]')) el.hidden = false;
}

/**
 * The conversation questionnaire in the browser: answers are kept as they are typed, and the
 * filled-in questionnaire can be printed (each answer in full, not cut off by its box),
 * copied as text or downloaded as a text file to send to the manager beforehand.
 */
import { questionnaireText } from '../lib/questionnaire.ts';
import type { ConversationConfig } from '../lib/tool-config.ts';
import { copyText, download, required, startToolPage } from './tool-page.ts';

/** Typing is kept after this pause, and always when the page is left. */
const SAVE_DELAY_MS = 400;

export function startConversation(doc: Document = document): void {
  const root = required<HTMLElement>(doc, '[data-conversation]');
  const savedEl = required<HTMLElement>(root, '[data-saved]');
  const fields = [
    ...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input[type="radio"]'),
  ];

  const page = startToolPage<ConversationConfig>(() => restore());
  const { config, store, s } = page;
  const values = () => store.data.answers[config.tool]?.values ?? {};

  /** What the form shows now, as the store keeps it. */
  const formValues = (): Record<string, string | number> => {
    const out: Record<string, string | number> = {};
    for (const field of fields) {
      if (field instanceof HTMLTextAreaElement) {
        if (field.value.trim()) out[field.name] = field.value;
      } else if (field.checked) out[field.name] = Number(field.value);
    }
    return out;
  };

  /** The printout shows each written answer in full, in a block that grows with it. */
  const mirror = (area: HTMLTextAreaElement) => {
    const box = area.closest('[data-question]');
    const print = box?.querySelector('[data-print-answer]');
    if (print) print.textContent = area.value;
    box?.classList.toggle('answered', area.value.trim() !== '');
  };

  let timer: number | undefined;
  const save = () => {
    window.clearTimeout(timer);
    timer = undefined;
    const next = formValues();
    store.update((data) => {
      if (Object.keys(next).length)
        data.answers[config.tool] = { updatedAt: new Date().toISOString(), values: next };
      else delete data.answers[config.tool];
    });
    if (store.persistent) savedEl.textContent = s('tools.saved', { time: page.time(new Date()) });
  };

  function restore(): void {
    const saved = values();
    for (const field of fields) {
      const value = saved[field.name];
      if (field instanceof HTMLTextAreaElement) {
        field.value = typeof value === 'string' ? value : '';
        mirror(field);
      } else field.checked = value === Number(field.value);
    }
    const updated = store.data.answers[config.tool]?.updatedAt;
    savedEl.textContent =
      updated && store.persistent ? s('tools.saved', { time: page.time(new Date(updated)) }) : '';
  }

  root.addEventListener('input', (event) => {
    if (event.target instanceof HTMLTextAreaElement) mirror(event.target);
    window.clearTimeout(timer);
    timer = window.setTimeout(save, SAVE_DELAY_MS);
  });
  root.addEventListener('change', save);
  // Nothing typed is lost when the tab closes within the pause.
  window.addEventListener('pagehide', () => timer !== undefined && save());

  const text = () =>
    questionnaireText(config.questionnaire, formValues(), {
      filledIn: s('conv.filledIn', { date: page.date(new Date()) }),
      notAnswered: s('conv.notAnswered'),
    });

  const copy = required<HTMLButtonElement>(root, '[data-copy]');
  copy.addEventListener('click', async () => {
    page.report(s((await copyText(text())) ? 'conv.copied' : 'conv.copyFailed'), copy);
  });

  const downloadButton = required<HTMLButtonElement>(root, '[data-download]');
  downloadButton.addEventListener('click', () => {
    const file = `${config.fileName}-${page.today()}.txt`;
    download(file, text(), 'text/plain;charset=utf-8');
    page.report(s('conv.downloaded', { file }), downloadButton);
  });

  const clear = required<HTMLButtonElement>(root, '[data-clear]');
  clear.addEventListener('click', () => {
    if (!window.confirm(s('tools.confirmClear'))) return;
    window.clearTimeout(timer);
    timer = undefined;
    store.update((data) => {
      delete data.answers[config.tool];
    });
    restore();
    page.report(s('tools.cleared'), clear);
  });

  restore();
}

/**
 * The portfolio page in the browser: saved pages, recording completed learning (new, from a
 * saved page, or changed), the timeline and hours per competency, and export and import as a
 * file — checked against the schema, so a bad or foreign file changes nothing and says why.
 */
import * as z from 'zod/mini';
import { newRecordId, recordDraft } from '../lib/portfolio.ts';
import type { PortfolioConfig } from '../lib/tool-config.ts';
import {
  MAX_IMPORT_BYTES,
  mergePortfolio,
  parsePortfolioFile,
  portfolioFile,
  type ImportProblem,
} from '../lib/tool-data.ts';
import { recordSchema, type LearningRecord } from '../schemas/portfolio.ts';
import { renderBookmarks, renderHours, renderTimeline } from './portfolio-view.ts';
import { download, required, startToolPage, type ToolPage } from './tool-page.ts';

export function startPortfolio(doc: Document = document): void {
  const root = required<HTMLElement>(doc, '[data-portfolio]');
  const $ = <T extends HTMLElement>(selector: string) => required<T>(root, selector);
  const form = $<HTMLFormElement>('[data-record-form]');
  const field = <T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(name: string) =>
    form.elements.namedItem(name) as T;
  const select = $<HTMLSelectElement>('[data-competencies]');
  const titles = new Map([...select.options].filter((o) => o.value).map((o) => [o.value, o.text]));
  /** The saved page a record is being made from: removed from the list once it is recorded. */
  let fromBookmark: string | undefined;

  const page = startToolPage<PortfolioConfig>((p) => render(p));
  const { store, s } = page;

  function render(p: ToolPage<PortfolioConfig> = page): void {
    const { portfolio } = store.data;
    renderBookmarks(p, portfolio, $('[data-bookmark-list]'), $('[data-bookmarks-empty]'));
    renderTimeline(p, portfolio, titles, {
      timeline: $('[data-timeline]'),
      empty: $('[data-timeline-empty]'),
      total: $('[data-total]'),
    });
    renderHours(p, portfolio, titles, {
      box: $('[data-hours]'),
      empty: $('[data-hours-empty]'),
      chart: $('[data-hours-chart]'),
      table: $('[data-hours-table]'),
    });
  }

  /** Fills the form (empty for a new record) and says whether it adds or changes. */
  function fillForm(values: Partial<LearningRecord>, editing: boolean): void {
    // Every field, hidden ones too: form.reset() would leave a hidden field's value.
    for (const name of ['id', 'title', 'date', 'hours', 'competency', 'reflection', 'url'] as const) {
      const value = values[name];
      field(name).value = value === undefined ? '' : String(value);
    }
    if (!values.date) field('date').value = page.today();
    $('[data-form-heading]').textContent = s(editing ? 'portfolio.formEdit' : 'portfolio.form');
    $('[data-submit]').textContent = s(editing ? 'portfolio.save' : 'portfolio.add');
    $('[data-cancel]').hidden = !editing && fromBookmark === undefined;
  }

  const startForm = (values: Partial<LearningRecord>, editing: boolean) => {
    fillForm(values, editing);
    form.scrollIntoView({ block: 'start' });
    field('title').focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = (name: string) => field(name).value.trim();
    const id = text('id');
    const record = z.safeParse(recordSchema, {
      id: id || newRecordId(new Date()),
      title: text('title'),
      date: text('date'),
      hours: Number(text('hours').replace(',', '.')),
      ...(text('competency') ? { competency: text('competency') } : {}),
      ...(text('reflection') ? { reflection: field('reflection').value.trim() } : {}),
      ...(text('url') ? { url: text('url') } : {}),
    });
    // The browser checks the fields first; this catches what it lets through (a pasted date).
    if (!record.success) {
      form.reportValidity();
      return;
    }
    const bookmark = fromBookmark;
    store.update((data) => {
      const records = data.portfolio.records;
      const at = records.findIndex((r) => r.id === record.data.id);
      if (at >= 0) records[at] = record.data;
      else records.push(record.data);
      if (bookmark) data.portfolio.bookmarks = data.portfolio.bookmarks.filter((b) => b.id !== bookmark);
    });
    fromBookmark = undefined;
    fillForm({}, false);
    render();
    page.report(s(id ? 'portfolio.updated' : 'portfolio.added', { title: record.data.title }), form);
  });

  $('[data-cancel]').addEventListener('click', () => {
    fromBookmark = undefined;
    fillForm({}, false);
    field('title').focus();
  });

  // Buttons in the lists, which are redrawn: one listener for all of them.
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    const { portfolio } = store.data;
    const data = button?.dataset ?? {};
    if (data.recordBookmark) {
      const bookmark = portfolio.bookmarks.find((b) => b.id === data.recordBookmark);
      if (!bookmark) return;
      fromBookmark = bookmark.id;
      startForm(recordDraft(bookmark, page.today()), false);
    } else if (data.removeBookmark) {
      const bookmark = portfolio.bookmarks.find((b) => b.id === data.removeBookmark);
      if (!bookmark) return;
      store.update((d) => {
        d.portfolio.bookmarks = d.portfolio.bookmarks.filter((b) => b.id !== bookmark.id);
      });
      render();
      page.report(s('portfolio.removed', { title: bookmark.title }), $('[data-bookmark-list]'));
      $<HTMLElement>('#pf-bookmarks').focus();
    } else if (data.editRecord) {
      const record = portfolio.records.find((r) => r.id === data.editRecord);
      if (record) startForm(record, true);
    } else if (data.deleteRecord) {
      const record = portfolio.records.find((r) => r.id === data.deleteRecord);
      if (!record || !window.confirm(s('portfolio.confirmDelete', { title: record.title }))) return;
      store.update((d) => {
        d.portfolio.records = d.portfolio.records.filter((r) => r.id !== record.id);
      });
      if (field('id').value === record.id) fillForm({}, false);
      render();
      page.report(s('portfolio.removed', { title: record.title }), $('[data-timeline]'));
      $<HTMLElement>('#pf-timeline').focus();
    }
  });

  const exportButton = $<HTMLButtonElement>('[data-export]');
  exportButton.addEventListener('click', () => {
    const file = `leerhuis-portfolio-${page.today()}.json`;
    const contents = portfolioFile(store.data.portfolio, new Date(), page.config.site);
    download(file, `${JSON.stringify(contents, null, 2)}\n`, 'application/json');
    page.report(s('portfolio.exported', { file }), exportButton);
  });

  const input = $<HTMLInputElement>('[data-import]');
  const importProblem = (problem: ImportProblem | { reason: 'unreadable' }) =>
    s(`portfolio.import.${problem.reason}`, {
      button: `“${s('portfolio.export')}”`,
      ...('version' in problem ? { version: problem.version } : {}),
      ...('field' in problem ? { field: problem.field } : {}),
    });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return page.report(importProblem({ reason: 'tooLarge' }), input);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return page.report(importProblem({ reason: 'unreadable' }), input);
    }
    const parsed = parsePortfolioFile(text);
    if (!parsed.ok) return page.report(importProblem(parsed.problem), input);
    let added = 0;
    let present = 0;
    store.update((data) => {
      const merged = mergePortfolio(data.portfolio, parsed.file);
      data.portfolio = merged.portfolio;
      ({ added, present } = merged);
    });
    render();
    page.report(s('portfolio.imported', { added, present }), input);
  });

  fillForm({}, false);
  render();
}

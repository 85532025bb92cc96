/**
 * The self-scan in the browser: restores and keeps the answers, shows progress, and draws the
 * result — bars and a table with the same numbers, the lowest scores marked in words, and the
 * suggestions for them (rendered at build time, shown here in order of need).
 */
import { scaleShare, scanScores, weakestAreas, type CompetencyScore } from '../lib/self-scan.ts';
import type { SelfScanConfig } from '../lib/tool-config.ts';
import { required, startToolPage } from './tool-page.ts';

export function startSelfScan(doc: Document = document): void {
  const root = required<HTMLElement>(doc, '[data-self-scan]');
  const result = required<HTMLElement>(doc, '[data-scan-result]');
  const progress = required<HTMLElement>(root, '[data-scan-progress]');
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

  const page = startToolPage<SelfScanConfig>(() => restore());
  const { config, store, s } = page;
  const values = () => store.data.answers[config.tool]?.values ?? {};
  const scale = config.scale;
  const top = Math.max(...scale);
  const total = config.competencies.reduce((n, c) => n + c.keys.length, 0);

  const showProgress = (scores: CompetencyScore[]) => {
    const answered = scores.reduce((n, c) => n + c.answered, 0);
    progress.textContent = s('scan.progress', { answered, total });
    return answered;
  };

  function render(scores: CompetencyScore[]): void {
    const answered = showProgress(scores);
    const weakest = weakestAreas(scores, config.adviceFor, top);
    const summary = required<HTMLElement>(result, '[data-scan-summary]');
    summary.textContent = answered ? s('scan.summary', { answered, total, max: top }) : s('scan.none');
    for (const score of scores) {
      const shown = score.average === undefined ? s('scan.notAnswered') : page.number(round(score.average));
      const flagged = weakest.includes(score.id);
      for (const row of result.querySelectorAll<HTMLElement>(`[data-score="${score.id}"]`)) {
        required<HTMLElement>(row, '[data-value]').textContent =
          score.average === undefined ? shown : s('scan.of', { value: shown, max: top });
        required<HTMLElement>(row, '[data-flag]').hidden = !flagged;
        const bar = row.querySelector<HTMLElement>('[data-bar]');
        // CSSOM, not a style attribute: the Content-Security-Policy allows no inline styles.
        if (bar) bar.style.inlineSize = `${scaleShare(score.average ?? 0, top) * 100}%`;
        const count = row.querySelector('[data-answered]');
        if (count) count.textContent = s('scan.of', { value: score.answered, max: score.total });
      }
    }
    // Suggestions for the weakest areas, weakest first.
    const list = required<HTMLElement>(result, '[data-advice-list]');
    for (const section of list.querySelectorAll<HTMLElement>('[data-advice]')) section.hidden = true;
    for (const id of weakest) {
      const section = required<HTMLElement>(list, `[data-advice="${id}"]`);
      const score = scores.find((x) => x.id === id)!;
      required<HTMLElement>(section, '[data-advice-score]').textContent = s('scan.adviceScore', {
        score: s('scan.of', { value: page.number(round(score.average!)), max: top }),
      });
      section.hidden = false;
      list.append(section);
    }
    required<HTMLElement>(result, '[data-advice-intro]').hidden = weakest.length === 0;
    required<HTMLElement>(result, '[data-advice-none]').hidden = weakest.length > 0 || answered === 0;
  }

  const scores = () => scanScores(config.competencies, values(), scale);

  function restore(): void {
    const saved = values();
    for (const radio of radios) radio.checked = saved[radio.name] === Number(radio.value);
    const current = scores();
    if (current.some((c) => c.answered > 0)) {
      render(current);
      result.hidden = false;
    } else {
      showProgress(current);
      result.hidden = true;
    }
  }

  root.addEventListener('change', (event) => {
    const radio = event.target as HTMLInputElement;
    if (radio.type !== 'radio') return;
    store.update((data) => {
      const entry = (data.answers[config.tool] ??= { updatedAt: '', values: {} });
      entry.values[radio.name] = Number(radio.value);
      entry.updatedAt = new Date().toISOString();
    });
    const current = scores();
    if (result.hidden) showProgress(current);
    else render(current);
  });

  required<HTMLButtonElement>(root, '[data-scan-show]').addEventListener('click', () => {
    render(scores());
    result.hidden = false;
    result.focus();
  });

  const clear = required<HTMLButtonElement>(root, '[data-clear]');
  clear.addEventListener('click', () => {
    if (!window.confirm(s('tools.confirmClear'))) return;
    store.update((data) => {
      delete data.answers[config.tool];
    });
    restore();
    page.report(s('tools.cleared'), clear);
  });

  restore();
}

/** One decimal, as people read an average. */
const round = (value: number) => Math.round(value * 10) / 10;

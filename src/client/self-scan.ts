/**
 * The self-scan in the browser: restores and keeps the answers, shows progress, and draws the
 * result — bars and a table with the same numbers, the lowest scores marked in words, and the
 * suggestions for them in order of need. The suggestions come from the scan's data file,
 * fetched once, the first time a result has competencies to suggest something for.
 */
import { scaleShare, scanScores, weakestAreas, type CompetencyScore } from '../lib/self-scan.ts';
import type { ScanAdvice, SelfScanConfig } from '../lib/tool-config.ts';
import { adviceSection, drawScoreRows } from './scan-result.ts';
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
  // Each competency's title and statement keys, from its group of statements in the page
  // (found among the groups, whatever else on the page has an id like it).
  const competencies = config.competencies.map(({ id, href }) => {
    const heading = required<HTMLElement>(root, `.question-group > h3[id="scan-${id}"]`);
    const names = [...heading.parentElement!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    return { id, href, title: heading.textContent ?? id, keys: [...new Set(names.map((r) => r.name))] };
  });
  const total = competencies.reduce((n, c) => n + c.keys.length, 0);
  const adviceList = required<HTMLElement>(result, '[data-advice-list]');
  const adviceFailed = required<HTMLElement>(result, '[data-advice-failed]');
  drawScoreRows(
    required<HTMLElement>(result, '[data-scan-bars]'),
    required<HTMLElement>(result, '[data-scan-rows]'),
    competencies,
    s,
  );

  /** The suggestions file, fetched once; after a failure the next result tries again. */
  let advice: Promise<ScanAdvice> | undefined;
  const loadAdvice = () =>
    (advice ??= fetch(config.adviceUrl).then((response) => {
      if (!response.ok) throw new Error(`self-scan: ${response.status} fetching ${config.adviceUrl}`);
      return response.json() as Promise<ScanAdvice>;
    }));
  /** Sections made so far, by competency. */
  const sections = new Map<string, HTMLElement>();
  /** The competencies the latest result suggests something for, weakest first. */
  let wanted: { id: string; score: string }[] = [];

  function showAdvice(data: ScanAdvice): void {
    for (const section of sections.values()) section.hidden = true;
    for (const { id, score } of wanted) {
      let section = sections.get(id);
      if (!section) {
        const competency = competencies.find((c) => c.id === id)!;
        const allAbout = s('scan.allAbout', { title: competency.title });
        section = adviceSection(doc, competency, data[id] ?? {}, config.locale, s, allAbout);
        sections.set(id, section);
      }
      required<HTMLElement>(section, '[data-advice-score]').textContent = score;
      section.hidden = false;
      adviceList.append(section);
    }
  }

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
    // Suggestions for the weakest areas, weakest first, once the file is here.
    wanted = weakest.map((id) => ({
      id,
      score: s('scan.adviceScore', {
        score: s('scan.of', {
          value: page.number(round(scores.find((x) => x.id === id)!.average!)),
          max: top,
        }),
      }),
    }));
    adviceFailed.hidden = true;
    if (weakest.length === 0) for (const section of sections.values()) section.hidden = true;
    else {
      adviceList.ariaBusy = 'true';
      loadAdvice()
        .then(showAdvice, (error: unknown) => {
          advice = undefined;
          adviceFailed.textContent = s('scan.adviceFailed');
          adviceFailed.hidden = false;
          throw error;
        })
        .finally(() => (adviceList.ariaBusy = null));
    }
    required<HTMLElement>(result, '[data-advice-intro]').hidden = weakest.length === 0;
    required<HTMLElement>(result, '[data-advice-none]').hidden = weakest.length > 0 || answered === 0;
  }

  const scores = () => scanScores(competencies, values(), scale);

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

/**
 * What the tool pages render and hand to the browser, built once per page from the catalog's
 * maps: a self-scan's competencies with their statements and suggestions (a few of each kind,
 * so the page does not grow with the site), a questionnaire's sections, and the portfolio's
 * strings.
 */
import type { Catalog, Entry, Item } from './catalog.ts';
import { base, site, url } from './site.ts';
import { t } from '../i18n/index.ts';
import { questionKey, type QuestionnaireDef } from '../lib/questionnaire.ts';
import { storageKey } from '../lib/store-format.ts';
import { ADVICE_KINDS } from '../lib/self-scan.ts';
import {
  CONVERSATION_STRINGS,
  PORTFOLIO_STRINGS,
  SCAN_STRINGS,
  pickStrings,
  type AdviceLink,
  type ConversationConfig,
  type ScanAdvice,
  type PortfolioConfig,
  type SelfScanConfig,
} from '../lib/tool-config.ts';
import { normalizeBase } from '../lib/urls.ts';
import type { Locale } from '../schemas/fields.ts';

/** Suggestions per kind and competency; the competency's page lists them all. */
export const MAX_SUGGESTIONS = 3;
/** How many weakest competencies get suggestions when the self-scan does not say. */
export const DEFAULT_ADVICE_FOR = 2;

const STORE = storageKey(normalizeBase(base));

export interface ScanGroup {
  id: string;
  title: string;
  href: string;
  statements: { text: string; key: string }[];
  courses: Item[];
  experts: Item[];
  stories: Item[];
}

/** Where a self-scan's suggestions are served (see src/pages/instrumenten/[id]/advies.json.ts). */
export const scanAdvicePath = (id: string): string => `instrumenten/${id}/advies.json`;

/** A self-scan's competencies, with statements and suggestions, and its browser config. */
export function selfScan(
  c: Catalog,
  entry: Entry<'instrumenten'>,
): { groups: ScanGroup[]; config: SelfScanConfig } {
  const d = entry.data;
  const lang = d.lang;
  const groups = (d.competencies ?? []).map(({ competency, statements }): ScanGroup => {
    const item = c.item.get(competency);
    const first = (map: Map<string, Item[]>) => (map.get(competency) ?? []).slice(0, MAX_SUGGESTIONS);
    return {
      id: competency,
      title: item?.title ?? competency,
      href: item?.href ?? '',
      statements: statements.map((text) => ({ text, key: questionKey(text) })),
      courses: first(c.coursesFor),
      experts: first(c.expertsIn),
      stories: first(c.storiesAbout),
    };
  });
  return {
    groups,
    config: {
      store: STORE,
      locale: lang,
      tool: entry.id,
      scale: (d.scale ?? []).map((p) => p.value),
      adviceFor: d.adviceFor ?? Math.min(DEFAULT_ADVICE_FOR, groups.length),
      competencies: groups.map((g) => ({ id: g.id, href: g.href })),
      adviceUrl: url(scanAdvicePath(entry.id)),
      // The two placeholders the browser cannot fill are filled here.
      strings: pickStrings(SCAN_STRINGS, (key) =>
        t(lang, key, { name: site.contact.name, show: t(lang, 'scan.show') }),
      ),
    },
  };
}

/** A self-scan's suggestions file: per competency, the suggestions of each kind it has. */
export function scanAdvice(groups: readonly ScanGroup[], lang: Locale): ScanAdvice {
  const links = (items: Item[]) =>
    items.map((item): AdviceLink => ({
      title: item.title,
      href: item.href,
      ...(item.lang === lang ? {} : { lang: item.lang }),
    }));
  return Object.fromEntries(
    groups.map((g) => [
      g.id,
      Object.fromEntries(
        ADVICE_KINDS.filter((kind) => g[kind].length > 0).map((kind) => [kind, links(g[kind])]),
      ),
    ]),
  );
}

/** A questionnaire as its page shows it: with introductions, hints and the key of each question. */
export interface QuestionnaireView {
  title: string;
  scale?: QuestionnaireDef['scale'];
  sections: {
    title: string;
    intro?: string | undefined;
    questions: { key: string; question: string; hint?: string | undefined; answer: 'tekst' | 'schaal' }[];
  }[];
}

/** A conversation questionnaire with the keys of its questions, and its browser config. */
export function conversation(entry: Entry<'instrumenten'>): {
  questionnaire: QuestionnaireView;
  config: ConversationConfig;
} {
  const d = entry.data;
  const questionnaire: QuestionnaireView = {
    title: d.title,
    scale: d.scale,
    sections: (d.sections ?? []).map((s) => ({
      title: s.title,
      intro: s.intro,
      questions: s.questions.map((q) => ({ ...q, key: questionKey(q.question) })),
    })),
  };
  return {
    questionnaire,
    config: {
      store: STORE,
      locale: d.lang,
      tool: entry.id,
      // The browser needs no hints or intros for the text it writes: leave them out of the page.
      questionnaire: {
        title: questionnaire.title,
        scale: questionnaire.scale,
        sections: questionnaire.sections.map((s) => ({
          title: s.title,
          questions: s.questions.map(({ key, question, answer }) => ({ key, question, answer })),
        })),
      },
      fileName: entry.id,
      strings: pickStrings(CONVERSATION_STRINGS, (key) => t(d.lang, key)),
    },
  };
}

/** The portfolio page's browser config (competency titles are in the form's list). */
export function portfolio(lang: Locale): PortfolioConfig {
  return {
    store: STORE,
    locale: lang,
    site: `${site.siteName} ${site.name}`,
    strings: pickStrings(PORTFOLIO_STRINGS, (key) => t(lang, key)),
  };
}

/** The first published tool of a kind, e.g. the conversation questionnaire a self-scan points to. */
export function firstOfKind(c: Catalog, kind: 'zelfscan' | 'gesprek'): Item | undefined {
  const entry = c.entries.instrumenten.find((e) => e.data.kind === kind);
  return entry && c.item.get(entry.id);
}

/**
 * What the tool pages hand to their browser modules, as a JSON block filled at build time:
 * where to store, the questions' keys, and the UI strings the browser writes (in the page's
 * language, from `src/i18n`). The browser only reads it.
 */
import type { UiKey } from '../i18n/index.ts';
import type { QuestionnaireDef } from './questionnaire.ts';
import type { AdviceKind } from './self-scan.ts';

/** UI strings every tool module uses. */
export const COMMON_STRINGS = [
  'tools.confirmDeleteAll',
  'tools.deleted',
  'tools.storage.unavailable',
  'tools.storage.full',
  'tools.storage.newer',
  'tools.storage.repaired',
  'tools.storage.unreadable',
  'tools.printedOn',
  'tools.saved',
  'tools.confirmClear',
  'tools.cleared',
] as const satisfies readonly UiKey[];

export const SCAN_STRINGS = [
  ...COMMON_STRINGS,
  'scan.progress',
  'scan.summary',
  'scan.none',
  'scan.of',
  'scan.notAnswered',
  'scan.flag',
  'scan.adviceScore',
  'scan.adviceFailed',
  'scan.courses',
  'scan.experts',
  'scan.stories',
  'scan.nothingYet',
  'scan.allAbout',
] as const satisfies readonly UiKey[];

export const CONVERSATION_STRINGS = [
  ...COMMON_STRINGS,
  'conv.copied',
  'conv.copyFailed',
  'conv.downloaded',
  'conv.filledIn',
  'conv.notAnswered',
] as const satisfies readonly UiKey[];

export const PORTFOLIO_STRINGS = [
  ...COMMON_STRINGS,
  'portfolio.savedOn',
  'portfolio.recordThis',
  'portfolio.remove',
  'portfolio.removed',
  'portfolio.form',
  'portfolio.formEdit',
  'portfolio.add',
  'portfolio.save',
  'portfolio.added',
  'portfolio.updated',
  'portfolio.total',
  'portfolio.totalOne',
  'portfolio.edit',
  'portfolio.confirmDelete',
  'portfolio.noCompetency',
  'portfolio.exported',
  'portfolio.imported',
  'portfolio.import.notJson',
  'portfolio.import.foreign',
  'portfolio.import.newer',
  'portfolio.import.invalid',
  'portfolio.import.tooLarge',
  'portfolio.import.unreadable',
  'portfolio.export',
  'type.blog',
  'type.leerverhalen',
  'type.opleidingen',
] as const satisfies readonly UiKey[];

export type Strings<K extends readonly UiKey[]> = Record<K[number], string>;

/** What every tool page passes. */
export interface ToolConfig<K extends readonly UiKey[]> {
  /** The `localStorage` key of this site. */
  store: string;
  /** Page language, for number and date formats. */
  locale: string;
  strings: Strings<K>;
}

export interface SelfScanConfig extends ToolConfig<typeof SCAN_STRINGS> {
  /** The tool's id: its answers are kept under it. */
  tool: string;
  /** The scale's values, lowest first (its words are in the page). */
  scale: number[];
  /** How many of the lowest-scoring competencies get suggestions. */
  adviceFor: number;
  /**
   * In the scan's order; `href` is the competency's page ('' when the site has none). Its
   * title and its statements' keys are in the page: the heading `#scan-{id}` and the names of
   * the radio buttons in its group.
   */
  competencies: { id: string; href: string }[];
  /** The scan's suggestions file (`ScanAdvice`), fetched when a result first needs them. */
  adviceUrl: string;
}

/** A suggestion: a course, an expert or a story. `lang` only when it differs from the scan's. */
export interface AdviceLink {
  title: string;
  href: string;
  lang?: string;
}

/**
 * A self-scan's suggestions per competency id, in a data file beside its page: the page stays
 * small however many competencies a scan has, and the browser fetches the file (a fixed
 * address, nothing the employee chose in it) only when a result needs suggestions.
 * Kinds without suggestions are left out.
 */
export type ScanAdvice = Record<string, Partial<Record<AdviceKind, AdviceLink[]>>>;

export interface ConversationConfig extends ToolConfig<typeof CONVERSATION_STRINGS> {
  tool: string;
  questionnaire: QuestionnaireDef;
  /** Name of the downloaded text file, without the date and extension. */
  fileName: string;
}

export interface PortfolioConfig extends ToolConfig<typeof PORTFOLIO_STRINGS> {
  /** Organisation and site name, written into an exported file. */
  site: string;
}

/** Serialises a config for a `<script type="application/json">` block (no `</script>` can end it early). */
export function toolConfigJson(config: SelfScanConfig | ConversationConfig | PortfolioConfig): string {
  return JSON.stringify(config).replace(/</g, '\\u003c');
}

/** The strings of `keys` in one language. */
export function pickStrings<K extends readonly UiKey[]>(
  keys: K,
  translate: (key: UiKey) => string,
): Strings<K> {
  return Object.fromEntries(keys.map((key) => [key, translate(key)])) as Strings<K>;
}

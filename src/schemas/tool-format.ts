/**
 * Fixed values and rules of the employee tools that the browser needs, free of zod: the
 * bookmark button on content pages must stay under 2 kB and the tool pages should not carry
 * the full zod. The schemas are in `instrumenten.ts` (content) and `portfolio.ts` (browser data).
 */

/** The version of the stored value and of the export file; raise it with a migration. */
export const DATA_VERSION = 1;
/** The `format` of an exported portfolio file: how an import recognises one. */
export const PORTFOLIO_FORMAT = 'leerhuis-portfolio';
/** Collections whose pages have a bookmark button. */
export const BOOKMARKABLE = ['blog', 'leerverhalen', 'opleidingen'] as const;
export type Bookmarkable = (typeof BOOKMARKABLE)[number];

/** A question's text as answers are keyed: trimmed, spaces collapsed, case kept. */
export const normalizeQuestion = (question: string): string => question.trim().replace(/\s+/g, ' ');

/**
 * What `npm run check` tells an editor about a valid entry without failing (ℹ lines): why it
 * will not appear (a draft, planned, no consent), and a self-scan too long to fill in well.
 */
import { msg } from '../i18n/index.ts';
import type { Notice } from './problems.ts';
import { unpublishedReason, type PublishableData } from './publication.ts';

/**
 * Statements a self-scan should stay within: about the number that fits in an employee's ten
 * minutes, and in the page's 30 KB (each statement with its answers adds some 550 bytes).
 */
export const SCAN_STATEMENTS_ADVISED = 25;

interface NoticeEntry {
  file: string;
  collection: string;
  published: boolean;
  data: PublishableData & { kind?: string; competencies?: { statements: unknown[] }[] };
}

/** The notices for one valid entry, in the order an editor acts on them. */
export function entryNotices(entry: NoticeEntry, now: Date): Notice[] {
  const notices: Notice[] = [];
  const why = entry.published ? undefined : unpublishedReason(entry.collection, entry.data, now);
  if (why) notices.push({ file: entry.file, message: why.notice });
  if (entry.collection === 'instrumenten' && entry.data.kind === 'zelfscan') {
    const statements = (entry.data.competencies ?? []).reduce((n, c) => n + c.statements.length, 0);
    if (statements > SCAN_STATEMENTS_ADVISED)
      notices.push({
        file: entry.file,
        field: 'competencies',
        message: msg('check.notice.longScan', { count: statements, max: SCAN_STATEMENTS_ADVISED }),
      });
  }
  return notices;
}

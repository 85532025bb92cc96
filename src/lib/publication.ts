/** Whether an entry appears on the built site. One rule, used by the checker and the pages. */
import { msg, type Message } from '../i18n/index.ts';

export interface PublishableData {
  draft?: boolean;
  publishedAt?: Date;
  consent?: boolean;
}

/** Why an entry is left out of the site, and how the editor of that entry would change it. */
export interface Unpublished {
  /** Why, e.g. "is a draft (draft: true)". */
  reason: Message;
  /** What to change in the entry's own file to publish it. */
  fix: (file: string) => Message;
  /** What `npm run check` says about it: information, not a problem ("gepland voor 3 december 2026"). */
  notice: Message;
  /** Which of the three it is (the dev server's banner says it in its own words). */
  kind: 'draft' | 'planned' | 'noConsent';
  /** The date it appears, for an entry planned for later. */
  from?: Date;
}

/**
 * Drafts and entries dated in the future are not published; neither is an expert who has
 * not given consent (AVG). Returns undefined for an entry that is published.
 */
export function unpublishedReason(
  collection: string,
  data: PublishableData,
  now: Date,
): Unpublished | undefined {
  if (data.draft)
    return {
      reason: msg('publication.draft'),
      fix: (file) => msg('publication.draft.fix', { file }),
      notice: msg('check.notice.draft'),
      kind: 'draft',
    };
  if (data.publishedAt && data.publishedAt.getTime() > now.getTime()) {
    const date = { date: data.publishedAt.toISOString().slice(0, 10) };
    return {
      reason: msg('publication.planned', { date }),
      fix: (file) => msg('publication.planned.fix', { file }),
      notice: msg('check.notice.planned', { date }),
      kind: 'planned',
      from: data.publishedAt,
    };
  }
  if (collection === 'experts' && data.consent !== true) {
    return {
      reason: msg('publication.noConsent'),
      fix: (file) => msg('publication.noConsent.fix', { file }),
      notice: msg('check.notice.noConsent'),
      kind: 'noConsent',
    };
  }
  return undefined;
}

/**
 * Set (to "1") by the content-check integration in `astro dev` only: unpublished entries then
 * get preview pages with a banner. A build clears it, whatever the environment says.
 */
export const PREVIEW_ENV = 'LEERHUIS_PREVIEW';

/** Whether this process is the dev server that previews unpublished entries. */
export const previewsUnpublished = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env[PREVIEW_ENV] === '1';

/** Whether the entry is published at `now`. */
export function isPublished(collection: string, data: PublishableData, now: Date): boolean {
  return unpublishedReason(collection, data, now) === undefined;
}

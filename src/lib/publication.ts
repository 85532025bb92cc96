/** Whether an entry appears on the built site. One rule, used by the checker and the pages. */

export interface PublishableData {
  draft?: boolean;
  publishedAt?: Date;
  consent?: boolean;
}

/** Why an entry is left out of the site, and how the editor of that entry would change it. */
export interface Unpublished {
  /** Completes `"<id>" …`, e.g. `is a draft (draft: true)`. */
  reason: string;
  /** What to change in the entry's own file to publish it. */
  fix: (file: string) => string;
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
    return { reason: 'is a draft (draft: true)', fix: (file) => `remove "draft: true" from ${file}` };
  if (data.publishedAt && data.publishedAt.getTime() > now.getTime()) {
    return {
      reason: `is not published until ${data.publishedAt.toISOString().slice(0, 10)}`,
      fix: (file) => `set an earlier publishedAt in ${file}`,
    };
  }
  if (collection === 'experts' && data.consent !== true) {
    return {
      reason: 'has not given consent to be shown on the site (AVG)',
      fix: (file) => `add "consent: true" to ${file} once the person has agreed`,
    };
  }
  return undefined;
}

/** Whether the entry is published at `now`. */
export function isPublished(collection: string, data: PublishableData, now: Date): boolean {
  return unpublishedReason(collection, data, now) === undefined;
}

/** Whether an entry appears on the built site. One rule, used by the checker and the pages. */

export interface PublishableData {
  draft?: boolean;
  publishedAt?: Date;
  consent?: boolean;
}

/**
 * Drafts and entries dated in the future are not published; neither is an expert who has
 * not given consent (AVG).
 */
export function isPublished(collection: string, data: PublishableData, now: Date): boolean {
  if (data.draft) return false;
  if (data.publishedAt && data.publishedAt.getTime() > now.getTime()) return false;
  if (collection === 'experts' && data.consent !== true) return false;
  return true;
}

/** Why an entry is not published, for messages about links to it. */
export function unpublishedReason(collection: string, data: PublishableData, now: Date): string | undefined {
  if (data.draft) return 'is a draft (draft: true)';
  if (data.publishedAt && data.publishedAt.getTime() > now.getTime())
    return `is not published until ${data.publishedAt.toISOString().slice(0, 10)}`;
  if (collection === 'experts' && data.consent !== true)
    return 'has not given consent to be published (consent: true is missing) — people appear only with their consent (AVG)';
  return undefined;
}

/**
 * Rules across files: ids unique and usable as addresses, references resolve to published
 * entries of the right collection, tags are in the vocabulary, roles ask for levels their
 * competencies define, site settings name real collections. Each rule is a pure function of
 * the loaded content and returns one-line problems.
 */
import {
  COLLECTION_NAMES,
  type CollectionName,
  type RefTarget,
  type SiteSettings,
  collections,
} from '../schemas/index.ts';
import { ID_PATTERN } from '../schemas/fields.ts';
import { anyOf, msg, type Message, type Param } from '../i18n/index.ts';
import type { BodyLinks } from './content-links.ts';
import type { SourceEntry } from './load-content.ts';
import type { Problem } from './problems.ts';
import { unpublishedReason } from './publication.ts';
import { RESERVED_ROUTES } from './routes.ts';
import { didYouMean, toId } from './suggest.ts';

/** An entry as the file checks read it. */
interface ReadEntry extends SourceEntry {
  /** The links and heading ids of its body, read when the body was parsed for the file checks. */
  bodyLinks?: BodyLinks;
}

/** An entry whose front matter passed its schema: validated data, defaults applied. */
export interface CheckedEntry extends ReadEntry {
  data: Record<string, unknown>;
  published: boolean;
}

/** An entry whose front matter failed its schema: raw data, and the fields that failed. */
export interface InvalidEntry extends ReadEntry {
  /** Field paths with a problem; '' when the front matter as a whole is wrong. */
  badFields: string[];
}

/** Everything a rule may look at. */
export interface ContentModel {
  entries: CheckedEntry[];
  invalid: InvalidEntry[];
  /** Every entry (valid or not) by id; the first one where an id is used twice. */
  byId: ReadonlyMap<string, CheckedEntry | InvalidEntry>;
  site?: SiteSettings;
  /** Tag ids of `tags.yaml`; undefined when it is missing or unreadable (tags are then not checked). */
  tagIds?: ReadonlySet<string>;
  now: Date;
  /** Path for messages of a file or folder in the content folder, e.g. `content/tags.yaml`. */
  fileOf: (name: string) => string;
}

export type ContentRule = (content: ContentModel) => Problem[];

/** "een opleiding" / "a course": the kind of entry a collection holds, with its article. */
export const aNoun = (collection: CollectionName): Message => msg(`noun.a.${collection}`);

const isValid = (e: CheckedEntry | InvalidEntry): e is CheckedEntry => 'published' in e;

/** Ids are file names: well-formed, unique across folders, and (for pages) not a site address. */
export const checkIds: ContentRule = ({ entries, invalid, byId }) => {
  const problems: Problem[] = [];
  for (const entry of [...entries, ...invalid]) {
    const first = byId.get(entry.id);
    if (first && first.path !== entry.path) {
      problems.push({
        file: entry.file,
        message: msg('check.id.duplicate', { id: entry.id, other: first.file }),
      });
    }
    if (!ID_PATTERN.test(entry.id)) {
      problems.push({
        file: entry.file,
        message: msg('check.id.fileName', {
          id: entry.id,
          name: `${toId(entry.id) || 'excel-basis'}${entry.ext}`,
        }),
      });
    }
    if (entry.collection === 'paginas' && RESERVED_ROUTES.has(entry.id)) {
      problems.push({
        file: entry.file,
        message: msg('check.id.reserved', { id: entry.id }),
      });
    }
  }
  return problems;
};

/**
 * Every reference names an existing entry of the right collection (or a known tag), in every
 * entry, drafts included. A published entry may only point at published entries: not at a
 * draft, a future entry, or an expert without consent.
 */
export const checkReferences: ContentRule = ({ entries, invalid, byId, tagIds, now, fileOf }) => {
  const problems: Problem[] = [];
  const idsIn = new Map<RefTarget, string[]>([
    ['tags', [...(tagIds ?? [])]],
    ...COLLECTION_NAMES.map((c) => [c, []] as [RefTarget, string[]]),
  ]);
  for (const e of byId.values()) idsIn.get(e.collection)?.push(e.id);
  // One renamed entry can break many references: look each suggestion up once.
  const suggestions = new Map<string, Message | ''>();
  const suggest = (id: string, targets: readonly RefTarget[]) => {
    const key = `${targets.join()} ${id}`;
    let hit = suggestions.get(key);
    if (hit === undefined)
      suggestions.set(
        key,
        (hit = didYouMean(
          id,
          targets.flatMap((t) => idsIn.get(t) ?? []),
        )),
      );
    return hit;
  };

  for (const entry of [...entries, ...invalid]) {
    const bad = isValid(entry) ? [] : entry.badFields;
    const refs = collections[entry.collection]
      .references(entry.data)
      .filter(
        (ref) =>
          !bad.some(
            (f) =>
              f === '' || ref.field === f || ref.field.startsWith(`${f}.`) || ref.field.startsWith(`${f}[`),
          ),
      );
    for (const ref of refs) {
      const targets: readonly RefTarget[] = ref.to === 'any' ? COLLECTION_NAMES : ref.to;
      const target = byId.get(ref.id);
      const found = target && (targets as readonly string[]).includes(target.collection) ? target : undefined;
      if (targets.includes('tags') && !found && (!tagIds || tagIds.has(ref.id))) continue;
      const add = (message: Message) => problems.push({ file: entry.file, field: ref.field, message });
      if (!found) {
        const tagsFile = fileOf('tags.yaml');
        const kinds =
          ref.to === 'any'
            ? [msg('noun.kind.entry')]
            : targets.map((t) =>
                t === 'tags' ? msg('noun.kind.tag', { file: tagsFile }) : msg(`noun.kind.${t}`),
              );
        const kind: Param = anyOf(kinds);
        const only = targets.length === 1 ? targets[0] : undefined;
        const fix =
          suggest(ref.id, targets) ||
          (only === 'tags'
            ? msg('check.reference.useTag', { file: tagsFile })
            : target
              ? only
                ? msg('check.reference.useIdIn', { kind, folder: fileOf(only) })
                : msg('check.reference.useId', { kind })
              : only === 'experts' && ref.field === 'author'
                ? msg('check.reference.authorInline', { file: fileOf(`${only}/${ref.id}.md`) })
                : only === 'experts'
                  ? msg('check.reference.createExpert', { file: fileOf(`${only}/${ref.id}.md`) })
                  : only
                    ? msg('check.reference.create', { file: fileOf(`${only}/${ref.id}.md`) })
                    : msg('check.reference.spelling'));
        add(
          target
            ? msg('check.reference.wrongKind', { id: ref.id, is: aNoun(target.collection), kind, fix })
            : msg('check.reference.unknown', { id: ref.id, kind, fix }),
        );
      } else if (isValid(entry) && entry.published && isValid(found) && !found.published) {
        const why = unpublishedReason(found.collection, found.data, now);
        if (why)
          add(
            msg('check.reference.unpublished', { id: ref.id, reason: why.reason, fix: why.fix(found.file) }),
          );
      }
    }
  }
  return problems;
};

/** A role asks for each competency at a level that competency defines. */
export const checkRoleLevels: ContentRule = ({ entries, byId }) => {
  const problems: Problem[] = [];
  for (const role of entries) {
    if (role.collection !== 'functies') continue;
    (role.data.competencies as { competency: string; level: number }[]).forEach((need, i) => {
      const competency = byId.get(need.competency);
      if (!competency || competency.collection !== 'competenties' || !isValid(competency)) return;
      const levels = (competency.data.levels as { level: number }[]).map((l) => l.level);
      if (!levels.includes(need.level)) {
        problems.push({
          file: role.file,
          field: `competencies[${i}].level`,
          message: msg('check.role.level', {
            level: need.level,
            competency: need.competency,
            levels: levels.map(String),
            file: competency.file,
          }),
        });
      }
    });
  }
  return problems;
};

/** Site settings that name collections name real ones. */
export const checkSiteSettings: ContentRule = ({ site, fileOf }) =>
  (site?.trustedMdx ?? []).flatMap((name, i) =>
    (COLLECTION_NAMES as readonly string[]).includes(name)
      ? []
      : [
          {
            file: fileOf('site.yaml'),
            field: `trustedMdx[${i}]`,
            message: msg('check.site.notACollection', {
              name,
              hint:
                didYouMean(name, COLLECTION_NAMES) ||
                msg('check.hint.useOneOf', { allowed: [...COLLECTION_NAMES] }),
            }),
          },
        ],
  );

/** The rules `checkContent` runs after every file was checked on its own. */
export const CROSS_CHECKS: readonly ContentRule[] = [
  checkIds,
  checkReferences,
  checkRoleLevels,
  checkSiteSettings,
];

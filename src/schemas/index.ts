/**
 * The content model in one place: every collection's folder, schema, route, body rule and
 * references. `src/content.config.ts` and the standalone checker both read this registry.
 */
import type { z } from 'zod';
import { blogSchema, makeBlogSchema } from './blog.ts';
import { competentieSchema } from './competenties.ts';
import { expertSchema, makeExpertSchema } from './experts.ts';
import { functieSchema } from './functies.ts';
import { instrumentSchema } from './instrumenten.ts';
import { leerverhaalSchema } from './leerverhalen.ts';
import { opleidingSchema } from './opleidingen.ts';
import { paginaSchema } from './paginas.ts';

export const COLLECTION_NAMES = [
  'blog',
  'leerverhalen',
  'opleidingen',
  'experts',
  'competenties',
  'functies',
  'instrumenten',
  'paginas',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** Where a reference may point: collections, the tag vocabulary, or any published entry. */
export type RefTarget = CollectionName | 'tags';

/** One reference found in an entry's data. */
export interface Reference {
  /** Field path as editors write it, e.g. `competencies[1].competency`. */
  field: string;
  id: string;
  /** Allowed targets; `any` means any entry of any collection. */
  to: readonly RefTarget[] | 'any';
}

type Data = Record<string, unknown>;
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const many = (data: Data, field: string, to: Reference['to']): Reference[] =>
  list(data[field]).map((id, i) => ({ field: `${field}[${i}]`, id, to }));
const one = (data: Data, field: string, to: Reference['to']): Reference[] =>
  typeof data[field] === 'string' ? [{ field, id: data[field] as string, to }] : [];
/** `field[i].key` in a list of objects, e.g. `competencies[0].competency`. */
const inList = (data: Data, field: string, key: string, to: Reference['to']): Reference[] =>
  (Array.isArray(data[field]) ? (data[field] as Data[]) : []).flatMap((item, i) =>
    typeof item?.[key] === 'string' ? [{ field: `${field}[${i}].${key}`, id: item[key] as string, to }] : [],
  );

/** References every entry can have. */
const shared = (d: Data): Reference[] => [
  ...many(d, 'tags', ['tags']),
  ...one(d, 'owner', ['experts']),
  ...many(d, 'related', 'any'),
];

export interface CollectionDef {
  schema: z.ZodType;
  /** URL segment of the list and entry pages; '' puts entries at the site root. */
  route: string;
  /** Whether the Markdown body may be empty. */
  bodyRequired: boolean;
  /** The ids this entry refers to, read from validated data. */
  references: (data: Data) => Reference[];
}

export const collections = {
  blog: {
    schema: blogSchema,
    route: 'blog',
    bodyRequired: true,
    references: (d) => [...shared(d), ...many(d, 'authors', ['experts'])],
  },
  leerverhalen: {
    schema: leerverhaalSchema,
    route: 'leerverhalen',
    bodyRequired: true,
    references: (d) => [
      ...shared(d),
      ...one(d, 'author', ['experts']),
      ...many(d, 'courses', ['opleidingen']),
      ...many(d, 'competencies', ['competenties']),
    ],
  },
  opleidingen: {
    schema: opleidingSchema,
    route: 'opleidingen',
    bodyRequired: true,
    references: (d) => [
      ...shared(d),
      ...many(d, 'competencies', ['competenties']),
      ...one(d, 'contact', ['experts']),
    ],
  },
  experts: {
    schema: expertSchema,
    route: 'experts',
    bodyRequired: false,
    references: (d) => [...shared(d), ...many(d, 'expertise', ['competenties', 'tags'])],
  },
  competenties: {
    schema: competentieSchema,
    route: 'competenties',
    bodyRequired: false,
    references: shared,
  },
  functies: {
    schema: functieSchema,
    route: 'functies',
    bodyRequired: false,
    references: (d) => [
      ...shared(d),
      ...many(d, 'nextRoles', ['functies']),
      ...inList(d, 'competencies', 'competency', ['competenties']),
    ],
  },
  instrumenten: {
    schema: instrumentSchema,
    route: 'instrumenten',
    bodyRequired: true,
    references: (d) => [...shared(d), ...inList(d, 'competencies', 'competency', ['competenties'])],
  },
  paginas: {
    schema: paginaSchema,
    route: '',
    bodyRequired: true,
    references: shared,
  },
} satisfies Record<CollectionName, CollectionDef>;

/** File extensions a collection folder may hold. `.mdx` only where the site settings trust it. */
export const CONTENT_EXTENSIONS = ['.md', '.mdx'] as const;

export { makeBlogSchema, makeExpertSchema };
export {
  blogSchema,
  competentieSchema,
  expertSchema,
  functieSchema,
  instrumentSchema,
  leerverhaalSchema,
  opleidingSchema,
  paginaSchema,
};
export { siteSchema, type SiteSettings } from './site.ts';
export { tagsSchema, type TagVocabulary } from './tags.ts';

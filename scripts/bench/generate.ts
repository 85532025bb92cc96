/**
 * Generates a valid synthetic Leerhuis site for the benchmark: every collection in realistic
 * proportions, references between entries (authors, courses, competencies, nextRoles,
 * related, contact, owner), tags from a generated vocabulary, course runs with dates, and
 * Markdown bodies that link to pages that exist. Deterministic for a given seed.
 *
 * Usage on its own: node scripts/bench/generate.ts <dir> [entries] [seed]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { COLLECTION_NAMES, type CollectionName, collections } from '../../src/schemas/index.ts';
import { AVAILABLE_FOR, METHODS, PAID_BY } from '../../src/schemas/vocab.ts';
import { createRandom } from './random.ts';
import { createTextSource, type LinkTarget } from './text.ts';
import { makeStubs, type Stub } from './stubs.ts';
import { tagVocabulary } from './vocabulary.ts';
import {
  COMPETENCY_GROUPS,
  DEPARTMENTS,
  FIRST_NAMES,
  LOCATIONS,
  PROVIDERS,
  ROLES,
  RUN_TIMES,
  SURNAMES,
} from './words.ts';

/** Share of each collection in a site (per 1,000 entries: 250 blog posts, 200 stories, …). */
export const COLLECTION_SHARES: Record<CollectionName, number> = {
  blog: 0.25,
  leerverhalen: 0.2,
  opleidingen: 0.25,
  experts: 0.12,
  competenties: 0.06,
  functies: 0.08,
  instrumenten: 0.002,
  paginas: 0.038,
};

/**
 * Competencies in a generated self-scan, three statements each: a full scan as organisations
 * write one (24 statements of five answers; the page must stay under the entry-page bar).
 */
export const SCAN_COMPETENCIES = 8;

/** Body length in words per collection: [min, max]. */
const BODY_WORDS: Record<CollectionName, [number, number]> = {
  blog: [300, 800],
  leerverhalen: [300, 700],
  opleidingen: [200, 500],
  experts: [60, 200],
  competenties: [100, 300],
  functies: [150, 400],
  instrumenten: [80, 200],
  paginas: [300, 800],
};

export interface GenerateOptions {
  entries: number;
  seed?: string;
  /** "Today" of the generated site (ISO date): everything is published before it. */
  anchor?: string;
  /** Another mix of collections (shares summing to 1), e.g. a catalogue-heavy site. */
  shares?: Record<CollectionName, number>;
}

export interface GeneratedSite {
  dir: string;
  total: number;
  counts: Record<CollectionName, number>;
  tags: number;
  anchor: string;
  /** A published blog post that a rebuild benchmark may change. */
  sampleEntry: string;
  /** A published course with a contact person, for the dev server's edit benchmark. */
  sampleCourse: { file: string; id: string; title: string };
}

/** How many entries of each collection make `total`; blog posts take the rounding rest. */
export function collectionCounts(
  total: number,
  shares: Record<CollectionName, number> = COLLECTION_SHARES,
): Record<CollectionName, number> {
  const counts = Object.fromEntries(
    COLLECTION_NAMES.map((c) => [c, Math.max(1, Math.round(total * shares[c]))]),
  ) as Record<CollectionName, number>;
  const sum = COLLECTION_NAMES.reduce((n, c) => n + counts[c], 0);
  counts.blog = Math.max(1, counts.blog + total - sum);
  return counts;
}

const DAY = 86_400_000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Links in Markdown bodies go to the entry's own page. */
const hrefOf = (s: Stub) => {
  const route = collections[s.collection].route;
  return route ? `/${route}/${s.id}/` : `/${s.id}/`;
};

/** Writes the site into `dir` (emptied first) and returns what it wrote. */
export function generateSite(dir: string, options: GenerateOptions): GeneratedSite {
  const seed = options.seed ?? 'leerhuis';
  const anchor = new Date(`${options.anchor ?? '2026-11-01'}T00:00:00Z`);
  const random = createRandom(`${seed}:${options.entries}`);
  // Times of day come from a source of their own, so the rest of the site stays as it was.
  const timing = random.fork('run-times');
  const text = createTextSource(random.fork('text'));
  const counts = collectionCounts(options.entries, options.shares);
  const tags = tagVocabulary(Math.min(200, 40 + Math.round(options.entries / 50)), text);
  const tagIds = Object.keys(tags);
  const stubs = makeStubs(counts, random.fork('stubs'), text);

  const pool = (c?: CollectionName) => stubs.filter((s) => s.linkable && (!c || s.collection === c));
  const linkable = pool();
  const experts = pool('experts');
  const competencies = pool('competenties');
  const roles = pool('functies');
  const courses = pool('opleidingen');
  const ids = (list: Stub[]) => list.map((s) => s.id);
  const daysBefore = (min: number, max: number) => new Date(anchor.getTime() - random.int(min, max) * DAY);
  const tagsFor = (min: number, max: number) => [
    ...new Set(Array.from({ length: random.int(min, max) }, () => random.zipf(tagIds))),
  ];

  rmSync(dir, { recursive: true, force: true });
  for (const c of COLLECTION_NAMES) mkdirSync(join(dir, c), { recursive: true });
  writeFileSync(join(dir, 'tags.yaml'), stringify(tags));
  writeFileSync(
    join(dir, 'site.yaml'),
    stringify({
      name: 'Gemeente Benchstad',
      siteName: 'Leerhuis',
      accentColor: '#0b5f86',
      defaultLocale: 'nl',
      base: '/',
      url: 'https://intranet.benchstad.example',
      editUrl: 'https://git.benchstad.example/leerhuis/-/edit/main/',
      contact: { name: 'Team Leren & Ontwikkelen', email: 'leren@benchstad.example', phone: '030 555 40 00' },
      indexable: false,
    }),
  );

  let sampleCourse: GeneratedSite['sampleCourse'] | undefined;
  for (const [n, stub] of stubs.entries()) {
    const c = stub.collection;
    const data: Record<string, unknown> = {};
    if (c !== 'experts') data.title = stub.title;
    data.description = text.sentence();
    const t = tagsFor(c === 'experts' || c === 'paginas' ? 0 : 1, 4);
    if (t.length) data.tags = t;
    if (random.chance(0.04)) data.lang = 'en';
    if (!stub.linkable && c !== 'experts') data.draft = true;
    if (random.chance(0.3)) data.owner = random.pick(experts).id;
    if (random.chance(0.3)) {
      data.reviewedAt = isoDate(daysBefore(0, 700));
      data.reviewEveryMonths = random.pick([6, 12, 24]);
    }
    const related = () => ids(random.sample(linkable, random.int(1, 3)).filter((s) => s.id !== stub.id));
    switch (c) {
      case 'blog': {
        const published = daysBefore(1, 6 * 365);
        data.authors = ids(random.sample(experts, random.int(1, 2)));
        data.publishedAt = isoDate(published);
        if (random.chance(0.2))
          data.updatedAt = isoDate(
            new Date(
              published.getTime() + random.int(0, (anchor.getTime() - published.getTime()) / DAY) * DAY,
            ),
          );
        if (random.chance(0.4)) data.related = related();
        break;
      }
      case 'leerverhalen':
        data.author = random.chance(0.65)
          ? random.pick(experts).id
          : {
              name: `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`,
              role: random.pick(ROLES),
              department: random.pick(DEPARTMENTS),
            };
        data.learned = text.sentence();
        data.applied = text.sentence();
        data.courses = ids(random.sample(courses, random.int(0, 2)));
        data.competencies = ids(random.sample(competencies, random.int(0, 2)));
        if (random.chance(0.7)) data.method = random.pick(METHODS);
        data.publishedAt = isoDate(daysBefore(1, 5 * 365));
        if (random.chance(0.2)) data.related = related();
        break;
      case 'opleidingen': {
        data.code = `OPL-${1000 + n}`;
        data.provider = random.pick(PROVIDERS);
        data.method = random.pick(METHODS);
        data.durationHours = random.pick([2, 4, 8, 16, 24, 40, 80]);
        data.cost = {
          amount: random.pick([0, 95, 250, 495, 1250, 2400]),
          currency: 'EUR',
          paidBy: random.pick(PAID_BY),
        };
        data.language = random.chance(0.85) ? 'nl' : random.pick(['en', 'de', 'fr']);
        if (random.chance(0.2)) data.level = random.int(2, 6);
        data.competencies = ids(random.sample(competencies, random.int(1, 3)));
        data.runs = Array.from({ length: random.int(0, 4) }, () => {
          const start = new Date(anchor.getTime() + random.int(-180, 270) * DAY);
          const end = new Date(start.getTime() + random.int(0, 3) * DAY);
          const run: Record<string, unknown> = {
            start: isoDate(start),
            end: isoDate(end),
            location: random.pick(LOCATIONS),
            seats: random.int(8, 24),
          };
          // Most one-day runs have times of day: a morning, an afternoon or a whole day.
          if (end.getTime() === start.getTime() && timing.chance(0.7))
            Object.assign(run, timing.pick(RUN_TIMES));
          return run as { start: string };
        })
          // Each run of a course has its own start day (its key; see runKey).
          .filter((run, i, all) => all.findIndex((r) => r.start === run.start) === i)
          .sort((a, b) => a.start.localeCompare(b.start));
        if (random.chance(0.8)) data.contact = random.pick(experts).id;
        if (random.chance(0.7))
          data.enrol = random.chance(0.5)
            ? `https://leren.benchstad.example/inschrijven/${stub.id}`
            : 'mailto:leren@benchstad.example';
        if (random.chance(0.4)) data.conditions = text.sentence();
        if (random.chance(0.2)) data.related = related();
        // Half the courses say when they joined the catalogue (feeds and the newsletter announce
        // them); derived from the entry number, so the random sequence of the site is unchanged.
        if (n % 2 === 0) data.publishedAt = isoDate(new Date(anchor.getTime() - (1 + (n % 1500)) * DAY));
        break;
      }
      case 'experts':
        data.name = stub.title;
        data.role = random.pick(ROLES);
        data.department = random.pick(DEPARTMENTS);
        data.expertise = [
          ...ids(random.sample(competencies, random.int(0, 2))),
          ...random.sample(tagIds, random.int(1, 2)),
        ];
        data.availableFor = random.sample(AVAILABLE_FOR, random.int(1, 3));
        data.email = `${stub.id}@benchstad.example`;
        data.phone = `030 555 ${random.int(10, 99)} ${random.int(10, 99)}`;
        data.languages = random.chance(0.3) ? ['nl', 'en'] : ['nl'];
        data.consent = stub.linkable;
        break;
      case 'competenties':
        data.group = random.pick(COMPETENCY_GROUPS);
        data.levels = Array.from({ length: stub.levels ?? 3 }, (_, i) => ({
          level: i + 1,
          description: text.sentence(),
        }));
        break;
      case 'functies':
        data.department = random.pick(DEPARTMENTS);
        data.competencies = random
          .sample(competencies, random.int(3, 6))
          .map((k) => ({ competency: k.id, level: random.int(1, k.levels ?? 3) }));
        data.nextRoles = ids(random.sample(roles, random.int(0, 2)).filter((r) => r.id !== stub.id));
        if (random.chance(0.2)) data.related = related();
        break;
      case 'instrumenten': {
        data.scale = [1, 2, 3, 4, 5].map((value) => ({ value, label: text.topic() }));
        // Each question is numbered: a tool may not ask the same question twice.
        let q = 0;
        const question = () => `${++q}. ${text.sentence()}`;
        if (stub.title.startsWith('Zelfscan')) {
          data.kind = 'zelfscan';
          data.competencies = random
            .sample(competencies, Math.min(SCAN_COMPETENCIES, competencies.length))
            .map((k) => ({ competency: k.id, statements: Array.from({ length: 3 }, question) }));
        } else {
          data.kind = 'gesprek';
          data.sections = Array.from({ length: random.int(2, 4) }, () => ({
            title: text.topic(),
            questions: Array.from({ length: random.int(1, 3) }, () => ({
              question: question(),
              ...(random.chance(0.2) ? { answer: 'schaal' } : {}),
            })),
          }));
        }
        break;
      }
      case 'paginas':
        data.order = random.int(1, 20) * 10;
        if (random.chance(0.3)) data.related = related();
        break;
    }
    const [min, max] = BODY_WORDS[c];
    const links: LinkTarget[] = random
      .sample(linkable, random.int(1, 4))
      .map((s) => ({ href: hrefOf(s), title: s.title }));
    const body = text.body(random.int(min, max), links);
    const file = join(dir, c, `${stub.id}.md`);
    writeFileSync(file, `---\n${stringify(data)}---\n\n${body}`);
    if (!sampleCourse && c === 'opleidingen' && stub.linkable && data.contact)
      sampleCourse = { file, id: stub.id, title: stub.title };
  }

  const sample = stubs.find((s) => s.collection === 'blog' && s.linkable) as Stub;
  return {
    dir,
    total: stubs.length,
    counts,
    tags: tagIds.length,
    anchor: isoDate(anchor),
    sampleEntry: join(dir, 'blog', `${sample.id}.md`),
    sampleCourse: sampleCourse!,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const [dir, entries = '1000', seed] = process.argv.slice(2);
  if (!dir) {
    console.error('Usage: node scripts/bench/generate.ts <dir> [entries] [seed]');
    process.exit(2);
  }
  const site = generateSite(resolve(dir), { entries: Number(entries), ...(seed ? { seed } : {}) });
  console.log(`✓ ${site.total} entries and ${site.tags} tags written to ${site.dir}`, site.counts);
}

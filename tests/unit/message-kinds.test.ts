/**
 * Every kind of message the checker, the build and the dev server give, in both languages.
 *
 * A corpus of wrong input (files in a content folder, schema values, raw HTML, SVG, built
 * pages) triggers the problems; every message key of the checker must be reached by it, and
 * every problem line must read as Dutch in Dutch and as English in English: no English words
 * left in the Dutch line, no Dutch in the English one, no key or {placeholder} left unfilled.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import en from '../../src/i18n/en.json' with { type: 'json' };
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import {
  counted,
  isMessage,
  msg,
  renderMessage,
  type Message,
  type Param,
  type UiKey,
} from '../../src/i18n/index.ts';
import { checkContent } from '../../src/lib/check-content.ts';
import { contentLinkProblems } from '../../src/lib/content-links.ts';
import { readFeed } from '../../src/lib/feed-links.ts';
import { markdownSafetyProblems } from '../../src/lib/markdown-safety.ts';
import { svgSafetyProblems } from '../../src/lib/svg-safety.ts';
import { missingPageProblems, outputLinkProblems } from '../../src/lib/output-links.ts';
import type { OutputPage } from '../../src/lib/output-pages.ts';
import { ContentError, formatProblem, type Problem } from '../../src/lib/problems.ts';
import { routeConflicts } from '../../src/lib/routes.ts';
import { validate } from '../../src/lib/zod-problems.ts';
import { messageList, withMessageList } from '../../scripts/messages-doc.ts';
import {
  blogSchema,
  collections,
  leerverhaalSchema,
  competentieSchema,
  expertSchema,
  opleidingSchema,
  siteSchema,
} from '../../src/schemas/index.ts';
import { inlinePerson } from '../../src/schemas/people.ts';
import { tagSchema } from '../../src/schemas/tags.ts';

const root = mkdtempSync(join(tmpdir(), 'leerhuis-kinds-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const NOW = new Date('2026-11-28T12:00:00Z');
const fm = (fields: string, body = 'Tekst.\n') => `---\n${fields.trim()}\n---\n${body}`;

/** A content folder with one or more mistakes of every kind the folder-level check knows. */
function contentCorpus(): Problem[] {
  const files: Record<string, string> = {
    'site.yaml':
      'name: Test\nbase: /leren/\nurl: https://intranet.example.nl\ncontact:\n  name: Team\ntrustedMdx: [blgo, zzzzzz]\nlogo: ./weg.svg\n',
    'tags.yaml': 'leren:\n  label: Leren\nFeedback geven:\n  label: Feedback\nexcel: Excel\n',
    'opleidingen/excel.md': fm(
      'title: Excel\ndescription: D.\nprovider: Intern\nmethod: Klasikaal\ndurationHours: 8,5\ncost: gratis\nlanguage: Nederlands\nlevel: 9\ncontact: Anna Jansen\nenrol: www.x.nl\nruns:\n  - { start: 15-03-2027, location: X, seats: 0 }\n  - { start: 2027-03-15, end: 2027-03-14, location: X }',
    ),
    'opleidingen/prijs.md': fm(
      'title: Prijs\ndescription: D.\nprovider: Intern\nmethod: webinar\ndurationHours: 8 uur\ncost: { amount: -1, paidBy: baas, currency: euro }\ntgas: [x]\nfoo: 1',
    ),
    'experts/anna-jansen.md': fm(
      'name: Anna Jansen\ndescription: D.\nrole: Adviseur\ndepartment: HR\nconsent: true\nemail: anna@\nphone: bel me\nlanguages: [Nederlands]\nphoto: ./anna.jpg\navailableFor: [koffie]',
    ),
    'experts/zonder.md': fm('name: Zonder\ndescription: D.\nrole: R\ndepartment: D'),
    'blog/welkom.md': fm(
      'title: Welkom\ndescription: D.\nauthors: [samenwerken, niemand]\npublishedAt: 2026-01-10\nupdatedAt: 2026-01-09\ncover: ./weg.jpg\nrelated: [concept, later, zonder, spook]\ntags: [lerne, onbekend]\nowner: excel',
      'Zie [Excel](/opleidingen/excel), [bron](../opleidingen/excel.md), [basis](/leren/opleidingen/excel/), [weg](/opleidingen/exel/), [kop](/opleidingen/excel/#kosten), [nergens](/over/ons/), [zelf](#nope), [concept](/blog/concept/), [later](/blog/later/)\n\n![x](./niet.png)\n\n# Kop\n',
    ),
    'blog/leeg.md': fm('title: Leeg\ndescription: D.\nauthors: [anna-jansen]\npublishedAt: 2026-01-10', ''),
    'blog/concept.md': fm(
      'title: C\ndescription: D.\nauthors: [anna-jansen]\npublishedAt: 2026-01-10\ndraft: true',
    ),
    'blog/later.md': fm('title: L\ndescription: D.\nauthors: [anna-jansen]\npublishedAt: 2099-01-01'),
    'blog/typen.md': fm(
      `title: 2026\ndescription: ${'x'.repeat(301)}\nauthors: []\npublishedAt: 20260110\ndraft: ja\nreviewEveryMonths: 0\nlang: Engels\ntags: leren\nreviewedAt: 2026-02-30`,
    ),
    'blog/code.mdx': fm(
      'title: M\ndescription: D.\nauthors: [anna-jansen]\npublishedAt: 2026-01-10',
      'Tekst\n',
    ),
    'blog/kop.md': 'Tekst zonder gegevens.\n',
    'blog/open.md': '---\ntitle: Open\n',
    'blog/laat.md': '\n---\ntitle: Laat\n---\n',
    'blog/lijst.md': '---\n- a\n- b\n---\n',
    'blog/yaml.md': '---\ntitle: a: b\n---\n',
    'blog/dubbel.md': '---\ntitle: A\ntitle: B\n---\n',
    'blog/tab.md': '---\ntitle: A\n\tdescription: B\n---\n',
    'blog/quote.md': '---\ntitle: "A\n---\n',
    'blog/haak.md': '---\ntags: [a, b\n---\n',
    'blog/ster.md': '---\ntitle: *a\n---\n',
    'paginas/zoeken.md': fm('title: Z\ndescription: D.\norder: -1'),
    'paginas/Mijn Pagina.md': fm('title: P\ndescription: D.'),
    'paginas/welkom.md': fm('title: Dubbel\ndescription: D.'),
    'blog/2.md': fm('title: Twee\ndescription: D.\nauthors: [anna-jansen]\npublishedAt: 2026-01-10'),
    'leerverhalen/verhaal.md': fm(
      'title: V\ndescription: D.\nauthor: Esra Demir\nlearned: L\napplied: A\npublishedAt: 2026-01-10\ncourses: [excel]',
    ),
    'leerverhalen/verhaal-2.md': fm(
      'title: V\ndescription: D.\nauthor: esra-demir\nlearned: L\napplied: A\npublishedAt: 2026-01-10\ncourses: [anna-jansen]',
    ),
    'leerverhalen/notitie.txt': 'x',
    'leerverhalen/Hoofd.MD': fm('title: H'),
    'competenties/samenwerken.md': fm(
      'title: S\ndescription: D.\ngroup: G\nlevels:\n  - { level: 1, description: A }\n  - { level: 1, description: B }',
    ),
    'competenties/leeg.md': fm('title: S\ndescription: D.\ngroup: G\nlevels: []\nesco: geen-uri'),
    'instrumenten/scan.md': fm(
      'title: Scan\ndescription: D.\nkind: zelfscan\nscale:\n  - { value: 1, label: Laag }\n  - { value: 2, label: Hoog }\ncompetencies:\n  - competency: samenwerken\n    statements: ["Ik luister goed.", "Ik luister goed!"]',
    ),
    'instrumenten/lange-scan.md': fm(
      `title: Lang\ndescription: D.\nkind: zelfscan\nscale:\n  - { value: 1, label: Laag }\n  - { value: 2, label: Hoog }\ncompetencies:\n  - competency: samenwerken\n    statements: [${Array.from({ length: 26 }, (_, i) => `"Uitspraak ${i + 1}."`).join(', ')}]`,
    ),
    'instrumenten/portfolio.md': fm(
      'title: P\ndescription: D.\nkind: gesprek\nsections:\n  - { title: S, questions: [{ question: Wat? }] }',
    ),
    'leerverhalen/nieuw.md': fm(
      'title: VUL-IN\ndescription: D.\nauthor: anna-jansen\nlearned: L\napplied: A\npublishedAt: 2026-01-10',
      '## Wat heb ik geleerd?\n\nVUL-IN: Excel.\n',
    ),
    'functies/adviseur.md': fm(
      'title: A\ndescription: D.\ndepartment: HR\ncompetencies:\n  - { competency: samenwerken, level: 4 }',
    ),
    'blgo/x.md': fm('title: X'),
    'leerverhalen/leeg.md': fm('title: L\ndescription: D.', ''),
    'opleidingen/leeg.md': fm('title: L\ndescription: D.', ''),
    'paginas/leeg.md': fm('title: L\ndescription: D.', ''),
    'opleidingen/zonder-contact.md': fm(
      'title: Z\ndescription: D.\nprovider: Intern\nmethod: webinar\ndurationHours: 2\ncost: { amount: 1, paidBy: werkgever, btw: 1 }\ncontact: Esra Demir\nruns:\n  - { start: 2027-01-01 }',
    ),
    'blog/goed.md': fm(
      'title: Goed\ndescription: D.\nauthors: [anna-jansen]\npublishedAt: 2026-01-10\nrelated: [concept, zonder]',
      '[a](/blog/concept/) [b](../../blog/nergens.md) [c](/leren/blog/goed/) [d](/blog/kop-en-meer/#iets-heel-anders)\n\n[e](/blog/goed/#goe)\n\n## Goed\n',
    ),
    'blog/eigenaar.md': fm(
      'title: E\ndescription: D.\nauthors: [anna-jansen]\npublishedAt: 2026-01-10\nowner: 5',
    ),
    'blog/kop-en-meer.md': fm(
      'title: K\ndescription: D.\nauthors: [anna-jansen]\npublishedAt: 2026-01-10',
      '## Eerste\n\n## Tweede\n',
    ),
    'blog/leeg-titel.md': fm('title: "  "\ndescription: D.\nauthors: [anna-jansen]\npublishedAt: 2026-01-10'),
    'blog/sleutel.md': '---\n? a\n: 1\n? a\n: 2\n---\nTekst\n',
    'blog/rest.md': '---\na: b\n- c\n---\nTekst\n',
    'experts/kenner.md': fm(
      'name: K\ndescription: D.\nrole: R\ndepartment: D\nconsent: true\nexpertise: [goed]',
    ),
    'competenties/luisteren.md': fm(
      'title: L\ndescription: D.\ngroup: G\nlevels:\n  - { level: 1, description: A }',
    ),
    'functies/luisteraar.md': fm(
      'title: L\ndescription: D.\ndepartment: HR\ncompetencies:\n  - { competency: luisteren, level: 3 }',
    ),
    'leerverhalen/over-niets.md': fm(
      'title: V\ndescription: D.\nauthor: anna-jansen\nlearned: L\napplied: A\npublishedAt: 2026-01-10\ncourses: [nergens]',
    ),
  };
  const dir = join(root, 'corpus', 'content');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const result = checkContent(dir, { now: NOW, cwd: dirname(dir) });
  const noSettings = checkContent(join(root, 'leeg'), { now: NOW, cwd: root });
  mkdirSync(join(root, 'kaal', 'blog'), { recursive: true });
  const bare = checkContent(join(root, 'kaal'), { now: NOW, cwd: root });
  writeFileSync(
    join(root, 'kaal', 'site.yaml'),
    'name: T\nurl: https://x.nl\ncontact:\n  name: T\ntrustedMdx: []\n',
  );
  writeFileSync(join(root, 'kaal', 'blog', 'a.mdx'), fm('title: A'));
  writeFileSync(join(root, 'kaal', 'tags.yaml'), '- a\n');
  const noMdx = checkContent(join(root, 'kaal'), { now: NOW, cwd: root });
  mkdirSync(join(root, 'stuk'), { recursive: true });
  writeFileSync(join(root, 'stuk', 'site.yaml'), '{}\n');
  writeFileSync(join(root, 'stuk', 'tags.yaml'), 'a:\n\tlabel: A\n');
  const broken = checkContent(join(root, 'stuk'), { now: NOW, cwd: root });
  return [
    ...result.problems,
    ...result.notices,
    ...noSettings.problems,
    ...bare.problems,
    ...noMdx.problems,
    ...broken.problems,
  ];
}

/**
 * Every field of every schema given a value of the wrong kind (a number, then a list): each
 * field's own message, with what it holds ("de titel", "een afdeling"), is reached.
 */
function everyFieldWrong(): ReturnType<typeof validate>[] {
  const wrong = (node: unknown, value: unknown): unknown => {
    let def = (
      node as {
        def?: {
          type: string;
          innerType?: unknown;
          in?: unknown;
          shape?: object;
          element?: unknown;
          options?: unknown[];
        };
      }
    ).def;
    while (def && (def.innerType || (def.type === 'pipe' && def.in)))
      def = (def.innerType ?? def.in) as typeof def;
    def = (def as { def?: typeof def })?.def ?? def;
    if (def?.type === 'object' && def.shape)
      return Object.fromEntries(Object.entries(def.shape).map(([k, v]) => [k, wrong(v, value)]));
    if (def?.type === 'array') return [wrong(def.element, value)];
    if (def?.type === 'union') return wrong(def.options?.[1] ?? def.options?.[0], value);
    return value;
  };
  const schemas = [...Object.values(collections).map((c) => c.schema), siteSchema, tagSchema];
  return schemas.flatMap((schema) => [
    validate('content/x.md', schema, wrong(schema, 12345)),
    validate('content/x.md', schema, wrong(schema, ['x'])),
  ]);
}

/** The self-scan and the conversation questionnaire (content/instrumenten). */
function toolCorpus(): ReturnType<typeof validate>[] {
  const base = { title: 'T', description: 'D.' };
  const scale = [
    { value: 2, label: 'Hoog' },
    { value: 1, label: 'Laag' },
  ];
  const schema = collections.instrumenten.schema;
  return [
    validate('x.md', schema, {
      ...base,
      kind: 'zelfscan',
      scale: Array.from({ length: 11 }, (_, i) => ({ value: i, label: `A${i}` })),
      competencies: [],
      sections: [{ title: 'S', questions: [] }],
    }),
    validate('x.md', schema, { ...base, kind: 'zelfscan', adviceFor: 3 }),
    validate('x.md', schema, { ...base, kind: 'gesprek', sections: [] }),
    validate('x.md', schema, {
      ...base,
      kind: 'gesprek',
      sections: [{ title: 'S', questions: [{ question: 'Wat?' }] }],
      competencies: [{ competency: 'a', statements: ['Ik luister.'] }],
    }),
    validate('x.md', schema, { ...base, kind: 'gesprek' }),
    validate('x.md', schema, {
      ...base,
      kind: 'gesprek',
      sections: [{ title: 'S', questions: [{ question: 'Hoe gaat het?', answer: 'schaal' }] }],
    }),
    validate('x.md', schema, {
      ...base,
      kind: 'zelfscan',
      scale,
      adviceFor: 3,
      competencies: [
        { competency: 'a', statements: ['Ik luister.', 'Ik luister.'] },
        { competency: 'a', statements: [] },
      ],
    }),
  ];
}

/** Values the schemas refuse, one problem kind each, and zod's own checks a new schema might use. */
function schemaCorpus(): Problem[] {
  const blog = { title: 'T', description: 'D.', authors: ['a'], publishedAt: '2026-01-10' };
  const adhoc = z.object({
    text: z.string(),
    number: z.number(),
    int: z.int(),
    list: z.array(z.string()).min(2).max(3),
    one: z.array(z.string()).min(1),
    date: z.date(),
    code: z.string().min(3).max(4),
    big: z.number().max(5),
    small: z.number().lt(5),
    url: z.url(),
    pattern: z.string().regex(/^a$/),
    yes: z.literal('ja'),
    either: z.union([z.number(), z.boolean()]),
    ten: z.number().multipleOf(10),
    group: z.object({ a: z.string() }),
    two: z.array(z.string()).min(2),
    refined: z.string().refine(() => false),
    short: z.string().max(4),
  });
  return [
    validate('x.md', adhoc, {
      text: 1,
      number: 'x',
      int: 1.5,
      list: ['a', 'b', 'c', 'd'],
      one: [],
      date: 'x',
      code: 'ab',
      big: 6,
      small: 5,
      url: 'x',
      pattern: 'b',
      yes: 'nee',
      either: 'x',
      ten: 5,
      group: [],
      two: ['a'],
      refined: 'x',
      short: 'abcdef',
    }),
    ...everyFieldWrong(),
    validate('x.md', blogSchema, { ...blog, title: null, publishedAt: new Date(Number.NaN) }),
    validate('x.md', expertSchema, {
      name: 'A',
      description: 'D.',
      role: 'R',
      department: 'D',
      photo: './a.pdf',
    }),
    validate('x.md', competentieSchema, { title: 'T', description: 'D.', group: 'G', levels: 'x' }),
    validate('x.md', opleidingSchema, { title: 'T', description: 'D.' }),
    validate('content/site.yaml', siteSchema, {
      name: 'N',
      contact: 'Team',
      accentColor: 'groen',
      base: 'leren',
      url: 'intranet',
      indexable: 'ja',
      trustedMdx: 'blog',
    }),
    validate('content/site.yaml', siteSchema, {
      name: 'N',
      contact: { name: 'T', url: 'x' },
      logo: './logo.pdf',
    }),
    validate('content/site.yaml', siteSchema, {}),
    validate('content/site.yaml', siteSchema, {
      name: 'N',
      contact: { name: 'T' },
      url: 'https://x.nl/?a=1',
    }),
    validate('content/site.yaml', siteSchema, {
      name: 'N',
      contact: { name: 'T' },
      url: 'https://x.nl/leren/',
    }),
    validate('content/site.yaml', siteSchema, {
      name: 'N',
      contact: { name: 'T' },
      url: 'https://x.nl',
      cms: { backend: 'gitlab', repo: 'leerhuis', branch: 'a b' },
    }),
    validate('content/site.yaml', siteSchema, {
      name: 'N',
      contact: { name: 'T' },
      url: 'https://x.nl',
      cms: { backend: 'github', repo: 'org/leerhuis' },
    }),
    validate('content/site.yaml', siteSchema, {
      name: 'N',
      contact: { name: 'T' },
      url: 'https://x.nl',
      cms: 'gitlab',
    }),
    validate('x.md', leerverhaalSchema, { author: { name: 1, role: 2, department: 'D' } }),
    validate('x.md', inlinePerson, { name: 1, role: 2 }),
    validate('x.md', opleidingSchema, {
      title: 'T',
      description: 'D.',
      provider: 'P',
      method: 'webinar',
      durationHours: 2,
      cost: { amount: 0, paidBy: 'werkgever' },
      runs: [
        { id: 'Voorjaar 2027', start: '2027-01-01', location: 'A' },
        { start: '2027-01-02', startTime: '9.30', location: 'A' },
        { start: '2027-01-03', endTime: '16:00', location: 'A' },
        { start: '2027-01-04', startTime: '13:00', endTime: '04:30', location: 'A' },
      ],
    }),
    validate('x.md', opleidingSchema, {
      title: 'T',
      description: 'D.',
      provider: 'P',
      method: 'webinar',
      durationHours: 2,
      cost: { amount: 0, paidBy: 'werkgever' },
      runs: [
        { start: '2027-01-03', startTime: '09:00', location: 'A' },
        { id: 'a', start: '2027-01-05', location: 'A' },
        { id: 'a', start: '2027-01-06', location: 'A' },
        { start: '2027-01-07', location: 'A' },
        { start: '2027-01-07', location: 'B' },
      ],
    }),
    ...toolCorpus(),
  ].flatMap((r) => (r.success ? [] : r.problems));
}

/** Raw HTML, addresses that run code, and SVG drawings with script. */
function safetyCorpus(): Problem[] {
  const body = [
    '<!-- notitie -->',
    '<!DOCTYPE html>',
    '<script>x</script> <iframe></iframe> <frame> <object></object> <embed> <style></style> <link> <meta> <base> <form></form> <svg></svg> <math></math> <img> <a>x</a> <marquee>x</marquee>',
    '<abbr onclick="x" style="x" class="x">a</abbr>',
    '[x](javascript:alert(1)) ![y](data:text/html,x)',
    '[d]: vbscript:x',
    '<details>\n<abbr title="x"',
  ].join('\n\n');
  const source = { file: 'content/leerverhalen/x.md', body, bodyLine: 5 };
  const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;
  return [
    ...markdownSafetyProblems(source),
    ...markdownSafetyProblems({ ...source, body: '<!-- open' }),
    ...markdownSafetyProblems({ ...source, body: '<!DOCTYPE open' }),
    ...markdownSafetyProblems({ ...source, body: '<![CDATA[ open' }),
    ...markdownSafetyProblems({ ...source, body: '<Callout>\n\n{oops' }, { trusted: true }),
    ...svgSafetyProblems(
      'logo.svg',
      svg('<script/><a onclick="x"/><a href="javascript:x"/><image href="https://elders.nl/a.png"/>'),
    ),
  ];
}

/** The check of the built site. */
function outputCorpus(): Problem[] {
  const page = (file: string, url: string, links: [string, boolean][], ids: string[] = []): OutputPage =>
    ({
      file,
      url,
      ids: new Set(ids),
      links: links.map(([value, loads]) => ({
        tag: loads ? 'img' : 'a',
        attr: loads ? 'src' : 'href',
        value,
        loads,
      })),
      inlineScripts: [],
      inlineStyles: [],
    }) as unknown as OutputPage;
  const pages = [
    page('index.html', '/leren/', [
      ['javascript:x', false],
      ['https://elders.nl/a.png', true],
      ['/elders/', false],
      ['/leren/a', false],
      ['/leren/b/', false],
      ['/leren/a/#nope', false],
    ]),
    page('404.html', '/leren/404.html', [['a/', false]]),
    page('a/index.html', '/leren/a/', [], ['kop']),
  ];
  return [
    ...outputLinkProblems(pages, {
      base: '/leren/',
      files: ['index.html', '404.html', 'a/index.html', 'bb/index.html'],
    }),
    ...missingPageProblems(
      [{ collection: 'blog', id: 'x', published: true, file: 'content/blog/x.md' }],
      [],
      '/leren/',
    ),
    ...routeConflicts([{ collection: 'blog', id: '3', published: true, file: 'content/blog/3.md' }]),
    ...contentLinkProblems([], { tags: [], now: NOW }),
    ...readFeed('<rss><channel><title>x</channel></rss>', 'feeds/a.xml', { base: '/leren/' }).problems,
    ...readFeed(
      '<rss><channel><link>/leren/</link><item><link>https://elders.nl/x</link></item></channel></rss>',
      'feeds/b.xml',
      { base: '/leren/', siteUrl: 'https://x.nl' },
    ).problems,
  ];
}

/** Every message key inside a message, its parameters included. */
function keysOf(message: Message, into = new Set<string>()): Set<string> {
  into.add(message.key);
  const visit = (value: Param): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isMessage(value)) keysOf(value, into);
    else if (typeof value === 'object' && value && 'items' in value) value.items.forEach(visit);
  };
  Object.values(message.params ?? {}).forEach(visit);
  return into;
}

const problems = [...contentCorpus(), ...schemaCorpus(), ...safetyCorpus(), ...outputCorpus()];

/** The messages of the command line and the build, which a problem does not carry. */
const EDGE_MESSAGES: Message[] = [
  counted('check.build.failed', 1),
  counted('check.build.failed', 2),
  msg('check.build.hint'),
  counted('check.cli.problems', 1, { entries: 3, ms: 5 }),
  counted('check.cli.problems', 2, { entries: 3, ms: 5 }),
  counted('check.cli.ok', 1, { published: 1, ms: 5 }),
  counted('check.cli.ok', 2, { published: 1, ms: 5 }),
  counted('check.cli.filesOk', 1, { ms: 5 }),
  counted('check.cli.filesOk', 2, { ms: 5 }),
  msg('check.cli.nothingStaged'),
  msg('check.cli.badArgument', { arguments: ['x'] }),
  msg('check.dev.allFixed'),
  msg('check.dev.stopped', { error: 'EACCES' }),
  counted('output.failed', 1),
  counted('output.failed', 2),
];

/** Keys that belong to the checker's messages (nouns are checked by rendering them all, below). */
const CHECKER_PREFIXES = /^(check|publication|output|unit|what)\./;

/** Keys no input reaches: a file the system cannot read (permissions), a value that is not there. */
const NOT_FROM_INPUT = [
  'check.file.unreadable',
  'check.value.nothing',
  // Two different questions whose 32-bit keys collide: one chance in four billion per pair.
  'check.tool.keyCollision',
];

/** English words that must not be left in a Dutch message (field names are never inside the message). */
const ENGLISH =
  /\b(must|should|is not|are not|cannot|missing|remove|write|did you mean|expected|invalid|required|mapping|entry|entries|front matter|received|the|and|or|not|field|value|link to|instead|please|check the|characters|number|list|file|folder|page)\b/i;
/** Dutch words that must not be left in an English message. */
const DUTCH =
  /\b(moet|niet|bedoel|ontbreekt|schrijf|gebruik|een|het|zijn|geen|bestand|veld|waarde|lijst|tekst|haal|zet|kies)\b/i;
/** Words that may stand in either language: examples to copy, names of files and fields. */
const EXAMPLES =
  /"[^"]*"|\[[^\]]*\]\([^)]*\)|\{[^}]*\}|<[^>]*>|\S+@\S+|\S*\/\S*|\S+\.(md|mdx|yaml|svg|png|jpg|pdf)\b|draft: true|consent: true|(author|cost|feedback|leren): .*|mailto:\S+|\b[a-z]+[A-Z]\w*\b|\b(title|description|label|name|role|department|amount|paidBy|trustedMdx|publishedAt|excel-basis|klassikaal|e-learning|blended|coaching|intervisie|webinar|zelfstudie|on-the-job|mentoring|werkgever|medewerker|gedeeld|opleidingsfonds|tekst|schaal|zelfscan|gesprek|kind|vragen|workshop|meelopen|online|nl|en|de|fr|blog|leerverhalen|opleidingen|experts|competenties|functies|paginas|npm run check|AVG|NLQF|ESCO|EUR|CDATA|SVG|MDX|HTML|Markdown|Git|tag|tags|id|ids)\b/g;

/** A rendered line without the parts that are the same in every language. */
const words = (line: string) => line.replace(EXAMPLES, ' ');

describe('every message kind, in Dutch and in English', () => {
  const reached = new Set<string>();
  for (const p of problems) keysOf(p.message, reached);
  for (const m of EDGE_MESSAGES) keysOf(m, reached);

  test('the corpus reaches every message key of the checker', () => {
    const checkerKeys = Object.keys(nl).filter((k) => CHECKER_PREFIXES.test(k));
    expect(checkerKeys.length).toBeGreaterThan(150);
    expect(checkerKeys.filter((k) => !reached.has(k) && !NOT_FROM_INPUT.includes(k))).toEqual([]);
  });

  test('every noun reads in its own language', () => {
    for (const key of Object.keys(nl).filter((k) => k.startsWith('noun.')) as UiKey[]) {
      const dutch = renderMessage('nl', msg(key, { file: 'content/tags.yaml' }));
      const english = renderMessage('en', msg(key, { file: 'content/tags.yaml' }));
      expect(words(english).match(DUTCH)?.[0], english).toBeUndefined();
      expect(dutch === english || !ENGLISH.test(words(dutch)), dutch).toBe(true);
    }
  });

  test('every problem line reads as Dutch in Dutch: no English left, no key or placeholder unfilled', () => {
    expect(problems.length).toBeGreaterThan(120);
    for (const p of problems) {
      const [line, message] = [formatProblem(p, 'nl'), renderMessage('nl', p.message)];
      expect(message, line).not.toMatch(/\{\w+\}|\b(check|publication|output|noun|what|unit)\.[a-z]/);
      expect(words(message).match(ENGLISH)?.[0], `English in: ${line}`).toBeUndefined();
    }
  });

  test('every problem line reads as English in English', () => {
    for (const p of problems) {
      const [line, message] = [formatProblem(p, 'en'), renderMessage('en', p.message)];
      expect(message, line).not.toMatch(/\{\w+\}|\b(check|publication|output|noun|what|unit)\.[a-z]/);
      expect(words(message).match(DUTCH)?.[0], `Dutch in: ${line}`).toBeUndefined();
    }
  });

  test('the command line and build messages are in the site language too', () => {
    for (const m of EDGE_MESSAGES) {
      const [dutch, english] = [renderMessage('nl', m), renderMessage('en', m)];
      expect(words(dutch).match(ENGLISH)?.[0], dutch).toBeUndefined();
      expect(words(english).match(DUTCH)?.[0], english).toBeUndefined();
    }
    expect(new ContentError(problems.slice(0, 2), 'nl').message).toMatch(/^2 problemen in de inhoud/);
  });

  test('the same placeholders in both languages for every key (no text is lost in one of them)', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as UiKey[]) expect(vars(en[key]), key).toEqual(vars(nl[key]));
  });
});

describe('the editor guide', () => {
  test('lists every message, as the checker words it (npm run docs:messages)', () => {
    const guide = readFileSync(join(import.meta.dirname, '../../docs/redacteuren.md'), 'utf8');
    expect(withMessageList(guide), 'run npm run docs:messages').toBe(guide);
    expect(
      messageList()
        .split('\n')
        .filter((l) => l.startsWith('- ')).length,
    ).toBeGreaterThan(150);
  });
});

import { rendered } from '../helpers/messages.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { contentLinkProblems, headingIds, type LinkedEntry } from '../../src/lib/content-links.ts';
import { parseMarkdown } from '../../src/lib/markdown-tree.ts';
import { routeConflicts, siteRoutes } from '../../src/lib/routes.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'leerhuis-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOW = new Date('2026-06-01T00:00:00Z');

function entry(
  collection: CollectionName,
  id: string,
  body: string,
  extra: Partial<LinkedEntry> = {},
): LinkedEntry {
  mkdirSync(join(dir, collection), { recursive: true });
  return {
    collection,
    id,
    file: `content/${collection}/${id}.md`,
    path: join(dir, collection, `${id}.md`),
    ext: '.md',
    body,
    bodyLine: 6,
    data: {},
    published: true,
    ...extra,
  };
}

const site = () => [
  entry('opleidingen', 'excel-basis', '## Wat je leert\n\nTekst.\n\n## Kosten en budget\n\nTekst.\n'),
  entry('blog', 'welkom', '## Wat is er nieuw?\n\nTekst.\n'),
  entry('paginas', 'leermogelijkheden', 'Geen koppen hier.\n'),
  entry('blog', 'concept', 'Nog niet klaar.\n', { published: false, data: { draft: true } }),
];

/** Problems for one story whose body is `text` (on body line 1, so file line 6). */
function check(text: string, options: { base?: string } = {}) {
  const story = entry('leerverhalen', 'mijn-verhaal', text);
  return rendered(
    contentLinkProblems([...site(), story], { tags: ['excel', 'leren'], now: NOW, ...options }),
  ).filter((p) => p.file === story.file);
}

describe('internal links that work pass', () => {
  it.each([
    ['root-relative entry', '[Excel](/opleidingen/excel-basis/)'],
    ['relative entry', '[Excel](../../opleidingen/excel-basis/)'],
    ['sibling relative', '[ander verhaal](../mijn-verhaal/)'],
    ['list page', '[alle opleidingen](/opleidingen/)'],
    ['home', '[home](/)'],
    ['free page at the root', '[budget](/leermogelijkheden/)'],
    ['tag page and tag index', '[excel](/tags/excel/) en [tags](/tags/)'],
    ['search', '[zoeken](/zoeken/?q=excel)'],
    ['heading on another page', '[kosten](/opleidingen/excel-basis/#kosten-en-budget)'],
    ['heading on this page', '## Mijn ervaring\n\n[terug](#mijn-ervaring)'],
    ['heading id with a question mark dropped', '[nieuw](/blog/welkom/#wat-is-er-nieuw)'],
    ['tools (checked after the build)', '[zelfscan](/instrumenten/zelfscan/)'],
    ['files (checked after the build)', '[pdf](/downloads/regeling.pdf)'],
    [
      'external, mail and phone',
      '[a](https://example.nl/x/) [b](mailto:a@example.nl) [c](tel:+31301234567) <https://example.nl>',
    ],
  ])('%s', (_name, text) => expect(check(text)).toEqual([]));
});

describe('broken internal links fail with file, line and the nearest target', () => {
  it('a typo in an entry id suggests the entry', () => {
    expect(check('Intro.\n\nZie [Excel](/opleidingen/excel-basic/).')).toEqual([
      {
        file: 'content/leerverhalen/mijn-verhaal.md',
        line: 8,
        message:
          'link "/opleidingen/excel-basic/" leads to no page on this site — did you mean \"/opleidingen/excel-basis/\"?',
      },
    ]);
  });
  it('a relative link is resolved from the page address', () => {
    expect(check('[Excel](../../opleidingen/excel-basic/)')[0]!.message).toMatch(
      /did you mean "\/opleidingen\/excel-basis\/"\?/,
    );
  });
  it('a page that does not exist at all says how to find the address', () => {
    expect(check('[x](/over-ons/historie/)')[0]!.message).toMatch(
      /leads to no page on this site — copy the address/,
    );
  });
  it('a missing slash at the end', () => {
    expect(check('[Excel](/opleidingen/excel-basis)')[0]!.message).toBe(
      'link "/opleidingen/excel-basis" lacks the slash at the end — write /opleidingen/excel-basis/',
    );
  });
  it('a link to a draft names the draft', () => {
    expect(check('[later](/blog/concept/)')[0]!.message).toBe(
      'link "/blog/concept/" points to content/blog/concept.md, which is a draft (draft: true) — remove the link, or remove "draft: true" from content/blog/concept.md',
    );
  });
  it('a link that repeats the base path', () => {
    expect(check('[Excel](/leren/opleidingen/excel-basis/)', { base: '/leren/' })[0]!.message).toBe(
      'link "/leren/opleidingen/excel-basis/" includes the base path /leren/ — leave it out (write /opleidingen/excel-basis/); the build adds it',
    );
  });
  it('a link to a source file suggests the page', () => {
    expect(check('[Excel](../../opleidingen/excel-basis.md)')[0]!.message).toMatch(
      /points to a source file, which is not a page on the site — link to \/opleidingen\/excel-basis\/ instead/,
    );
  });
  it('a heading that does not exist on another page suggests the nearest', () => {
    expect(check('[kosten](/opleidingen/excel-basis/#kosten-en-budgetten)')[0]!.message).toBe(
      'link "/opleidingen/excel-basis/#kosten-en-budgetten": /opleidingen/excel-basis has no heading with the id "kosten-en-budgetten" — did you mean \"#kosten-en-budget\"?'.replace(
        '/opleidingen/excel-basis has',
        '/opleidingen/excel-basis/ has',
      ),
    );
  });
  it('a heading anchor on this page lists its headings when nothing is near', () => {
    expect(check('## Aanleiding\n\n## Resultaat\n\n[x](#conclusie-en-vervolgstappen)')[0]).toMatchObject({
      line: 10,
      message:
        'link "#conclusie-en-vervolgstappen": this page has no heading with the id "conclusie-en-vervolgstappen" — its headings are #aanleiding, #resultaat',
    });
  });
  it('a heading on a page without headings', () => {
    expect(check('[x](/leermogelijkheden/#budget)')[0]!.message).toMatch(
      /has no heading with the id "budget" — it has no headings/,
    );
  });
  it('a reference definition is checked where it is defined', () => {
    expect(check('[Excel][e]\n\n[e]: /opleidingen/exel-basis/')[0]).toMatchObject({
      line: 8,
      message: expect.stringMatching(/did you mean "\/opleidingen\/excel-basis\/"/),
    });
  });
  it('an image next to the entry must exist', () => {
    writeFileSync(join(dir, 'leerverhalen', 'foto.jpg'), '');
    expect(check('![Foto](./foto.jpg)')).toEqual([]);
    expect(check('![Foto](./Foto.JPG)')[0]!.message).toMatch(
      /image "\.\/Foto\.JPG" does not exist next to this file/,
    );
  });
  it('drafts may link anywhere (they are not published)', () => {
    const draft = entry('blog', 'schets', '[x](/nergens/)', { published: false });
    expect(contentLinkProblems([...site(), draft], { tags: [], now: NOW })).toEqual([]);
  });
});

describe('heading ids are the ones Astro gives the page', () => {
  const body = [
    '## Wat kost het?',
    '## Kosten & budget',
    '## Vragen',
    '## Vragen',
    '## Casuïstiek in de praktijk',
    "## Wat 'leren' echt is -- volgens mij...",
    '## Werken met `git` en <abbr title="Algemene verordening gegevensbescherming">AVG</abbr>',
    '## [Een link](/blog/welkom/) in de kop',
    '## Een *nadruk* en **vet**',
    '## 2026: het jaar van het leren',
  ].join('\n\n');

  it('match the ids of the Markdown processor Astro renders with', async () => {
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
    const rendered = await processor.render(body, {});
    const astroIds = (rendered.metadata.headings as { slug: string }[]).map((h) => h.slug);
    expect(headingIds(parseMarkdown(body))).toEqual(astroIds);
    expect(astroIds.slice(0, 5)).toEqual([
      'wat-kost-het',
      'kosten--budget',
      'vragen',
      'vragen-1',
      'casuïstiek-in-de-praktijk',
    ]);
  });
});

describe('route table', () => {
  it('lists home, the site sections (the editors’ pages too), list pages, tag pages and published entries — not drafts', () => {
    const routes = siteRoutes(site(), ['excel']);
    expect([...routes.keys()].sort()).toEqual(
      [
        '',
        'agenda/',
        'blog/',
        'blog/welkom/',
        'competenties/',
        'experts/',
        'functies/',
        'instrumenten/',
        'leermogelijkheden/',
        'leerverhalen/',
        'opleidingen/',
        'opleidingen/excel-basis/',
        'redactie/',
        'redactie/nakijken/',
        'tags/',
        'tags/excel/',
        'zoeken/',
      ].sort(),
    );
  });
  it('refuses an all-digit id where it would take a page of the list (Astro would only warn)', () => {
    expect(
      rendered(
        routeConflicts([
          entry('blog', '2', 'x'),
          entry('blog', '2026-terugblik', 'x'),
          entry('paginas', '404x', 'x'),
        ]),
      ),
    ).toEqual([
      {
        file: 'content/blog/2.md',
        message:
          'id "2" would take /blog/2/, the address of page 2 of the list — rename the file so its name has a letter in it',
      },
    ]);
  });
});

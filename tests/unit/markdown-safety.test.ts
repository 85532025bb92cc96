import { rendered } from '../helpers/messages.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'parse5';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ALLOWED_ELEMENTS, GLOBAL_ATTRIBUTES } from '../../src/lib/html-allowlist.ts';
import { dangerousScheme } from '../../src/lib/html-tokens.ts';
import { markdownSafetyProblems } from '../../src/lib/markdown-safety.ts';
import { svgSafetyProblems } from '../../src/lib/svg-safety.ts';

/** Each input sits on body line 3 of a file whose body starts on line 8, so line 10 is its first line. */
const BODY_LINE = 8;
const check = (input: string, options = {}) =>
  rendered(
    markdownSafetyProblems(
      {
        file: 'content/leerverhalen/x.md',
        body: `Een gewone eerste alinea.\n\n${input}\n\nEn een slot.\n`,
        bodyLine: BODY_LINE,
      },
      options,
    ),
  );
const lineOf = (offset = 0) => BODY_LINE + 2 + offset;

/** [name, input, line offset within the input, what the message must say] */
const HOSTILE: [string, string, number, RegExp][] = [
  ['script element', '<script>alert(1)</script>', 0, /raw HTML <script> is not allowed/],
  ['uppercase script with remote source', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>', 0, /<script>/],
  ['mixed-case inline script', 'Tekst <ScRiPt>alert(1)</sCrIpT> tekst', 0, /<script>/],
  ['img with onerror, no quotes', '<img src=x onerror=alert(1)>', 0, /<img>.*Markdown image/],
  [
    'event handler on an allowed element',
    '<abbr title="x" onmouseover="alert(1)">AVG</abbr>',
    0,
    /onmouseover.*event handlers/,
  ],
  ['unquoted handler on kbd', '<kbd onclick=alert(1)>Ctrl</kbd>', 0, /onclick/],
  ['handler on the next line of a tag', '<kbd\nonclick=alert(1)>Ctrl</kbd>', 1, /onclick/],
  [
    'details ontoggle (fires without a click)',
    '<details open ontoggle=alert(1)><summary>x</summary></details>',
    0,
    /ontoggle/,
  ],
  ['svg onload', '<svg onload=alert(1)>', 0, /<svg>/],
  ['svg with a script inside', '<svg><script>alert(1)</script></svg>', 0, /<svg>/],
  [
    'math with a javascript link',
    '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>',
    0,
    /<math>/,
  ],
  ['iframe', '<iframe src="https://evil.example/"></iframe>', 0, /<iframe>.*link to the page/],
  ['iframe srcdoc', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', 0, /<iframe>/],
  ['object', '<object data="javascript:alert(1)"></object>', 0, /<object>/],
  ['embed', '<embed src="film.swf">', 0, /<embed>/],
  ['style element', '<style>body { display: none }</style>', 0, /<style>/],
  ['style attribute', '<mark style="background:url(javascript:alert(1))">x</mark>', 0, /style=.*not allowed/],
  ['form', '<form action="https://evil.example/"><button>Verstuur</button></form>', 0, /<form>/],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', 0, /<meta>/],
  ['base', '<base href="https://evil.example/">', 0, /<base>/],
  ['link stylesheet', '<link rel=stylesheet href=https://evil.example/x.css>', 0, /<link>/],
  ['body onload (merged into the real body)', '<body onload=alert(1)>', 0, /<body>/],
  ['template hiding a script', '<template><script>alert(1)</script></template>', 0, /<template>/],
  ['input autofocus onfocus', '<input autofocus onfocus=alert(1)>', 0, /<input>/],
  ['raw anchor with javascript', '<a href="javascript:alert(1)">klik</a>', 0, /<a>.*Markdown link/],
  [
    'entity-encoded cite on an allowed element',
    '<q cite="&#x6A;avascript:alert(1)">x</q>',
    0,
    /<q cite>.*"javascript:"/,
  ],
  ['Markdown link to javascript:', '[klik](javascript:alert(1))', 0, /link .* "javascript:" address/],
  ['decimal entity in the scheme', '[klik](&#106;avascript:alert(1))', 0, /"javascript:"/],
  ['named entity for the colon', '[klik](javascript&colon;alert(1))', 0, /"javascript:"/],
  ['percent-encoded colon', '[klik](javascript%3Aalert(1))', 0, /"javascript:"/],
  ['tab inside the scheme', '[klik](<java\tscript:alert(1)>)', 0, /"javascript:"/],
  ['encoded newline inside the scheme', '[klik](java&#10;script:alert(1))', 0, /"javascript:"/],
  ['invisible zero-width space in the scheme', '[klik](java\u200bscript:alert(1))', 0, /"javascript:"/],
  ['double-encoded entity', '[klik](&amp;#106;avascript:alert(1))', 0, /"javascript:"/],
  ['mixed-case scheme', '[klik](JaVaScRiPt:alert(1))', 0, /"javascript:"/],
  ['vbscript', '[klik](vbscript:msgbox(1))', 0, /"vbscript:"/],
  [
    'data: page in a link',
    '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    0,
    /"data:" address/,
  ],
  ['data: image', '![logo](data:image/svg+xml;base64,PHN2Zz4=)', 0, /image .*"data:"/],
  ['image with a javascript source', '![x](javascript:alert(1))', 0, /image .*"javascript:"/],
  [
    'reference link whose definition is javascript',
    '[klik][hier]\n\n[hier]: javascript:alert(1)',
    2,
    /link definition .*"javascript:"/,
  ],
  [
    'definition in angle brackets with a title',
    '[hier]\n\n[hier]: <JAVASCRIPT:alert(1)> "Titel"',
    2,
    /link definition/,
  ],
  ['autolink with javascript', '<javascript:alert(1)>', 0, /"javascript:"/],
  ['uppercase autolink with vbscript', '<VBSCRIPT:msgbox(1)>', 0, /"vbscript:"/],
  ['HTML comment hiding a script', '<!-- <script>alert(1)</script> -->', 0, /HTML comment/],
  ['abruptly closed comment <!--> followed by a script', '<!--><script>alert(1)</script>-->', 0, /<script>/],
  ['comment closed with --!> followed by an img', '<!-- x --!><img src=x onerror=alert(1)> -->', 0, /<img>/],
  ['conditional comment', '<!--[if IE]><script>alert(1)</script><![endif]-->', 0, /HTML comment|<script>/],
  ['processing instruction', '<?php echo 1; ?>', 0, /not allowed|comment/],
  [
    'script on the third line of an HTML block',
    '<details>\n<summary>Meer</summary>\n<script>alert(1)</script>\n</details>',
    2,
    /<script>/,
  ],
  ['script in a blockquote', '> Citaat\n> <script>alert(1)</script>', 1, /<script>/],
  ['img in a list item', '- punt\n- <img src=x onerror=alert(1)>', 1, /<img>/],
  ['script in a table cell', '| a | b |\n| - | - |\n| <script>alert(1)</script> | x |', 2, /<script>/],
  [
    'unfinished tag that swallows what follows',
    '<details title="\n\nTekst" onmouseover="alert(1)',
    0,
    /unfinished HTML tag/,
  ],
  [
    'handler on a later line of a multi-line tag',
    '<abbr\n  title="x"\n  onfocus="alert(1)">AVG</abbr>',
    2,
    /onfocus/,
  ],
];

describe('hostile content is refused, with file and line', () => {
  it('has a corpus of at least 30 hostile inputs', () => expect(HOSTILE.length).toBeGreaterThanOrEqual(30));

  it.each(HOSTILE)('%s', (_name, input, offset, message) => {
    const problems = check(input);
    expect(problems.length, `no problem reported for ${JSON.stringify(input)}`).toBeGreaterThan(0);
    const hit = problems.find((p) => message.test(p.message));
    expect(hit, `messages: ${problems.map((p) => p.message).join(' | ')}`).toBeDefined();
    expect(hit).toMatchObject({ file: 'content/leerverhalen/x.md', line: lineOf(offset) });
    expect(hit!.message).toMatch(/ — /); // every message says how to fix it
  });
});

/** Ordinary things editors write, which must pass. */
const BENIGN: [string, string][] = [
  ['GFM table', '| Kolom | Waarde |\n| --- | ---: |\n| a | 1 |\n| b | 2 |'],
  ['abbr with title', 'De <abbr title="Algemene verordening gegevensbescherming">AVG</abbr> geldt.'],
  ['kbd', 'Druk op <kbd>Ctrl</kbd> + <kbd>C</kbd>.'],
  [
    'details with summary and Markdown inside',
    '<details>\n<summary>Meer lezen</summary>\n\nTekst met **nadruk**.\n\n</details>',
  ],
  [
    'sup, sub, mark, small, br',
    'H<sub>2</sub>O en m<sup>2</sup>, <mark>let op</mark>, <small>klein</small><br>nieuwe regel',
  ],
  [
    'HTML table with scope and colspan',
    '<table>\n<caption>Budget</caption>\n<tr><th scope="col">Jaar</th><th scope="col" colspan="2">Bedrag</th></tr>\n<tr><td>2026</td><td colspan=2>€ 1.500</td></tr>\n</table>',
  ],
  [
    'fenced code block with a script',
    '```html\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n```',
  ],
  ['indented code block with a script', '    <script>alert(1)</script>'],
  ['inline code with a script', 'Schrijf nooit `<script>alert(1)</script>` in een verhaal.'],
  ['escaped angle bracket', '\\<script>alert(1)\\</script> is hier gewone tekst.'],
  ['entities as text', '&lt;script&gt; is tekst, net als 1 &lt; 2.'],
  ['comparison signs in text', 'Als 1 < 2 en 3 > 2, dan klopt het.'],
  [
    'ordinary links',
    '[site](https://example.nl/) [mail](mailto:leren@example.nl) [bel](tel:+31305554000) [kop](#budget) [cursus](/opleidingen/excel-basis/) [relatief](../excel-basis/)',
  ],
  [
    'link whose path mentions javascript',
    '[cursus](/opleidingen/javascript-basis/) over javascript: de taal.',
  ],
  ['image next to the entry', '![Groep collega’s bij de training](./training.jpg)'],
  ['autolinks and literal www', '<https://example.nl/> en www.example.nl en <leren@example.nl>'],
  ['link title with quotes', '[x](https://example.nl/ "titel\\" onmouseover=\\"alert(1)")'],
  ['reference link', '[het handboek][hb]\n\n[hb]: https://example.nl/handboek "Handboek"'],
  [
    'time and q with a web cite',
    '<time datetime="2026-03-15">15 maart</time> en <q cite="https://example.nl/">citaat</q>',
  ],
  ['footnote', 'Een bewering.[^1]\n\n[^1]: De bron.'],
  ['not a tag to Markdown, so shown as text', '<sup/onmouseover=alert(1)>1 en <a href="x"/onclick=1>y'],
];

describe('ordinary content passes', () => {
  it.each(BENIGN)('%s', (_name, input) => {
    expect(check(input)).toEqual([]);
  });
});

describe("what passes the check is also harmless in Astro's Markdown processor (Sätteri)", () => {
  // The check reads Markdown with micromark; the site renders it with Sätteri. If the two
  // ever disagreed about what is raw HTML, this is where it shows.
  it.each(BENIGN)('%s renders without script, handlers or script URLs', (_name, input) => {
    const { html } = markdownToHtml(input);
    const found: string[] = [];
    const visit = (node: {
      nodeName: string;
      attrs?: { name: string; value: string }[];
      childNodes?: unknown[];
      content?: unknown;
    }) => {
      if (['script', 'iframe', 'object', 'embed', 'style', 'svg', 'math'].includes(node.nodeName))
        found.push(node.nodeName);
      for (const a of node.attrs ?? []) {
        if (a.name.startsWith('on')) found.push(a.name);
        if (dangerousScheme(a.value)) found.push(`${a.name}=${a.value}`);
      }
      for (const child of (node.childNodes ?? []) as (typeof node)[]) visit(child);
    };
    visit(parse(html) as never);
    expect(found).toEqual([]);
  });
});

describe('trusted MDX', () => {
  it('may use its own components and markup', () => {
    expect(
      check('<Callout type="tip">Let op</Callout>\n\n<div class="kader">x</div>', { trusted: true }),
    ).toEqual([]);
  });
  it('reports an MDX syntax error with its line instead of crashing', () => {
    expect(check('<Callout>\n\n{oops', { trusted: true })).toEqual([
      expect.objectContaining({
        line: lineOf(0),
        message: expect.stringMatching(/^the MDX markup is wrong on this line — check/),
      }),
    ]);
  });
  it('still may not link to javascript: (Markdown or JSX)', () => {
    const problems = check('[klik](javascript:alert(1))\n\n<a href="javascript:alert(1)">klik</a>', {
      trusted: true,
    });
    expect(problems.map((p) => p.line)).toEqual([lineOf(0), lineOf(2)]);
  });
});

describe('dangerousScheme', () => {
  it.each([
    ['javascript:alert(1)', 'javascript:'],
    [' \u0001JAVASCRIPT:x', 'javascript:'],
    ['java%09script:x', 'javascript:'],
    ['data:image/png;base64,AAAA', 'data:'],
  ])('%j → %s', (url, scheme) => expect(dangerousScheme(url)).toBe(scheme));
  it.each([
    'https://example.nl/',
    '/blog/javascript-basis/',
    'mailto:a@b.nl',
    '#data',
    './data.png',
    'metadata:x',
  ])('%j is fine', (url) => expect(dangerousScheme(url)).toBeUndefined());
});

describe('the editor guide lists exactly what the check allows', () => {
  const guide = readFileSync(resolve(import.meta.dirname, '../../docs/redacteuren.md'), 'utf8');
  const section = guide.slice(guide.indexOf('## Welke HTML je mag gebruiken'));
  const part = (start: string, end: string) =>
    section.slice(section.indexOf(start), section.indexOf(end, section.indexOf(start)));

  it('elements', () => {
    const listed = [
      ...part('**Toegestane elementen:**', '**Toegestane attributen:**').matchAll(/`<([a-z0-9]+)>`/g),
    ].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(ALLOWED_ELEMENTS).sort());
  });
  it('attributes', () => {
    const table = part('**Toegestane attributen:**', '**Niet toegestaan**');
    expect(table).toContain(
      GLOBAL_ATTRIBUTES.map((a) => `\`${a}\``)
        .join(', ')
        .replace(/, (`[a-z]+`)$/, ' en $1'),
    );
    const documented: Record<string, string[]> = {};
    for (const [, elements, attributes] of table.matchAll(/^\| (`<.+?>`(?:, `<.+?>`)*) \| (.+) \|$/gm)) {
      for (const [, el] of elements!.matchAll(/`<([a-z]+)>`/g))
        documented[el!] = [...attributes!.matchAll(/`([a-z]+)`/g)].map((m) => m[1]!).sort();
    }
    const allowed = Object.fromEntries(
      Object.entries(ALLOWED_ELEMENTS)
        .filter(([, a]) => a.length)
        .map(([el, a]) => [el, [...a].sort()]),
    );
    expect(documented).toEqual(allowed);
  });
});

describe('SVG images carry no script', () => {
  const svg = (inner: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n${inner}\n</svg>`;
  it.each([
    ['script element', '<script>alert(1)</script>', /<script> in an SVG image runs code/],
    ['onload on the root', '<g onload="alert(1)"/>', /onload/],
    [
      'foreignObject with HTML',
      '<foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><img src=x onerror=alert(1)></body></foreignObject>',
      /<foreignobject>/,
    ],
    ['javascript link', '<a xlink:href="javascript:alert(1)"><text>x</text></a>', /"javascript:" address/],
    [
      'image from another server',
      '<image href="https://tracker.example/p.png"/>',
      /loads https:\/\/tracker\.example\/p\.png from another server/,
    ],
    [
      'animate setting an href to javascript',
      '<a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a>',
      /<animate/,
    ],
  ])('%s', (_name, inner, message) => {
    const problems = rendered(svgSafetyProblems('/leren/_astro/tekening.svg', svg(inner)));
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(message));
    expect(problems[0]).toMatchObject({ file: '/leren/_astro/tekening.svg', line: 2 });
  });
  it('an ordinary drawing passes', () => {
    expect(
      svgSafetyProblems(
        'logo.svg',
        svg(
          '<title>Logo</title><path d="M0 0h10v10z" fill="#0d5c6b"/><use href="#a"/><image href="data:image/png;base64,AAAA"/>',
        ),
      ),
    ).toEqual([]);
  });
});

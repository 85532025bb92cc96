/**
 * `npm run digest` as an editor runs it, on the digest fixture with "today" pinned: the mail
 * holds exactly the news and runs of the period, its HTML is mail-safe (no script, no external
 * stylesheet, only full addresses, 600 px), the .eml parses back into the same subject, HTML
 * and text, English sites get English mail, and every bad input fails with its message and
 * writes nothing. The digest never starts Astro, so each run takes about a second. (That the
 * sample site's newsletter links only to built pages is checked in tests/e2e/feeds.test.ts.)
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site.ts';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

const fixture = resolve(projectRoot, 'tests/fixtures/digest/content');
const tmp = mkdtempSync(join(tmpdir(), 'leerhuis-digest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  output: string;
  files: string[];
}

let runs = 0;
/** Runs the digest into a fresh folder; returns its exit code, output and the files it wrote. */
function digest(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const out = join(tmp, `out-${++runs}`);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/digest.ts', ...args, '--out', out], {
      cwd: projectRoot,
      env: { ...process.env, LEERHUIS_CONTENT: fixture, LEERHUIS_NOW: '2026-12-05', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) =>
      done({ code, output, files: existsSync(out) ? readdirSync(out).map((f) => join(out, f)) : [] }),
    );
  });
}

function elementsOf(node: Node, found: Element[] = []): Element[] {
  if ('tagName' in node) found.push(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) elementsOf(child, found);
  return found;
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

const SITE = 'https://intranet.example.nl/leren/';
const NEWS = [
  'blog/laatste-dag/',
  'blog/in-periode/',
  'blog/eerste-dag/',
  'leerverhalen/verhaal-in-periode/',
  'leerverhalen/english-story/',
  'opleidingen/nieuwe-cursus/',
];
const RUNS = [
  'opleidingen/nieuwe-cursus/',
  'opleidingen/latere-cursus/',
  'opleidingen/bestaande-cursus/',
  'opleidingen/nieuwe-cursus/',
];

describe('the newsletter of November 2026', () => {
  let result: Run;
  let html = '';
  let text = '';
  let eml: Buffer;
  let elements: Element[] = [];
  const file = (ext: string) => result.files.find((f) => f.endsWith(`.${ext}`))!;

  beforeAll(async () => {
    result = await digest(['--since', '2026-11-01', '--until', '2026-11-30']);
    expect(result.code, result.output).toBe(0);
    html = readFileSync(file('html'), 'utf8');
    text = readFileSync(file('txt'), 'utf8');
    eml = readFileSync(file('eml'));
    elements = elementsOf(parse(html));
  }, 60_000);

  it('writes the three files, named after the period, and says what it wrote', () => {
    expect(result.files.map((f) => f.split('/').pop()).sort()).toEqual([
      'nieuwsbrief-2026-11-01-2026-11-30.eml',
      'nieuwsbrief-2026-11-01-2026-11-30.html',
      'nieuwsbrief-2026-11-01-2026-11-30.txt',
    ]);
    expect(result.output).toContain(
      '✓ Nieuwsbrief over 1–30 november 2026 geschreven: Blog 3 · Leerverhalen 2 · Opleidingen 1 · Uitvoeringen 4.',
    );
  });

  it('holds exactly the news of the period and the runs of the four weeks after it, in order', () => {
    const entryLinks = elements
      .filter((e) => e.tagName === 'a')
      .map((a) => attr(a, 'href')!)
      .filter((href) => /\/(blog|leerverhalen|opleidingen)\//.test(href))
      .map((href) => href.replace(SITE, ''));
    expect(entryLinks).toEqual([...NEWS, ...RUNS]);
    for (const title of [
      'Op de laatste dag',
      'Midden in de maand',
      'Mijn eerste draaitabel',
      'Learning in English',
      'Excel voor gevorderden',
      'Later toegevoegd',
      'Schrijven op B1',
    ])
      expect(text).toContain(title);
    for (const left of [
      'Net te vroeg',
      'Net te laat',
      'Nog een concept',
      'Uit de toekomst',
      'Een oud verhaal',
      'Cursus in concept',
      'Piet Zonder',
    ])
      expect(html + text, left).not.toContain(left);
    expect(text).toMatch(/1–2 december 2026\s+Excel voor gevorderden/);
    expect(text).toContain('Stadhuis · 12 plaatsen');
    expect(text).toContain('Klassikaal · 8 uur · Geen kosten voor jou');
    expect(text).toContain('10 november 2026 · Door Anna Jansen');
    expect(text).toContain('met een ampersand <en> haakjes');
  });

  it('names the contact point, with mail and phone links', () => {
    const hrefs = elements.filter((e) => e.tagName === 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toContain('mailto:leren@example.nl');
    expect(hrefs).toContain('tel:0301234567');
    expect(text).toContain('Team Leren & Ontwikkelen');
  });

  it('is mail-safe HTML: no script, no external stylesheet or font, only full addresses, 600 px wide', () => {
    expect(elements.some((e) => e.tagName === 'script')).toBe(false);
    expect(html).not.toMatch(/<script/i);
    expect(elements.filter((e) => e.tagName === 'link')).toEqual([]);
    expect(html).not.toMatch(/@import|fonts\.googleapis/);
    const addresses = elements.flatMap((e) =>
      ['href', 'src', 'background', 'action'].flatMap((name) =>
        attr(e, name) === undefined ? [] : [attr(e, name)!],
      ),
    );
    expect(addresses.length).toBeGreaterThanOrEqual(14);
    for (const address of addresses)
      expect(address, address).toMatch(/^(https:\/\/intranet\.example\.nl\/leren\/|mailto:|tel:)/);
    for (const img of elements.filter((e) => e.tagName === 'img')) {
      expect(attr(img, 'alt'), 'every image has a text alternative').toBeDefined();
      expect(attr(img, 'src')).toMatch(/^https:\/\//);
    }
    expect(html).toContain('max-width:600px');
    expect(html).toMatch(/<html lang="nl"/);
    // Readable in dark mode: the scheme is declared and the colours switch with it.
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    // An English story in a Dutch mail carries its language.
    const english = elements.find((e) => attr(e, 'lang') === 'en');
    expect(
      english && elementsOf(english).some((e) => attr(e, 'href') === `${SITE}leerverhalen/english-story/`),
    ).toBe(true);
  });

  it('is an .eml that parses back into the same subject, HTML and text, ready to send', async () => {
    const mail = await simpleParser(eml);
    expect(mail.subject).toBe('Nieuwsbrief Leerhuis Testorganisatie: 1–30 november 2026');
    expect(mail.html).toBe(html);
    expect(mail.text?.trimEnd()).toBe(text.trimEnd());
    expect((mail.headers.get('content-type') as { value: string }).value).toBe('multipart/alternative');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.from?.value).toEqual([{ name: 'Team Leren & Ontwikkelen', address: 'leren@example.nl' }]);
    const raw = eml.toString('latin1');
    expect(raw.match(/Content-Type: text\/(plain|html); charset=utf-8/gi)).toHaveLength(2);
  });
});

describe('options and languages', () => {
  it('takes the recipients from --to and the sender from --from', async () => {
    const result = await digest([
      '--since',
      '2026-11-01',
      '--until',
      '2026-11-30',
      '--to',
      'Alle medewerkers <iedereen@example.nl>',
      '--from',
      'nieuws@example.nl',
    ]);
    expect(result.code, result.output).toBe(0);
    const mail = await simpleParser(readFileSync(result.files.find((f) => f.endsWith('.eml'))!));
    expect(mail.to && 'value' in mail.to && mail.to.value).toEqual([
      { name: 'Alle medewerkers', address: 'iedereen@example.nl' },
    ]);
    expect(mail.from?.value).toEqual([{ name: '', address: 'nieuws@example.nl' }]);
  });

  it('writes English mail for an English site', async () => {
    const content = join(tmp, 'english', 'content');
    cpSync(fixture, content, { recursive: true });
    const settings = readFileSync(join(content, 'site.yaml'), 'utf8');
    writeFileSync(join(content, 'site.yaml'), settings.replace('defaultLocale: nl', 'defaultLocale: en'));
    const result = await digest(['--since', '2026-11-01', '--until', '2026-11-30'], {
      LEERHUIS_CONTENT: content,
    });
    expect(result.code, result.output).toBe(0);
    const mail = await simpleParser(readFileSync(result.files.find((f) => f.endsWith('.eml'))!));
    // British English writes a range with thin spaces around the dash.
    expect(mail.subject).toBe('Newsletter Leerhuis Testorganisatie: 1\u2009–\u200930 November 2026');
    expect(mail.html).toMatch(/<html lang="en"/);
    expect(mail.text).toContain('New on the blog');
    expect(mail.text).toContain('Stories from colleagues');
    expect(result.files.map((f) => f.split('/').pop())).toContain('newsletter-2026-11-01-2026-11-30.eml');
    const quiet = await digest(['--since', '2026-11-21', '--until', '2026-11-25'], {
      LEERHUIS_CONTENT: content,
    });
    expect(quiet.output).toContain(
      '✗ Nothing new between 21 November 2026 and 25 November 2026; no mail written.',
    );
  });
});

describe('bad input: a clear message and nothing written', () => {
  const brokenContent = join(tmp, 'no-url', 'content');
  beforeAll(() => {
    cpSync(fixture, brokenContent, { recursive: true });
    const settings = readFileSync(join(brokenContent, 'site.yaml'), 'utf8');
    writeFileSync(join(brokenContent, 'site.yaml'), settings.replace(/^url: .*\n/m, ''));
  });

  it.each([
    [
      ['--since', '2026-02-30'],
      '✗ --since "2026-02-30" bestaat niet in de kalender — kies een datum die bestaat; geen mail geschreven.',
    ],
    [
      ['--since', '30-11-2026'],
      '✗ --since "30-11-2026" is geen datum — schrijf hem als 2026-11-01 (jaar-maand-dag); geen mail geschreven.',
    ],
    [
      ['--since', '2026-11-30', '--until', '2026-11-01'],
      '✗ --until 2026-11-01 ligt vóór --since 2026-11-30 — de periode eindigt op of na het begin; geen mail geschreven.',
    ],
    [
      ['--since', '2026-11-21', '--until', '2026-11-25'],
      '✗ Niets nieuws tussen 21 november 2026 en 25 november 2026; geen mail geschreven.',
    ],
    [
      ['--since', '2026-11-01', '--tot', '2026-11-30'],
      '✗ Onbekende optie --tot — gebruik --since, --until, --out, --to of --from; geen mail geschreven.',
    ],
    [
      ['--until', '2026-11-30'],
      '✗ Geef het begin van de periode op met --since, zoals --since 2026-11-01; geen mail geschreven.',
    ],
  ])('%j', async (args, message) => {
    const result = await digest(args);
    expect(result.code).toBe(1);
    expect(result.output).toContain(message);
    expect(result.files).toEqual([]);
  });

  it("content with problems, such as a missing site address: the check's lines and nothing written", async () => {
    const result = await digest(['--since', '2026-11-01'], { LEERHUIS_CONTENT: brokenContent });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(
      /content\/site\.yaml: url: ontbreekt — voeg een regel "url:" toe aan site\.yaml; dit veld moet een webadres zijn zoals https:\/\/intranet\.example\.nl/,
    );
    expect(result.output).toContain(
      '✗ De inhoud heeft problemen (hierboven, en met npm run check) — los ze op en probeer het opnieuw; geen mail geschreven.',
    );
    expect(result.files).toEqual([]);
  });
});

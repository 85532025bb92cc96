/**
 * The newsletter's MJML for content no fixture has: text that looks like markup stays text,
 * and a catalogue that starts many runs lists the first RUNS_SHOWN and links to the rest.
 */
import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/schemas/index.ts';
import { type DigestContent, RUNS_SHOWN } from '../../src/lib/digest/select.ts';
import { digestMjml, digestSubject } from '../../src/lib/digest/template.ts';

const site = siteSchema.parse({
  name: 'Gemeente <X> & Co',
  url: 'https://intranet.x.nl',
  contact: { name: 'Team "Leren"', email: 'leren@x.nl' },
});
const context = { site, base: '/leren/', lang: 'nl' as const };
const day = (n: number) => new Date(Date.UTC(2026, 11, n));
const content = (runs: number): DigestContent => ({
  period: { since: new Date(Date.UTC(2026, 10, 1)), until: new Date(Date.UTC(2026, 10, 30)) },
  news: {
    blog: [
      {
        collection: 'blog',
        id: 'welkom',
        title: '<script>alert(1)</script> & meer',
        description: 'Een "beschrijving" met <b>tags</b>.',
        lang: 'nl',
        date: new Date(Date.UTC(2026, 10, 3)),
        authors: ['Anna <Jansen>'],
      },
    ],
    leerverhalen: [],
    opleidingen: [],
  },
  runWindow: { since: day(1), until: day(28) },
  runs: Array.from({ length: runs }, (_, i) => ({
    course: { id: `cursus-${i}`, title: `Cursus ${i}`, lang: 'nl' as const },
    start: day(1 + (i % 28)),
    location: 'Stadhuis',
  })),
});

describe('digestMjml', () => {
  it('escapes every text from content and settings', () => {
    const mjml = digestMjml(context, content(0));
    expect(mjml).not.toContain('<script>');
    expect(mjml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; meer');
    expect(mjml).toContain('Een &quot;beschrijving&quot; met &lt;b&gt;tags&lt;/b&gt;.');
    expect(mjml).toContain('Door Anna &lt;Jansen&gt;');
    expect(mjml).toContain('Team &quot;Leren&quot;');
    expect(mjml).toContain('href="https://intranet.x.nl/leren/blog/welkom/"');
    expect(digestSubject(context, content(0))).toBe(
      'Nieuwsbrief Leerhuis Gemeente <X> & Co: 1–30 november 2026',
    );
  });

  it(`lists at most ${RUNS_SHOWN} runs and links the catalogue for the rest`, () => {
    const mjml = digestMjml(context, content(RUNS_SHOWN + 5));
    expect(mjml).toContain(`/opleidingen/cursus-${RUNS_SHOWN - 1}/`);
    expect(mjml).not.toContain(`/opleidingen/cursus-${RUNS_SHOWN}/`);
    expect(mjml).toContain(
      'Nog 5 andere uitvoeringen beginnen in deze weken: zie <a href="https://intranet.x.nl/leren/opleidingen/"',
    );
    expect(digestMjml(context, content(RUNS_SHOWN))).not.toContain('andere uitvoeringen');
  });
});

import { describe, expect, it } from 'vitest';
import { blockedInlineCode } from '../../src/integrations/security-headers.ts';
import { readOutputPage } from '../../src/lib/output-pages.ts';
import {
  astroCsp,
  contentSecurityPolicy,
  CSP_DIRECTIVES,
  cspHash,
  robotsTxt,
  securityHeaders,
} from '../../src/lib/security-headers.ts';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );

describe('Content-Security-Policy', () => {
  const policy = contentSecurityPolicy({
    indexable: false,
    scriptHashes: ['sha256-b', 'sha256-a', 'sha256-a'],
    styleHashes: ['sha256-s'],
  });
  const d = directives(policy);

  it('allows only the site itself, nothing inline without a hash, no framing', () => {
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  });
  it("lets Pagefind run: WebAssembly ('wasm-unsafe-eval') and a worker", () => {
    expect(d.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(d.get('worker-src')).toEqual(["'self'", 'blob:']);
  });
  it('lists each inline script hash once, sorted', () => {
    expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a'", "'sha256-b'"]);
    expect(d.get('style-src-elem')).toEqual(["'self'", "'sha256-s'"]);
  });
  it("allows Markdown's table alignment attributes by hash only", () => {
    expect(d.get('style-src-attr')).toEqual([
      "'unsafe-hashes'",
      ...['text-align: center', 'text-align: left', 'text-align: right'].map((s) => `'${cspHash(s)}'`).sort(),
    ]);
  });
  it('hashes like browsers do (SHA-256, base64)', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
  it('gives Astro the same directives, minus those a <meta> cannot carry', () => {
    const csp = astroCsp();
    expect(csp.directives).toEqual([...CSP_DIRECTIVES]);
    expect(csp.directives.join(';')).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    expect(csp.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});

describe('headers', () => {
  it('an intranet says noindex; an indexable site does not', () => {
    expect(securityHeaders({ indexable: false })).toContainEqual(['X-Robots-Tag', 'noindex, nofollow']);
    expect(securityHeaders({ indexable: true }).map(([n]) => n)).not.toContain('X-Robots-Tag');
  });
  it('has the hardening headers', () => {
    const names = new Map(securityHeaders({ indexable: true }));
    expect(names.get('X-Content-Type-Options')).toBe('nosniff');
    expect(names.get('X-Frame-Options')).toBe('DENY');
    expect(names.get('Referrer-Policy')).toBe('same-origin');
    expect(names.get('Permissions-Policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });
});

describe('robots.txt', () => {
  it('never disallows pages, so crawlers can see noindex', () => {
    for (const indexable of [true, false]) {
      const text = robotsTxt({ indexable });
      expect(text).toMatch(/^User-agent: \*$/m);
      expect(text).not.toMatch(/^Disallow:\s*\S/m);
    }
  });
});

describe('inline code the page policy would block fails the build', () => {
  const page = (head: string, body = '') =>
    readOutputPage(
      `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
      'x/index.html',
      '/',
    );
  const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;

  it('an inline script without its hash', () => {
    const found = blockedInlineCode(page(meta("script-src 'self'"), '<script>alert(1)</script>'));
    expect(found).toEqual([
      expect.stringMatching(
        /^inline <script> "alert\(1\)" \(sha256-.*\) is not in the page's Content-Security-Policy/,
      ),
    ]);
  });
  it('an inline script with its hash passes; JSON data blocks are not scripts', () => {
    const policy = `script-src 'self' '${cspHash('alert(1)')}'`;
    expect(
      blockedInlineCode(
        page(meta(policy), '<script>alert(1)</script><script type="application/json">{}</script>'),
      ),
    ).toEqual([]);
  });
  it('event handler attributes, always', () => {
    expect(blockedInlineCode(page('', '<button onclick="go()">x</button>'))).toEqual([
      expect.stringMatching(/^<button onclick>: inline event handlers never run/),
    ]);
  });
  it('style attributes need their hash and unsafe-hashes', () => {
    const hash = cspHash('color: red');
    expect(
      blockedInlineCode(page(meta(`style-src-attr '${hash}'`), '<p style="color: red">x</p>')),
    ).toHaveLength(1);
    expect(
      blockedInlineCode(
        page(meta(`style-src-attr 'unsafe-hashes' '${hash}'`), '<p style="color: red">x</p>'),
      ),
    ).toEqual([]);
  });
  it('a style element without its hash', () => {
    expect(blockedInlineCode(page(meta("style-src 'self'") + '<style>p{color:red}</style>'))).toHaveLength(1);
  });
});

describe('inline code is read exactly as the browser hashes it', () => {
  it('script and style text, byte for byte', () => {
    const script = "\n  const a = '<b>' && 1 < 2;\n";
    const style = '\n  p > a { color: red }\n';
    const page = readOutputPage(
      `<!doctype html><title>x &amp; y</title><style>${style}</style><script type="module">${script}</script><script type="application/ld+json">{}</script>`,
      'index.html',
      '/',
    );
    expect(page.inlineScripts).toEqual([script]);
    expect(page.inlineStyles).toEqual([style]);
  });
});

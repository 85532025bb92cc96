/**
 * Addresses for the portable copy (`npm run portable`): a site opened from a folder has no
 * server to turn `/leren/blog/` into `…/blog/index.html`, so every address of the site itself
 * becomes a path relative to the file that contains it and names the file it means. Addresses
 * of other sites, `mailto:`, `#fragments` and `?queries` on the same page stay as they are.
 */
import { posix } from 'node:path';

/** What the conversion needs to know about the built site. */
export interface PortableSite {
  /** Base path the site was built under: `/leren/`. */
  base: string;
  /** The site's public origin (`https://intranet.example.nl`), when the build had one. */
  origin?: string;
  /** Every file of the output, with forward slashes (`blog/index.html`). */
  files: ReadonlySet<string>;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const FAKE_ORIGIN = 'http://portable.invalid';

/**
 * The address `value`, found in the output file `fromFile`, as a relative path that works from
 * a folder; or undefined when it is not an address of this site (and must stay as written).
 */
export function portableUrl(value: string, fromFile: string, site: PortableSite): string | undefined {
  const raw = value.trim();
  if (!raw || raw.startsWith('#') || raw.startsWith('?') || raw.startsWith('//')) return undefined;
  let absolute: string;
  if (SCHEME.test(raw)) {
    if (!site.origin || !/^https?:/i.test(raw)) return undefined;
    const url = new URL(raw);
    if (url.origin !== new URL(site.origin).origin) return undefined;
    absolute = url.pathname + url.search + url.hash;
  } else {
    absolute = raw;
  }
  // Resolve against the page's own address under the base path (relative links in content).
  const pageUrl = `${FAKE_ORIGIN}${site.base}${fromFile}`;
  const url = new URL(absolute, pageUrl);
  if (url.origin !== FAKE_ORIGIN || !url.pathname.startsWith(site.base)) return undefined;
  const target = fileFor(url.pathname.slice(site.base.length), site.files);
  const fromDir = posix.dirname(fromFile);
  const relative = posix.relative(fromDir === '.' ? '' : fromDir, target) || posix.basename(target);
  return `${relative}${url.search}${url.hash}`;
}

/** The file a site path means: `blog/` → `blog/index.html`, `blog` → `blog/index.html` if that exists. */
export function fileFor(sitePath: string, files: ReadonlySet<string>): string {
  if (sitePath === '' || sitePath.endsWith('/')) return `${sitePath}index.html`;
  const decoded = safeDecode(sitePath);
  if (!files.has(decoded) && files.has(`${decoded}/index.html`)) return `${sitePath}/index.html`;
  return sitePath;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** A `srcset` with each candidate's address made portable and the descriptors kept. */
export function portableSrcset(value: string, fromFile: string, site: PortableSite): string {
  return value
    .split(/,(?=\s|$)/)
    .map((candidate) => {
      const m = /^(\s*)(\S+)(.*)$/s.exec(candidate);
      if (!m) return candidate;
      return `${m[1]}${portableUrl(m[2]!, fromFile, site) ?? m[2]}${m[3]}`;
    })
    .join(',');
}

/** A stylesheet with every `url(…)` and `@import "…"` of the site made relative to the stylesheet. */
export function portableCss(css: string, fromFile: string, site: PortableSite): string {
  return css
    .replace(/url\(\s*(['"]?)([^'")\s]+)\1\s*\)/g, (whole, quote: string, url: string) => {
      const portable = portableUrl(url, fromFile, site);
      return portable ? `url(${quote}${portable}${quote})` : whole;
    })
    .replace(/@import\s+(['"])([^'"]+)\1/g, (whole, quote: string, url: string) => {
      const portable = portableUrl(url, fromFile, site);
      return portable ? `@import ${quote}${portable}${quote}` : whole;
    });
}

/** `content` of `<meta http-equiv="refresh">`: `0; url=/leren/x/` with the address made portable. */
export function portableRefresh(content: string, fromFile: string, site: PortableSite): string {
  return content.replace(/(url\s*=\s*['"]?)([^'"\s]+)/i, (whole, prefix: string, url: string) => {
    const portable = portableUrl(url, fromFile, site);
    return portable ? `${prefix}${portable}` : whole;
  });
}

/** Structured data (JSON-LD): every string that is an address of the site, made portable. */
export function portableJson(value: unknown, fromFile: string, site: PortableSite): unknown {
  if (typeof value === 'string') {
    const looksLikeAddress = !/\s/.test(value) && (value.startsWith(site.base) || SCHEME.test(value));
    return (looksLikeAddress && portableUrl(value, fromFile, site)) || value;
  }
  if (Array.isArray(value)) return value.map((v) => portableJson(v, fromFile, site));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, portableJson(v, fromFile, site)]));
  return value;
}

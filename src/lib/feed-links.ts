/**
 * Reads a built feed for the output check. A feed must be well-formed XML, and every address
 * in it absolute and on the site's own host (`url` in site.yaml): feed readers open them away
 * from the site. Their paths then become the links of an `OutputPage`, so `outputLinkProblems`
 * judges them like every link on a page (the target exists, under the base path).
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { emptyPage, type OutputPage, type PageLink } from './output-pages.ts';
import { msg } from '../i18n/index.ts';
import type { Problem } from './problems.ts';

export interface FeedRead {
  /** The feed as a page whose links are the paths of its addresses. */
  page: OutputPage;
  problems: Problem[];
}

/** Elements whose text is an address, and attributes that hold one (`atom:link href`, `enclosure url`). */
const ADDRESS_ELEMENTS = new Set(['link', 'guid', 'comments']);
const ADDRESS_ATTRIBUTES = new Set(['@_href', '@_url']);

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, processEntities: true });

/** Every address in a parsed feed, in document order. */
function addresses(node: unknown, key = '', found: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) addresses(child, key, found);
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    // A `guid` that is not a permalink is only an id, not an address.
    if (key === 'guid' && record['@_isPermaLink'] === 'false') return found;
    for (const [name, value] of Object.entries(record)) {
      if (ADDRESS_ATTRIBUTES.has(name) && typeof value === 'string') found.push(value);
      else if (name === '#text' && ADDRESS_ELEMENTS.has(key.replace(/^\w+:/, '')) && key !== 'atom:link')
        found.push(String(value));
      else addresses(value, name, found);
    }
  } else if (typeof node === 'string' && ADDRESS_ELEMENTS.has(key)) found.push(node);
  return found;
}

/** Reads the feed `file` (path in the output) for the link check. */
export function readFeed(
  xml: string,
  file: string,
  options: { base: string; siteUrl?: string | undefined },
): FeedRead {
  const url = options.base + file;
  const page = emptyPage(file, url);
  const problems: Problem[] = [];
  try {
    SyntaxValidator.validate(xml);
  } catch (error) {
    // The XML parser explains in English only: the line says where to look.
    const { line } = error as Error & { line?: number };
    return { page, problems: [{ file: url, line, message: msg('output.feed.xml') }] };
  }
  const origin = options.siteUrl ? new URL(options.siteUrl).origin : undefined;
  for (const address of addresses(parser.parse(xml))) {
    let target: URL | undefined;
    try {
      target = new URL(address.trim());
    } catch {
      target = undefined;
    }
    if (!target) {
      problems.push({
        file: url,
        message: msg('output.feed.relative', { address, origin: origin ?? 'url (site.yaml)' }),
      });
    } else if (target.origin !== origin) {
      problems.push({
        file: url,
        message: msg('output.feed.otherHost', { address, origin: origin ?? 'url (site.yaml)' }),
      });
    } else {
      const link: PageLink = {
        tag: 'link',
        attr: 'href',
        value: target.pathname + target.search + target.hash,
        loads: false,
      };
      page.links.push(link);
    }
  }
  return { page, problems };
}

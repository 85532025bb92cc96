/**
 * Refuses SVG images that would run script or fetch from elsewhere when opened on their own.
 */
import { msg, type Message } from '../i18n/index.ts';
import type { Problem } from './problems.ts';
import { dangerousScheme, tokenize } from './html-tokens.ts';

/** SVG elements that run script or pull in other documents. */
const SVG_REFUSED = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
/** SVG elements that fetch what their `href` names. */
const SVG_FETCHING = new Set(['image', 'use', 'feimage', 'script']);

/**
 * Problems in an SVG image. In an `<img>` an SVG is inert, but opened on its own (a link to
 * the file, the logo's address) it is a document of the site that runs its scripts.
 */
export function svgSafetyProblems(file: string, svg: string): Problem[] {
  const problems: Problem[] = [];
  for (const token of tokenize(svg).tokens) {
    if (!('tagName' in token)) continue;
    const line = token.location?.startLine;
    const add = (message: Message) => problems.push({ file, ...(line ? { line } : {}), message });
    const tag = `<${token.tagName}>`;
    if (SVG_REFUSED.has(token.tagName)) {
      add(msg('check.svg.element', { tag }));
      continue;
    }
    for (const attr of token.attrs) {
      const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
      const scheme = dangerousScheme(attr.value);
      if (name.startsWith('on')) add(msg('check.svg.handler', { attribute: `${name}="…"`, tag }));
      // Any attribute: <animate values="javascript:…"> sets an href as well as an href does.
      else if (scheme && scheme !== 'data:')
        add(msg('check.svg.script', { tag: `<${token.tagName} ${name}>`, scheme }));
      else if (
        (name === 'href' || name.endsWith(':href')) &&
        SVG_FETCHING.has(token.tagName) &&
        /^\s*(https?:)?\/\//i.test(attr.value)
      ) {
        add(msg('check.svg.remote', { tag: `<${token.tagName} ${name}>`, url: attr.value }));
      }
    }
  }
  return problems;
}

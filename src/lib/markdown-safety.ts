/**
 * Refuses unsafe content before it is published. Learning stories are written by any
 * employee, and Astro's Markdown processor copies raw HTML into the page as it is, so the
 * check happens here, on the source: raw HTML only from an allow-list of harmless elements
 * and attributes, and no script-capable URLs (`javascript:`, `vbscript:`, `data:`) in links
 * and images. Nothing is stripped silently: every problem names file, line and fix.
 *
 * The allow-list is `html-allowlist.ts`; raw HTML is read tag by tag as a browser reads it
 * (`html-tokens.ts`); SVG files are checked by `svg-safety.ts`.
 */
import type { Nodes, Root } from 'mdast';
import { msg, type Message } from '../i18n/index.ts';
import { ALLOWED_ELEMENTS, ELEMENT_FIXES, GLOBAL_ATTRIBUTES, URL_ATTRIBUTES } from './html-allowlist.ts';
import { tokenize, urlProblem } from './html-tokens.ts';
import { fileLine, parseMarkdown, walk } from './markdown-tree.ts';
import type { Problem } from './problems.ts';
/** Problems in one raw HTML node; `trusted` (MDX from a trusted collection) checks addresses only. */
function htmlProblems(
  html: string,
  trusted: boolean,
  at: (offset: number) => number,
): { line: number; message: Message }[] {
  const found: { line: number; message: Message }[] = [];
  const markup = tokenize(html);
  for (const token of markup.tokens) {
    const line = at((token.location?.startLine ?? 1) - 1);
    if (!('tagName' in token)) {
      if (trusted) continue;
      const isComment = 'data' in token;
      found.push({
        line,
        message: msg(isComment ? 'check.html.comment' : 'check.html.declaration'),
      });
      continue;
    }
    const tag = token.tagName;
    const allowed = ALLOWED_ELEMENTS[tag];
    if (!trusted && !allowed) {
      const why = ELEMENT_FIXES[tag];
      found.push({
        line,
        message: msg('check.html.element', {
          tag: `<${tag}>`,
          why: why ? msg('check.html.why', { why: msg(why) }) : '',
        }),
      });
      continue;
    }
    for (const attr of token.attrs) {
      const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
      const attrLine = at(
        (token.location?.attrs?.[attr.name]?.startLine ?? token.location?.startLine ?? 1) - 1,
      );
      if (URL_ATTRIBUTES.has(name)) {
        const problem = urlProblem(attr.value, `<${tag} ${name}>`);
        if (problem) {
          found.push({ line: attrLine, message: problem });
          continue;
        }
      }
      if (trusted || allowed?.includes(name) || GLOBAL_ATTRIBUTES.includes(name)) continue;
      const reason = name.startsWith('on')
        ? msg('check.html.attribute.handler')
        : name === 'style'
          ? msg('check.html.why.style')
          : msg('check.html.attribute.allowed', {
              tag: `<${tag}>`,
              allowed: [...(allowed ?? []), ...GLOBAL_ATTRIBUTES],
            });
      found.push({
        line: attrLine,
        message: msg('check.html.attribute', { attribute: `${name}="…"`, tag: `<${tag}>`, reason }),
      });
    }
  }
  if (markup.unfinished && !trusted) {
    found.push({
      line: at(markup.unfinished.line - 1),
      message: msg('check.html.unfinished', { what: msg(markup.unfinished.what) }),
    });
  }
  return found;
}

/** A JSX element in MDX (`<Callout href="…">`); attributes written as `{expressions}` are code, not addresses. */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { name?: string; value?: unknown }[];
}
const isJsx = (node: { type: string }): node is JsxElement & Nodes =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** What the safety check needs of an entry (a `SourceEntry` fits). */
export interface MarkdownSource {
  file: string;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

export interface SafetyOptions {
  /** MDX from a collection the site settings trust: raw markup is its own, but addresses are still checked. */
  trusted?: boolean;
  /** The body's tree, when the caller has parsed it already (as MDX when trusted, else as Markdown). */
  tree?: Root;
}

/** Every unsafe construct in the body of one entry, with file and line. */
export function markdownSafetyProblems(source: MarkdownSource, options: SafetyOptions = {}): Problem[] {
  const trusted = options.trusted ?? false;
  const problems: Problem[] = [];
  const add = (line: number, message: Message) => problems.push({ file: source.file, line, message });
  let tree: Root;
  try {
    // Trusted MDX is read as MDX (its components are its own); everything else as Markdown.
    tree = options.tree ?? parseMarkdown(source.body, { mdx: trusted });
  } catch (error) {
    // MDX's parser explains in English only: its line and the usual causes say enough.
    const [, line] = /^(\d+):\d+: /.exec((error as Error).message) ?? [];
    add(source.bodyLine - 1 + Number(line ?? 1), msg('check.mdx.syntax'));
    return problems;
  }
  walk(tree, (node: Nodes) => {
    if (isJsx(node)) {
      for (const attr of node.attributes) {
        if (typeof attr.value !== 'string' || !URL_ATTRIBUTES.has(attr.name ?? '')) continue;
        const problem = urlProblem(attr.value, `<${node.name ?? ''} ${attr.name}>`);
        if (problem) add(fileLine(node, source.bodyLine), problem);
      }
    }
    switch (node.type) {
      case 'html':
        for (const p of htmlProblems(node.value, trusted, (offset) =>
          fileLine(node, source.bodyLine, offset),
        )) {
          add(p.line, p.message);
        }
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const what = msg(
          node.type === 'image'
            ? 'check.url.image'
            : node.type === 'definition'
              ? 'check.url.definition'
              : 'check.url.link',
          { url: JSON.stringify(node.url.slice(0, 40)) },
        );
        const problem = urlProblem(node.url, what);
        if (problem) add(fileLine(node, source.bodyLine), problem);
        break;
      }
    }
  });
  return problems;
}

/**
 * Refuses unsafe content before it is published. Learning stories are written by any
 * employee, and Astro's Markdown processor copies raw HTML into the page as it is, so the
 * check happens here, on the source: raw HTML only from an allow-list of harmless elements
 * and attributes, and no script-capable URLs (`javascript:`, `vbscript:`, `data:`) in links
 * and images. Nothing is stripped silently: every problem names file, line and fix.
 *
 * Raw HTML is read with the HTML5 tokenizer of parse5 (the browser's rules), tag by tag, so
 * that tags the tree builder would drop or move (`<body onload>`, `<meta>` in a table) are
 * still seen.
 */
import type { Nodes, Root } from 'mdast';
import { decodeString } from 'micromark-util-decode-string';
import { Tokenizer, type Token } from 'parse5';
import { msg, type Message, type UiKey } from '../i18n/index.ts';
import { fileLine, parseMarkdown, walk } from './markdown-tree.ts';
import type { Problem } from './problems.ts';

/** Raw HTML elements content may use, with the attributes each may carry (beyond `GLOBAL_ATTRIBUTES`). */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: [],
  b: [],
  bdi: [],
  bdo: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  col: ['span'],
  colgroup: ['span'],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open', 'name'],
  dfn: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  hr: [],
  i: [],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  q: ['cite'],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  small: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/** Attributes every allowed element may carry. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir', 'translate'];

/** Attributes that hold an address, checked like Markdown links. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'cite',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'codebase',
  'longdesc',
  'usemap',
  'ping',
  'manifest',
  'srcset',
  'xlink:href',
  'lowsrc',
  'dynsrc',
]);

/** Why some elements are refused, where a specific reason helps the editor. */
const ELEMENT_FIXES: Record<string, UiKey> = {
  script: 'check.html.why.script',
  iframe: 'check.html.why.iframe',
  frame: 'check.html.why.frame',
  object: 'check.html.why.object',
  embed: 'check.html.why.object',
  style: 'check.html.why.style',
  link: 'check.html.why.link',
  meta: 'check.html.why.meta',
  base: 'check.html.why.base',
  form: 'check.html.why.form',
  svg: 'check.html.why.svg',
  math: 'check.html.why.math',
  img: 'check.html.why.img',
  a: 'check.html.why.a',
};

/** Schemes that run code or smuggle in a document when a link is followed. */
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|livescript|data):/;

/**
 * The scheme of a URL as a browser (or a lenient intermediary) would read it: entities and
 * backslash escapes decoded, percent-escapes decoded, whitespace and control characters
 * removed (browsers drop tabs and newlines anywhere), lower-cased. Decoding repeats so that
 * double encoding does not hide a scheme either.
 */
export function dangerousScheme(url: string): string | undefined {
  let value = url;
  for (let round = 0; round < 4; round++) {
    const before = value;
    value = decodeString(value);
    value = value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    value = value.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '');
    if (value === before) break;
  }
  const match = DANGEROUS_SCHEME.exec(value.toLowerCase());
  return match ? match[0] : undefined;
}

function urlProblem(url: string, what: Message | string): Message | undefined {
  const scheme = dangerousScheme(url);
  if (!scheme) return undefined;
  return scheme === 'data:' ? msg('check.url.data', { what }) : msg('check.url.script', { what, scheme });
}

/** Tags, comments and other markup in one raw HTML fragment, as the HTML5 tokenizer sees them. */
type MarkupToken = Token.TagToken | Token.CommentToken | Token.DoctypeToken;

interface Markup {
  tokens: MarkupToken[];
  /** Line (1-based, within the fragment) where the fragment ends inside an unfinished tag or comment. */
  unfinished?: { line: number; what: UiKey };
}

const EOF_ERRORS: Record<string, UiKey> = {
  'eof-in-tag': 'check.html.unfinished.tag',
  'eof-in-comment': 'check.html.unfinished.comment',
  'eof-in-doctype': 'check.html.unfinished.declaration',
};

function tokenize(html: string): Markup {
  const markup: Markup = { tokens: [] };
  const keep = (token: MarkupToken) => markup.tokens.push(token);
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: keep,
      onEndTag: ignore,
      onComment: keep,
      onDoctype: keep,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
      onParseError: (error) => {
        const what = EOF_ERRORS[error.code];
        if (what && !markup.unfinished) markup.unfinished = { line: error.startLine, what };
      },
    },
  );
  tokenizer.write(html, true);
  return markup;
}

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

/**
 * The raw HTML content may use: an allow-list of harmless elements and attributes, the
 * attributes that hold addresses, and the editor's reason where an element is refused.
 */
import type { UiKey } from '../i18n/index.ts';

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
export const URL_ATTRIBUTES = new Set([
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
export const ELEMENT_FIXES: Record<string, UiKey> = {
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

/**
 * One way to read a Markdown body for the content checks: with Sätteri, the parser Astro
 * renders the site with, and its feature set (GFM, smart punctuation). The checks therefore
 * see exactly the raw HTML, links and headings the pages will contain — no second parser that
 * could disagree — and it is fast (a 5 KB body in well under a millisecond).
 */
import type { Heading, Nodes, Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';

/** Parser features as `@astrojs/markdown-satteri` sets them by default (gfm, smartypants). */
const FEATURES = { gfm: true, smartPunctuation: true, frontmatter: false } as const;

/** The syntax tree of a Markdown (or, with `mdx`, MDX) body. */
export function parseMarkdown(body: string, options: { mdx?: boolean } = {}): Root {
  const parse = options.mdx ? mdxToMdast : markdownToMdast;
  return parse(body, { features: FEATURES }) as unknown as Root;
}

/** `parseMarkdown`, or undefined when the body is not valid MDX (the safety check says why). */
export function tryParseMarkdown(body: string, options: { mdx?: boolean } = {}): Root | undefined {
  try {
    return parseMarkdown(body, options);
  } catch {
    return undefined;
  }
}

/** Calls `visit` for every node, depth first, in document order. */
export function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit);
}

/** Line in the file of a node, given the line on which the body starts (`SourceEntry.bodyLine`). */
export function fileLine(node: Nodes, bodyLine: number, offset = 0): number {
  return bodyLine - 1 + (node.position?.start.line ?? 1) + offset;
}

/** The text of a heading as it ends up in the page (what its `id` is made from): no raw HTML, no image alt. */
export function headingText(node: Heading | Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html' || node.type === 'image') return '';
  return 'children' in node ? (node.children as Nodes[]).map(headingText).join('') : '';
}

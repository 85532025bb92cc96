/**
 * One way to read a Markdown body for the content checks: CommonMark + GFM (what Astro's
 * Markdown processor understands), with positions mapped back to lines of the source file.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** The syntax tree of a Markdown body. */
export function parseMarkdown(body: string): Root {
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Calls `visit` for every node, depth first, in document order. */
export function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** Line in the file of a node, given the line on which the body starts (`SourceEntry.bodyLine`). */
export function fileLine(node: Nodes, bodyLine: number, offset = 0): number {
  return bodyLine - 1 + (node.position?.start.line ?? 1) + offset;
}

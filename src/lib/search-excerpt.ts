/**
 * Pagefind's excerpts are HTML: the page text with `<` and `>` escaped and the matched words in
 * `<mark>`. The search page builds DOM nodes from these parts instead of using innerHTML, so no
 * content can ever become markup.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

// Pagefind escapes exactly these two characters in excerpts; everything else is text as written.
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Splits an excerpt into plain and highlighted runs: `a <mark>b</mark>` → [{a}, {b, mark}]. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = pattern.exec(excerpt); m; m = pattern.exec(excerpt)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), mark: false });
    parts.push({ text: decode(m[1]!), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts.filter((p) => p.text !== '');
}

/** Whether the excerpt highlights anything (if not, the match was in the title or metadata). */
export const hasHighlight = (excerpt: string): boolean => /<mark>/.test(excerpt);

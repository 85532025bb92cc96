/**
 * Reads a JSON data file of the built site for the output check. Some links are not in any
 * page but in data a page's script shows: a self-scan's suggestions (`advies.json`), the
 * finders' records. Every `href` in such a file becomes a link of an `OutputPage`, so
 * `outputLinkProblems` judges it like a link on a page (the target exists, under the base path).
 */
import { emptyPage, type OutputPage } from './output-pages.ts';

/** Every string under an `href` key, at any depth, in document order. */
function hrefs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) hrefs(child, found);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === 'href' && typeof value === 'string') found.push(value);
      else hrefs(value, found);
    }
  return found;
}

/** The data file `file` (path in the output) as a page whose links are its `href` values. */
export function readDataFile(json: string, file: string, base: string): OutputPage {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    // The site writes these files itself: a file that does not parse is a bug in the build.
    throw new Error(`${base}${file} is not valid JSON`, { cause: error });
  }
  const page = emptyPage(file, base + file);
  page.links = hrefs(data).map((value) => ({ tag: 'a', attr: 'href', value, loads: false }));
  return page;
}

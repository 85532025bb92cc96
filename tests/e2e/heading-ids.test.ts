/**
 * The link check (src/lib/content-links.ts) predicts the id of every heading in an entry, so
 * that `[…](#kop)` links are checked before a build. On the built sample site, every heading
 * of every published entry must carry exactly that id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { headingIds } from '../../src/lib/content-links.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { parseMarkdown } from '../../src/lib/markdown-tree.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { projectRoot } from '../helpers/build-site.ts';

describe('heading ids match the built sample site', () => {
  it('every heading of every published sample entry has the id the check expects', () => {
    const sample = inject('sampleDir');
    const { entries } = loadContent(resolve(projectRoot, 'content'), projectRoot);
    const missing: string[] = [];
    let checked = 0;
    for (const e of entries) {
      const page = join(sample, entryPath(e.collection, e.id), 'index.html');
      if (!existsSync(page)) continue; // not published
      const html = readFileSync(page, 'utf8');
      for (const id of headingIds(parseMarkdown(e.body))) {
        checked++;
        if (!html.includes(` id="${id}"`)) missing.push(`${e.file}: #${id}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});

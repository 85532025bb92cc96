/**
 * The web editor's start script (`/admin/`): loads Decap CMS from the site itself, registers the
 * file format that keeps front matter as written (`src/lib/front-matter-edit.ts`) and starts the
 * editor with the `config.yml` the build generated from the schemas. Its settings come from the
 * page's `<script type="application/json" id="leerhuis-cms">` block (no inline code: CSP).
 */
import { readEntry, writeEntry } from '../lib/front-matter-edit.ts';

/** What the page tells this script. */
export interface CmsSetup {
  /** Address of Decap's bundle, beside the page. */
  script: string;
  /** Name of the custom format the collections use. */
  format: string;
  /** Fields that hold an id or a group (a story's author). */
  eitherFields: string[];
}

interface Formatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}
interface DecapCms {
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  init(options?: Record<string, unknown>): void;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

/** The format's two directions, for the settings of this page. */
export function formatter(setup: Pick<CmsSetup, 'eitherFields'>): Formatter {
  return {
    fromFile: (content) => readEntry(content, setup.eitherFields),
    toFile: (data, sortedKeys = []) => writeEntry(data, setup.eitherFields, sortedKeys),
  };
}

/** Loads Decap, registers the format and starts the editor. */
export function start(setup: CmsSetup, doc: Document = document): void {
  window.CMS_MANUAL_INIT = true;
  const script = doc.createElement('script');
  script.src = setup.script;
  script.addEventListener('load', () => {
    const cms = window.CMS;
    if (!cms) return;
    cms.registerCustomFormat(setup.format, 'md', formatter(setup));
    cms.init();
  });
  doc.head.append(script);
}

const block = typeof document === 'undefined' ? null : document.getElementById('leerhuis-cms');
if (block?.textContent) start(JSON.parse(block.textContent) as CmsSetup);

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
  /** Every field as a dotted path in the form's order (`cms-admin.ts` `fieldOrder`), for nested values. */
  order: string[];
  /** Path of the local proxy (`npm run cms`) from the page's origin; Decap asks there on localhost only. */
  localApi: string;
}

interface Formatter {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}
interface DecapCms {
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  init(options?: { config?: Record<string, unknown> }): void;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

/** The format's two directions, for the settings of this page. */
export function formatter(setup: Pick<CmsSetup, 'eitherFields' | 'order'>): Formatter {
  return {
    fromFile: (content) => readEntry(content, setup.eitherFields),
    // Decap gives the collection's top-level order; nested values follow the schema's order.
    toFile: (data, sortedKeys = []) => writeEntry(data, setup.eitherFields, [...sortedKeys, ...setup.order]),
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
    // Decap needs an absolute address for its local proxy: the page's own origin.
    cms.init({ config: { local_backend: { url: new URL(setup.localApi, location.origin).href } } });
  });
  doc.head.append(script);
}

const block = typeof document === 'undefined' ? null : document.getElementById('leerhuis-cms');
if (block?.textContent) start(JSON.parse(block.textContent) as CmsSetup);

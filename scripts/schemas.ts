/**
 * `npm run schemas` — writes the JSON Schema files editors use for completion and red squiggles
 * (.vscode/schemas/*.schema.json), generated from src/schemas/ with help texts in the site's
 * language and the tags and ids of the content. Runs by itself after `npm ci` (prepare), when
 * `npm run dev` starts and after a full `npm run check`, so the files follow the content.
 * Usage: npm run schemas [-- <content folder>]
 */
import { resolve } from 'node:path';
import { writeEditorSchemas } from '../src/lib/json-schema.ts';
import { contentDirFromEnv, editorSchemaDir } from '../src/lib/project-paths.ts';

const contentDir = process.argv[2] ? resolve(process.argv[2]) : contentDirFromEnv();
try {
  const written = writeEditorSchemas(contentDir, editorSchemaDir());
  console.log(`.vscode/schemas: ${written.length ? written.join(', ') : 'up to date'}`);
} catch (error) {
  // Editor help is a convenience: it never fails `npm ci`.
  console.warn(`.vscode/schemas: not written (${(error as Error).message})`);
}

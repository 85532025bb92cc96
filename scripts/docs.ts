/**
 * `npm run docs` — writes the field tables of the editor guide (docs/redacteuren.md) from the
 * schemas in src/schemas/, between the markers `<!-- velden:begin … -->` and `<!-- velden:einde -->`.
 * Run it after changing a schema or a field description in src/i18n; a test fails until you do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withFieldDocs } from '../src/lib/field-docs.ts';

const guide = resolve(import.meta.dirname, '../docs/redacteuren.md');
const before = readFileSync(guide, 'utf8');
const after = withFieldDocs(before);
if (after === before) console.log('✓ docs/redacteuren.md: de veldtabellen kloppen al met de schema’s.');
else {
  writeFileSync(guide, after);
  console.log('✓ docs/redacteuren.md: de veldtabellen zijn bijgewerkt uit de schema’s.');
}

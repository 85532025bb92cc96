/**
 * Help for editors in VS Code (extension unifiedjs.vscode-remark): the fields at the top of every
 * content file are checked against the JSON Schema of its collection (.vscode/schemas/, made by
 * `npm run schemas` from src/schemas/). Wrong values get a red squiggle with the reason, and
 * allowed values are offered as quick fixes. `npm run check` remains the full check.
 */
import { existsSync, readdirSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

const folder = new URL('./.vscode/schemas/', import.meta.url);
/** One schema per collection (`blog.schema.json` → content/blog/), as `npm run schemas` wrote them. */
const schemas = Object.fromEntries(
  (existsSync(folder) ? readdirSync(folder) : [])
    .filter(
      (file) => file.endsWith('.schema.json') && !['site.schema.json', 'tags.schema.json'].includes(file),
    )
    .map((file) => {
      const name = file.replace('.schema.json', '');
      return [`./.vscode/schemas/${file}`, [`./content/${name}/**/*.md`, `./content/${name}/**/*.mdx`]];
    }),
);

export default {
  plugins: [remarkFrontmatter, [remarkLintFrontmatterSchema, { schemas }]],
};

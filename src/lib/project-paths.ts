/** Where the content lives: `content/` unless LEERHUIS_CONTENT points elsewhere (fixtures, benchmarks). */
import { resolve } from 'node:path';

export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.LEERHUIS_CONTENT || 'content');
}

/** Where the editors' JSON Schema files go (generated, not committed): `.vscode/schemas/`. */
export function editorSchemaDir(cwd = process.cwd()): string {
  return resolve(cwd, '.vscode/schemas');
}

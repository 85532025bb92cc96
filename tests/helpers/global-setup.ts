/**
 * Builds the sample site in content/ once, under the base path /leren/, so that every
 * browser test also proves that the site works under a sub-path.
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './build-site.ts';

export const SAMPLE_BASE = '/leren/';

export default async function setup(project: TestProject) {
  const out = resolve(projectRoot, 'tests/.tmp/sample');
  const result = await buildSite({ content: 'content', out, base: SAMPLE_BASE });
  if (result.code !== 0) throw new Error(`The sample site did not build:\n${result.output}`);
  project.provide('sampleDir', out);
  project.provide('sampleBase', SAMPLE_BASE);
}

declare module 'vitest' {
  export interface ProvidedContext {
    sampleDir: string;
    sampleBase: string;
  }
}

/**
 * Every built page of the sample site passes the W3C Nu HTML Checker (vnu) with zero errors.
 * One Java invocation checks them all (the JVM starts slowly); a deliberately broken control
 * file goes along, so a checker that silently checked nothing would fail this test.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { outputFiles } from '../../src/lib/output-pages.ts';
import { projectRoot } from '../helpers/build-site.ts';

const dir = inject('sampleDir');
const VNU = resolve(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
const JAVA = process.env.JAVA || 'java';

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('valid HTML (W3C Nu HTML Checker)', () => {
  it('every built page has zero errors', async () => {
    const pages = outputFiles(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(dir, f));
    const controlDir = resolve(projectRoot, 'tests/.tmp/vnu-control');
    mkdirSync(controlDir, { recursive: true });
    const control = join(controlDir, 'broken.html');
    writeFileSync(
      control,
      '<!doctype html><html lang="nl"><head><title>x</title></head><body><p><div>x</p></span></body></html>',
    );

    // vnu exits 1 when it finds errors and writes its report to stderr.
    const result = await promisify(execFile)(
      JAVA,
      ['-jar', VNU, '--errors-only', '--format', 'json', ...pages, control],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    ).catch((error: { stderr: string }) => error);
    const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
    const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
    const where = (m: VnuMessage) => relative(dir, decodeURIComponent(new URL(m.url).pathname));

    expect(
      errors.some((m) => m.url.endsWith('broken.html')),
      'the control file must be reported',
    ).toBe(true);
    expect(pages.length).toBeGreaterThan(20);
    expect(
      errors
        .filter((m) => !m.url.endsWith('broken.html'))
        .map((m) => `${where(m)}:${m.lastLine}: ${m.message} (${(m.extract ?? '').trim()})`),
    ).toEqual([]);
  }, 240_000);
});

import { chromium } from 'playwright-core';
import { serve } from './tests/helpers/serve.ts';
const server = await serve('dist', { base: '/' });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1200, height: 900 } });
const errors: string[] = [];
p.on('pageerror', (e) => errors.push(e.message));
p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
for (const [path, name] of [['instrumenten/', 'overview'], ['instrumenten/zelfscan/', 'scan'], ['instrumenten/gesprek-voorbereiden/', 'conv'], ['instrumenten/portfolio/', 'portfolio'], ['opleidingen/excel-in-de-praktijk/', 'course']]) {
  await p.goto(server.url + path);
  await p.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: name !== 'scan' });
}
// fill scan
await p.goto(server.url + 'instrumenten/zelfscan/');
const groups = await p.locator('fieldset.choice').count();
for (let i = 0; i < groups; i++) await p.locator('fieldset.choice').nth(i).locator('input').nth(i % 5 === 0 ? 1 : 3).check();
await p.click('[data-scan-show]');
await p.locator('[data-scan-result]').screenshot({ path: '/tmp/shot-result.png' });
console.log(errors);
await b.close(); await server.close();

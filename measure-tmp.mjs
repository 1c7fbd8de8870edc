import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
const [,, port, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of paths) {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const pending = [];
  page.on('response', (r) => pending.push(r.body().then((b) => ({ url: r.url(), type: r.headers()['content-type'] ?? '', gz: gzipSync(b, { level: 6 }).length }), () => undefined)));
  await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('html[data-hydrated]');
  await page.waitForLoadState('networkidle');
  await ctx.close();
  const d = (await Promise.all(pending)).filter(Boolean);
  const js = d.filter((x) => /javascript/.test(x.type) || /\.m?js(\?|$)/.test(x.url)).reduce((a, x) => a + x.gz, 0);
  const font = d.filter((x) => /woff2/.test(x.url)).reduce((a, x) => a + x.gz, 0);
  const all = d.reduce((a, x) => a + x.gz, 0);
  console.log(`${path}\tJS ${js}\tfont ${font}\tall ${all}\trequests ${d.length}`);
}
await browser.close();

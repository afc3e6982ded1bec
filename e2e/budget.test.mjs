// The first-load byte budget: everything the first render loads (HTML, JS, WASM, CSS; the dataset
// is inside the WASM), gzip-compressed. Bytes are deterministic, so a test may hold them.
// The goal is 60 KB; the budget is the size when it was set, rounded up, so it can only go down.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { launch, url } from './browser.mjs';

const BUDGET_KB = 227;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test(`the first render loads at most ${BUDGET_KB} KB gzip`, async () => {
  const bodies = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('response', async (response) => {
    try {
      bodies.push({ url: response.url(), body: await response.body() });
    } catch {
      // A redirect has no body.
    }
  });
  await page.goto(url('/'));
  await page.locator('.marker').first().waitFor();
  await page.locator('.playhead').waitFor();
  const sizes = bodies.map(({ url, body }) => [new URL(url).pathname, gzipSync(body, { level: 9 }).length]);
  const total = sizes.reduce((n, [, size]) => n + size, 0);
  console.log(`first load: ${(total / 1024).toFixed(1)} KB gzip`, Object.fromEntries(sizes));
  assert.ok(total <= BUDGET_KB * 1024, `${total} bytes > ${BUDGET_KB} KB`);
  await context.close();
});

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the home page mounts the app with its heading', async () => {
  const { page, context, response, errors } = await openPage(browser, '/');
  assert.equal(response.status(), 200);
  await page.locator('h1', { hasText: 'Echoes' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deep link is answered by the app, not by a server 404', async () => {
  const { page, context, response, errors } = await openPage(browser, '/e/kpa-invasion');
  assert.equal(response.status(), 200);
  await page.locator('h1', { hasText: 'Echoes' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

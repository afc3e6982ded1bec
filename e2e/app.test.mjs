import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowser } from './browser.mjs';

const shared = useBrowser();

test('the home page mounts the app with its heading', async () => {
  const { page, response, errors } = await openPage(shared.browser, '/');
  assert.equal(response.status(), 200);
  await page.locator('h1', { hasText: 'Echoes' }).waitFor();
  assert.deepEqual(errors, []);
});

test('a deep link is answered by the app, not by a server 404', async () => {
  const { page, response, errors } = await openPage(shared.browser, '/e/kpa-invasion');
  assert.equal(response.status(), 200);
  await page.locator('.event-detail').waitFor();
  assert.deepEqual(errors, []);
});

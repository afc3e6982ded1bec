// Trust: every page works under a strict Content-Security-Policy, served as the built `_headers`
// says (e2e/serve.mjs sends it) and carried in each page's meta tag. Every other browser test runs
// under it too, and fails on a violation (browser.mjs logs each one as an error).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { animationsSettled, openPage, url, useBrowser } from './browser.mjs';

const shared = useBrowser();

test('every kind of page is served with the policy and carries it, and the policy bites', async () => {
  const echo = shared.dataset.echoes[0].id;
  for (const path of ['', 'e/kpa-invasion', `echo/${echo}`, 'about/', 'no-such-page']) {
    const { page, response, errors, context } = await openPage(shared.browser, path);
    const headers = response.headers();
    const policy = headers['content-security-policy'] ?? '';
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='/, path);
    assert.match(policy, /style-src 'self';/, path);
    assert.match(policy, /object-src 'none'/, path);
    assert.match(policy, /frame-ancestors 'none'/, path);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/, path);
    assert.equal(headers['x-content-type-options'], 'nosniff', path);
    assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin', path);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.equal(`${meta}; frame-ancestors 'none'`, policy, `${path}: the meta tag and the header agree`);
    // Markup put in from outside runs nothing: an inline handler is refused and reported.
    const refused = await page.evaluate(
      () =>
        new Promise((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          document.body.insertAdjacentHTML('beforeend', '<img src="data:," onload="window.__ran = 1" onerror="window.__ran = 2">');
        }),
    );
    assert.match(refused, /^script-src/, path);
    assert.equal(await page.evaluate(() => window.__ran), undefined, path);
    // What is left besides the probe's own refusal (and a missing page's 404) is a failure.
    const expected = /script-src-attr blocked inline|inline event handler|status of 404/;
    assert.deepEqual(errors.filter((e) => !expected.test(e)), [], path);
    await context.close();
  }
  const wasm = await fetch(url(''))
    .then((r) => r.text())
    .then((html) => html.match(/href="([^"]*_bg\.wasm)"|'([^']*_bg\.wasm)'/))
    .then((m) => fetch(new URL(m[1] ?? m[2], url('')).href));
  assert.match(wasm.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
});

test('select, scrub, play, zoom, search and copy raise no policy violation', async () => {
  const { page, errors } = await openPage(shared.browser, '', { viewport: { width: 1280, height: 800 } });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('[data-event="inchon-landing"]').click();
  await page.locator('.event-detail').waitFor();
  const handle = await page.locator('.playhead-handle').boundingBox();
  await page.mouse.move(handle.x + 5, handle.y + 5);
  await page.mouse.down();
  await page.mouse.move(handle.x - 200, handle.y + 5, { steps: 5 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Echo-aligned' }).click();
  await animationsSettled(page);
  await page.getByRole('searchbox', { name: 'Find an event' }).fill('treaty');
  await page.locator('.search-results a').first().waitFor();
  await page.locator('.cite summary').click();
  await page.locator('.cite [data-copy]').first().click();
  await page.getByRole('link', { name: 'About & data' }).first().click();
  await page.locator('.reading-view[data-view="about"]').waitFor();
  assert.deepEqual(errors, []);
});

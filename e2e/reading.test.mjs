// Reading first: every address opens on its own text, painted before the WASM runs, and the app
// swaps in build-time fragments as the reader moves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, frames, newContext, openPage, recordErrors, url, useBrowser } from './browser.mjs';
import { printEveryPage } from './engines.mjs';

const shared = useBrowser();

// The view's title, its date and its first paragraph, each inside the first screen.
async function assertFirstScreen(page, what) {
  const viewport = page.viewportSize();
  const parts = await page.evaluate(() =>
    ['#reading h1', '#reading .detail-date, #reading .detail-kicker', '#reading .summary'].map(
      (selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return box && { selector, top: box.top, bottom: box.bottom };
      },
    ),
  );
  for (const part of parts) {
    assert.ok(part, `${what}: a part is missing`);
    assert.ok(part.top >= 0 && part.bottom <= viewport.height, `${what}: ${part.selector} ends at ${part.bottom} px of ${viewport.height}`);
  }
}

for (const viewport of [
  { width: 360, height: 780 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width}×${viewport.height}, an event or echo address opens on its title, date and first paragraph`, async () => {
    const { events, echoes } = shared.dataset;
    for (const path of [`e/kpa-invasion`, `e/${events[events.length - 1].id}`, `echo/echo-the-rescue`, `echo/${echoes[0].id}`]) {
      const { page, errors } = await openPage(shared.browser, path, { viewport });
      await assertFirstScreen(page, path);
      // The lanes are there too, with the playhead on the view.
      await page.locator('.playhead').waitFor({ state: 'attached' });
      assert.equal(await page.locator('.intro').count(), 0, `${path}: the intro belongs to the home page`);
      assert.deepEqual(errors, [], path);
      await page.context().close();
    }
  });
}

test('with JavaScript off, every kind of page reads in full', async () => {
  const context = await newContext(shared.browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  const event = shared.dataset.events.find((e) => e.id === 'inchon-landing');
  await page.goto(url('e/inchon-landing'));
  assert.equal(await page.locator('#reading h1').innerText(), event.title);
  assert.equal(await page.locator('#reading .summary').innerText(), event.summary);
  assert.ok((await page.locator('#reading .sources a').count()) >= 1);
  await page.goto(url('about'));
  assert.equal(await page.locator('#reading .claim').count(), shared.dataset.claims.length);
  await page.goto(url(''));
  assert.equal(await page.locator('#reading .step').count(), shared.dataset.argument.length);
});

test('the text paints before the app starts, and the app takes over without a shift', async () => {
  const context = await newContext(shared.browser, { viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Hold the WASM back: the page must already read without it.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url('e/kpa-invasion'));
  await page.locator('#reading h1').waitFor();
  assert.equal(await page.evaluate(() => window.__echoesStarted ?? false), false, 'the app has not started');
  const title = await page.locator('#reading h1').innerText();
  release();
  await appReady(page);
  await page.locator('.marker').first().waitFor();
  await frames(page, 5);
  assert.equal(await page.locator('#reading h1').innerText(), title, 'the same text, not swapped');
  const shift = await page.evaluate(() => window.__shifts);
  assert.ok(shift <= 0.02, `cumulative layout shift ${shift}`);
});

test('a prefetched fragment shows in the frame after the click', async () => {
  const { page, errors } = await openPage(shared.browser, 'e/kpa-invasion', { viewport: { width: 1280, height: 800 } });
  const next = page.locator('.prev-next .next');
  const target = await next.getAttribute('data-app');
  const fetched = page.waitForResponse((r) => r.url().endsWith(`fragments${target}.html`));
  await next.hover();
  await (await fetched).finished();
  // The app reads the body after the response ends: a few frames.
  await frames(page, 3);
  const title = await page.evaluate(async () => {
    document.querySelector('.prev-next .next').click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return document.querySelector('#reading h1').textContent;
  });
  const id = target.split('/').pop();
  assert.equal(title, shared.dataset.events.find((e) => e.id === id).title);
  assert.deepEqual(errors, []);
});

test('a click while its prefetch is on its way fetches nothing twice, and shows the text when it comes', async () => {
  const { page, errors } = await openPage(shared.browser, 'e/kpa-invasion', { viewport: { width: 1280, height: 800 } });
  const next = page.locator('.prev-next .next');
  const target = await next.getAttribute('data-app');
  let requests = 0;
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(`**/fragments${target}.html`, async (route) => {
    requests += 1;
    await held;
    await route.continue();
  });
  await next.hover();
  await next.click();
  assert.equal(await page.locator('#reading').getAttribute('aria-busy'), 'true', 'the pane says it is loading');
  release();
  const id = target.split('/').pop();
  await page.locator('#reading h1', { hasText: shared.dataset.events.find((e) => e.id === id).title }).waitFor();
  assert.equal(requests, 1, 'one request for the fragment');
  assert.equal(await page.locator('#reading').getAttribute('aria-busy'), null);
  assert.deepEqual(errors, []);
});

test('links carry the alignment, and a click goes exactly where the link says', async () => {
  const { page, errors } = await openPage(shared.browser, 'e/kpa-invasion?mode=aligned');
  const next = page.locator('.prev-next .next');
  await page.waitForFunction(() => document.querySelector('.prev-next .next').href.includes('mode=aligned'));
  const href = await next.evaluate((a) => a.href);
  await next.click();
  await page.waitForURL(href);
  assert.equal(await page.getByRole('button', { name: 'Echo-aligned' }).getAttribute('aria-pressed'), 'true');
  const chip = page.locator('.echo-chip').first();
  assert.match(await chip.getAttribute('href'), /mode=aligned/);
  assert.deepEqual(errors, []);
});

for (const [failure, how] of [
  ['a 404', (route) => route.fulfill({ status: 404, body: 'gone' })],
  ['no network', (route) => route.abort('internetdisconnected')],
  ['a truncated file', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    await route.fulfill({ response, body: body.slice(0, body.length / 2) });
  }],
]) {
  test(`a fragment that fails with ${failure} gives a message and a link to its page, never an empty pane`, async () => {
    const { page } = await openPage(shared.browser, 'e/kpa-invasion');
    await page.route(/fragments\/e\/inchon-landing\.html$/, how);
    await page.locator('[data-event="inchon-landing"]').evaluate((marker) => marker.click());
    const message = page.locator('#reading .reading-error');
    await message.waitFor();
    assert.match(await message.innerText(), /could not be loaded/);
    const link = message.locator('a');
    assert.equal(new URL(await link.getAttribute('href'), page.url()).pathname, new URL(url('e/inchon-landing')).pathname);
    await page.unroute(/fragments/);
    await link.click();
    await page.waitForURL(/\/e\/inchon-landing\/?$/);
    await page.locator('#reading h1', { hasText: shared.dataset.events.find((e) => e.id === 'inchon-landing').title }).waitFor();
  });
}

test('the WASM carries the lanes\' short titles but no titles, which the page has, and no reading text', async () => {
  const page = await (await newContext(shared.browser)).newPage();
  const wasmUrl = page.waitForResponse((r) => r.url().endsWith('.wasm'));
  recordErrors(page);
  await page.goto(url(''));
  const wasm = (await (await wasmUrl).body()).toString('latin1');
  const event = shared.dataset.events.find((e) => e.id === 'kpa-invasion');
  assert.ok(wasm.includes(event.short), 'short titles are in the index');
  assert.ok(!wasm.includes(event.title), 'the title is the page\'s');
  for (const text of [event.summary, event.sources[0].title, shared.dataset.claims[0].record, shared.dataset.argument[0].text, shared.dataset.echoes[0].parallel]) {
    assert.ok(!wasm.includes(text.slice(0, 60)), `in the WASM: ${text.slice(0, 60)}`);
  }
});

test('every event and echo page prints whole, its title on the first page', async () => {
  const context = await newContext(shared.browser);
  const page = await context.newPage();
  assert.deepEqual(await printEveryPage(page, shared.dataset, url), []);
});

// Every address opens exactly its view, from a static host with no SPA fallback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, baseUrl, laneEvents, newContext, openPage, recordErrors, startLabel, url, useBrowser } from './browser.mjs';

const shared = useBrowser();

// A 404 status for the document itself is what a static host says; the app still answers.
const ignoring404 = (errors) => errors.filter((e) => !/status of 404/.test(e));

test('every event and echo address answers 200 with its own tags, then opens on its view', async () => {
  const { browser, dataset } = shared;
  const context = await newContext(browser);
  const errors = [];
  const check = async (path, title, playheadDate) => {
    const page = await context.newPage();
    const pageErrors = recordErrors(page, `${path}: `);
    const response = await page.goto(url(path));
    await appReady(page);
    assert.equal(response.status(), 200, path);
    const meta = (selector) => page.locator(selector).getAttribute('content');
    assert.ok((await meta('meta[property="og:title"]')).startsWith(title), `${path}: og:title`);
    assert.equal(await meta('meta[name="twitter:card"]'), 'summary_large_image');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    assert.equal(new URL(canonical).pathname, `${new URL(baseUrl).pathname}${path}/`, `${path}: canonical`);
    await page.locator('.detail h1').waitFor();
    assert.equal(await page.locator('.detail h1').innerText(), title, path);
    if (playheadDate) assert.ok((await page.locator('.readout').innerText()).includes(playheadDate), `${path}: playhead`);
    assert.ok((await page.title()).startsWith(title), `${path}: document title`);
    errors.push(...pageErrors);
    await page.close();
  };
  const inLanes = new Set(laneEvents(dataset));
  for (const event of dataset.events) {
    await check(`e/${event.id}`, event.title, inLanes.has(event) ? startLabel(event.date) : null);
  }
  for (const echo of dataset.echoes) {
    const first = dataset.events.find((e) => e.id === echo.then[0]);
    await check(`echo/${echo.id}`, echo.title, startLabel(first.date));
  }
  assert.deepEqual(errors, []);
});

test('moving inside the app names the document after the view, from the page\'s own words', async () => {
  const { dataset } = shared;
  const { page, errors } = await openPage(shared.browser, '/about');
  const titleOf = (id) => dataset.events.find((e) => e.id === id).title;
  const visibleLinks = () => page.locator('a[data-app^="/e/"]:visible').evaluateAll((links) => links.map((a) => a.dataset.app.slice(3)));
  const open = async (id) => {
    await page.locator(`a[data-app="/e/${id}"]:visible`).first().click();
    await page.waitForURL((u) => u.pathname.replace(/\/$/, '').endsWith(`/e/${id}`));
    await page.locator('.detail h1', { hasText: titleOf(id) }).waitFor();
    await page.waitForFunction((title) => document.title.startsWith(`${title} (`), titleOf(id));
  };
  // From the about page, which has no lanes, to an event in a lane; from there to one after the
  // essay, in its strip; then back.
  const inLanes = new Set(laneEvents(dataset).map((e) => e.id));
  const laneId = (await visibleLinks()).find((id) => inLanes.has(id));
  await open(laneId);
  // The about page carries no lanes: the event's own page is loaded, markers and titles whole.
  const label = await page.locator(`.marker[data-event="${laneId}"]`).getAttribute('aria-label');
  assert.ok(label.includes(`: ${titleOf(laneId)} (`), label);
  assert.equal(await page.locator(`.marker[data-event="${laneId}"] .marker-label`).textContent(), titleOf(laneId));
  const after = new Set(dataset.events.filter((e) => e.lane === 'after-essay').map((e) => e.id));
  await open((await visibleLinks()).find((id) => after.has(id)));
  await page.goBack();
  await page.goBack();
  await page.waitForFunction(() => document.title.startsWith('About the data'));
  assert.deepEqual(errors, []);
});

test('back and forward walk through what the reader selected', async () => {
  const { dataset } = shared;
  const { page, errors } = await openPage(shared.browser, '/');
  // Late June 1950 is crowded enough that markers overlap at this width: select by keyboard.
  await page.locator('[data-event="kpa-invasion"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/e\/kpa-invasion$/);
  const nextId = (await page.locator('.prev-next .next').getAttribute('data-app')).split('/').pop();
  const second = dataset.events.find((e) => e.id === nextId).title;
  await page.locator('.prev-next .next').click();
  await page.waitForURL((u) => u.pathname.endsWith(`/e/${nextId}`));
  await page.locator('.detail h1', { hasText: second }).waitFor();
  // The app carries no titles: the document's title and the announcement are the page's words.
  await page.waitForFunction((title) => document.title.startsWith(`${title} (`), second);
  assert.equal(await page.locator('#selection-announcer').textContent(), `Selected event: ${second}`);
  await page.goBack();
  await page.waitForURL(/\/e\/kpa-invasion$/);
  await page.locator('.detail h1', { hasText: dataset.events.find((e) => e.id === 'kpa-invasion').title }).waitFor();
  assert.match(await page.locator('.readout').innerText(), /25 Jun 1950/);
  await page.goBack();
  await page.waitForURL(url(''));
  await page.locator('.reading-view[data-view="home"]').waitFor();
  assert.equal(await page.locator('.event-detail').count(), 0);
  await page.goForward();
  await page.waitForURL(/\/e\/kpa-invasion$/);
  await page.goForward();
  await page.locator('.detail h1', { hasText: second }).waitFor();
  // Scrubbing keeps the date in the address but adds no history entry.
  const length = await page.evaluate(() => history.length);
  await page.locator('.playhead').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForURL(/at=\d{4}-\d{2}-\d{2}/);
  assert.equal(await page.evaluate(() => history.length), length);
  assert.deepEqual(errors, []);
});

// A slow phone is a loaded machine: whatever the page does while it catches up (laying the lanes
// out, scrolling them to the playhead), the click writes one entry, the event's own address.
test('selecting an event writes exactly one history entry, its own address, on a throttled CPU', async () => {
  for (const [viewport, rate] of [
    [{ width: 360, height: 780 }, 6],
    [{ width: 360, height: 780 }, 4],
    [{ width: 1280, height: 800 }, 6],
  ]) {
    const when = `${viewport.width} px at ${rate}x`;
    const context = await newContext(shared.browser, { viewport });
    await context.addInitScript(() => {
      window.__historyWrites = [];
      for (const name of ['pushState', 'replaceState']) {
        const write = history[name].bind(history);
        history[name] = (state, title, address) => {
          window.__historyWrites.push(`${name} ${new URL(address, location.href).pathname}${new URL(address, location.href).search}`);
          return write(state, title, address);
        };
      }
    });
    const page = await context.newPage();
    const errors = recordErrors(page, `${when}: `);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url(''));
    await appReady(page);
    // Down a phone's page the click first scrolls the lanes to the marker, which scrubs: the home
    // entry may take the day that scroll comes to rest on, as a reader's scroll would. The click
    // must not leave that settle, or any other, to rewrite the event's address.
    const marker = page.locator('.marker[data-event="inchon-landing"]');
    await marker.click();
    await page.locator('.event-detail h1', { hasText: shared.dataset.events.find((e) => e.id === 'inchon-landing').title }).waitFor();
    // Time for what the click set off to come to rest: a scroll settles 250 ms after its last move.
    await page.waitForTimeout(1500);
    const inchon = new URL(url('e/inchon-landing')).pathname;
    const writes = await page.evaluate(() => window.__historyWrites);
    const pushed = writes.indexOf(`pushState ${inchon}`);
    assert.ok(pushed >= 0, `${when}: the click pushed the event's address: ${writes}`);
    assert.deepEqual(writes.slice(pushed), [`pushState ${inchon}`], `${when}: nothing rewrote it`);
    assert.equal(writes.filter((w) => w.startsWith('pushState')).length, 1, `${when}: one entry: ${writes}`);
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, inchon, `${when}: the address to copy`);
    await page.goBack();
    await page.waitForURL((u) => u.pathname === new URL(url('')).pathname);
    assert.equal(await page.locator('.event-detail').count(), 0, `${when}: Back returns to the home page`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("a marker is a link to its event's page, in the alignment shown, and a Ctrl+click is the browser's", async () => {
  const { page, context, errors } = await openPage(shared.browser, '/?mode=aligned');
  const marker = page.locator('.marker[data-event="inchon-landing"]');
  await marker.waitFor();
  const inchon = new URL(url('e/inchon-landing')).pathname;
  assert.equal(await marker.evaluate((m) => m.tagName), 'A');
  await marker.hover();
  assert.equal(await marker.getAttribute('href'), `${inchon}?mode=aligned`, 'pointed at, it leads to the event as aligned');
  // A new tab opens on the link's address; this page stays where it was.
  const [opened] = await Promise.all([context.waitForEvent('page'), marker.click({ modifiers: ['Control'] })]);
  await opened.waitForLoadState();
  // The static host answers the page at its folder's address, `…/inchon-landing/`.
  const openedAt = new URL(opened.url());
  assert.equal(`${openedAt.pathname.replace(/\/$/, '')}${openedAt.search}`, `${inchon}?mode=aligned`);
  await opened.locator('.event-detail h1').waitFor();
  assert.equal(new URL(page.url()).pathname, new URL(url('')).pathname, 'the home page stays');
  assert.equal(await page.locator('.event-detail').count(), 0);
  // A plain click is the app's: the same address, in this page.
  await marker.click();
  await page.waitForURL((u) => u.pathname === inchon && u.search === '?mode=aligned');
  await page.locator('.event-detail h1').waitFor();
  assert.deepEqual(errors, []);
});

test('a copied link opens the same view in a fresh page', async () => {
  const { page, errors } = await openPage(shared.browser, '/e/inchon-landing', {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.locator('.playhead').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.getByRole('button', { name: 'Echo-aligned' }).click();
  await page.waitForURL(/mode=aligned.*at=|at=.*mode=aligned/);
  const readout = await page.locator('.readout').innerText();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, page.url());

  const fresh = await openPage(shared.browser, '/');
  await fresh.page.goto(link);
  await appReady(fresh.page);
  await fresh.page.locator('.detail h1').waitFor();
  assert.equal(await fresh.page.locator('.detail h1').innerText(), await page.locator('.detail h1').innerText());
  assert.equal(await fresh.page.locator('.readout').innerText(), readout);
  assert.equal(await fresh.page.getByRole('button', { name: 'Echo-aligned' }).getAttribute('aria-pressed'), 'true');
  assert.deepEqual([...errors, ...fresh.errors], []);
});

test('without the Clipboard API the link is offered selected in a text field', async () => {
  const context = await newContext(shared.browser);
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  const page = await context.newPage();
  await page.goto(url('/echo/' + shared.dataset.echoes[0].id));
  await appReady(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.locator('.manual-link input');
  await field.waitFor();
  assert.equal(await field.inputValue(), page.url());
  const selected = await field.evaluate((input) => input.selectionEnd - input.selectionStart);
  assert.equal(selected, page.url().length);
});

// Payloads that would run if they ever became markup: each sets window.__xss. Listeners are in
// place before the page loads, and a dialog would be recorded, not silently dismissed.
const XSS = 'window.__xss=1';
const payloads = [
  `e/<img src=x onerror=${XSS}>`,
  `e/"><img src=x onerror=${XSS}>`,
  `e/'><svg onload=${XSS}>`,
  `echo/<iframe src="javascript:${XSS}">`,
  `e/javascript:${XSS}`,
  `e/kpa-invasion?at="><img src=x onerror=${XSS}>&mode=<svg onload=${XSS}>`,
  `about#"><img src=x onerror=${XSS}>`,
];

// With the Content-Security-Policy off: the app's own escaping must stop every payload, whatever
// the host sends (trust.test.mjs proves the policy, the second wall).
async function openHostile(path) {
  const context = await newContext(shared.browser, { bypassCSP: true });
  const page = await context.newPage();
  const errors = recordErrors(page);
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await context.addInitScript(() => (window.__xss = 0));
  const response = await page.goto(url(path));
  await appReady(page);
  await page.locator('main > *').first().waitFor();
  return { page, response, errors, dialogs };
}

test('the XSS probe itself works: the same payload as markup does run', async () => {
  const { page } = await openHostile('/');
  await page.evaluate((xss) => {
    document.body.insertAdjacentHTML('beforeend', `<img src=x onerror=${xss}>`);
  }, XSS);
  await page.waitForFunction(() => window.__xss === 1);
});

test('payloads in the address never run, and show only as text', async () => {
  for (const path of payloads) {
    const { page, errors, dialogs } = await openHostile(path);
    // Give an injected image time to fail to load, and a handler to fire.
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate(() => window.__xss), 0, `${path}: a payload ran`);
    assert.deepEqual(dialogs, [], path);
    const injected = await page.evaluate(() =>
      [...document.querySelectorAll('img, svg[onload], iframe, [onerror], [onload]')]
        .map((e) => e.outerHTML)
        .concat([...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => /^\s*javascript:/i.test(h))),
    );
    assert.deepEqual(injected, [], `${path}: markup from the address`);
    assert.deepEqual(ignoring404(errors), [], path);
  }
  const { page } = await openHostile(payloads[0]);
  assert.equal(await page.locator('.requested-path').innerText(), `/e/<img src=x onerror=${XSS}>`);
});

test('hostile and unknown addresses get the not-found view or a safe default, never an error', async () => {
  const cases = [
    ['e/%00', 'not-found'],
    ['e/' + 'a'.repeat(5000), 'not-found'],
    ['../../etc/passwd', 'not-found'],
    ['e/inchon-landin', 'not-found'],
    ['echo/%E0%A4%A', 'not-found'],
    ['e/%E2%80%AEkpa-invasion', 'not-found'],
    ['?at=junk&mode=sideways', 'home'],
    ['e/kpa-invasion?at=1975-13-45', 'event'],
  ];
  for (const [path, expected] of cases) {
    const { page, errors, dialogs } = await openHostile(path);
    if (expected === 'not-found') {
      await page.locator('.not-found h1').waitFor();
      assert.match(await page.locator('.not-found').innerText(), /Back to the timeline/);
    } else if (expected === 'home') {
      await page.locator('.reading-view[data-view="home"]').waitFor();
      assert.match(await page.locator('.readout').innerText(), /1 Oct 1949/);
    } else {
      await page.locator('.event-detail').waitFor();
      assert.match(await page.locator('.readout').innerText(), /25 Jun 1950/);
    }
    assert.deepEqual(dialogs, [], path.slice(0, 40));
    assert.deepEqual(ignoring404(errors), [], path.slice(0, 40));
  }
});

test('a near miss suggests the nearest address, which works', async () => {
  const { page, response } = await openPage(shared.browser, 'e/inchon-landin');
  assert.equal(response.status(), 404);
  // The not-found page carries no lanes: the suggestion loads the event's own page.
  await page.locator('.suggestions a').first().click();
  await page.waitForURL(/\/e\/inchon-landing\/?$/);
  assert.ok(await page.locator('.marker .marker-label', { hasText: shared.dataset.events.find((e) => e.id === 'inchon-landing').title }).count());
  await page.locator('.detail h1', { hasText: shared.dataset.events.find((e) => e.id === 'inchon-landing').title }).waitFor();
});

test('the site ships a sitemap, robots.txt and the dataset downloads', async () => {
  const { dataset } = shared;
  const sitemap = await (await fetch(url('sitemap.xml'))).text();
  for (const event of dataset.events) assert.ok(sitemap.includes(`/e/${event.id}/</loc>`), event.id);
  assert.match(await (await fetch(url('robots.txt'))).text(), /Sitemap: .*sitemap\.xml/);
  const csv = await (await fetch(url('data/events.csv'))).text();
  assert.ok(csv.startsWith('id,lane,date'));
  const preview = await fetch(url('preview.png'));
  assert.equal(preview.headers.get('content-type'), 'image/png');
});

test('a link to one claim opens the about page scrolled to it', async () => {
  const { dataset } = shared;
  const claim = dataset.claims[dataset.claims.length - 1];
  const { page, errors } = await openPage(shared.browser, `about#${claim.id}`);
  const target = page.locator(`#${claim.id}`);
  await target.waitFor();
  await page.waitForFunction((id) => {
    const box = document.getElementById(id).getBoundingClientRect();
    // Scrolled to, a box may sit a fraction of a pixel above the top.
    return box.top > -1 && box.top < innerHeight;
  }, claim.id);
  assert.match(await target.innerText(), /The record/);
  assert.deepEqual(errors, []);
});

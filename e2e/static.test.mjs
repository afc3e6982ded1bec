// The lanes before the WASM: every page carries them in its HTML, a reader without JavaScript (or
// whose browser refuses the WASM) sees and follows them, and the app takes them over without
// moving anything or creating a marker, a label or an echo link the page already has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, newContext, recordErrors, url, useBrowser } from './browser.mjs';

const shared = useBrowser();

// The events the page draws in its lanes (not the context outside both periods).
function laneEvents() {
  const [then, now] = shared.dataset.lanes.map((lane) => lane.id);
  return shared.dataset.events.filter((e) => e.lane === then || e.lane === now);
}

// Every label shown on a lane, with the marker dots and bars of that lane: none may cover another.
async function labelOverlaps(page) {
  return page.evaluate(() => {
    const found = [];
    for (const lane of document.querySelectorAll('.lane')) {
      const labels = [...lane.querySelectorAll('.marker-name')].filter((n) => n.checkVisibility());
      const boxes = labels.map((n) => ({ text: n.textContent, ...n.getBoundingClientRect().toJSON() }));
      const markers = [...lane.querySelectorAll('.marker')].map((m) => ({ text: m.dataset.event, ...m.getBoundingClientRect().toJSON() }));
      const hit = (a, b) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) if (hit(boxes[i], boxes[j])) found.push(`"${boxes[i].text}" / "${boxes[j].text}"`);
        for (const m of markers) if (hit(boxes[i], m)) found.push(`"${boxes[i].text}" covers ${m.text}`);
      }
    }
    return { found, shown: [...document.querySelectorAll('.lane .marker-name')].filter((n) => n.checkVisibility()).length };
  });
}

test('without JavaScript every page shows both lanes, and a marker is a link that opens its event', async () => {
  const context = await newContext(shared.browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const events = laneEvents();
  for (const path of ['', `e/${events[3].id}/`, `echo/${shared.dataset.echoes[0].id}/`, 'embed/']) {
    await page.goto(url(path));
    assert.ok(await page.locator('.stage').isVisible(), `${path}: the lanes show`);
    assert.equal(await page.locator('.marker').count(), events.length, `${path}: every marker`);
    assert.equal(await page.locator('.echo-link').count(), shared.dataset.echoes.length, `${path}: every echo link`);
    const readings = await page.locator('.lane-current').allTextContents();
    assert.equal(readings.length, 2, `${path}: a reading under each lane`);
  }
  await page.goto(url(`e/${events[3].id}/`));
  const selected = page.locator('.marker[aria-current="true"]');
  assert.equal(await selected.getAttribute('data-event'), events[3].id, 'the page marks its own event');
  const target = events[10];
  await page.locator(`.marker[data-event="${target.id}"]`).click();
  await page.waitForURL(url(`e/${target.id}/`));
  assert.equal(await page.locator('h1').textContent(), target.title);
});

test('without JavaScript no label covers another or a marker, at any width from 320 to 1920 px', async () => {
  const context = await newContext(shared.browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url(''));
  let labelled = 0;
  for (const width of [320, 360, 390, 414, 480, 599, 600, 640, 768, 900, 1024, 1180, 1280, 1366, 1440, 1600, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    // Markers glide to the rows of the new width. Asking for the animations brings the style up
    // to date, so the glides have begun (no frame callback: the page runs no script).
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    const { found, shown } = await labelOverlaps(page);
    assert.deepEqual(found, [], `${width} px`);
    labelled = Math.max(labelled, shown);
  }
  assert.ok(labelled >= 20, `labels show (${labelled} at most)`);
});

test('when the WASM is refused, the page stays a working page: lanes shown, markers as links', async () => {
  const context = await newContext(shared.browser, { viewport: { width: 1280, height: 900 } });
  await context.route(/\.wasm$/, (route) => route.abort());
  const page = await context.newPage();
  const events = laneEvents();
  await page.goto(url(`e/${events[0].id}/`));
  await page.waitForLoadState('networkidle');
  assert.equal(await page.evaluate(() => window.__echoesStarted === true), false, 'the app did not start');
  assert.equal(await page.locator('#timeline[hidden]').count(), 0, 'no hidden slot');
  assert.ok(await page.locator('.stage').isVisible());
  assert.equal(await page.locator('.marker').count(), events.length);
  const target = events[5];
  await page.locator(`.marker[data-event="${target.id}"]`).click();
  await page.waitForURL(url(`e/${target.id}/`));
  assert.equal(await page.locator('h1').textContent(), target.title);
});

test('on a phone the home page\'s lanes come after its introduction, within two screens of the top', async () => {
  for (const javaScriptEnabled of [false, true]) {
    const context = await newContext(shared.browser, { viewport: { width: 390, height: 844 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(url(''));
    if (javaScriptEnabled) await appReady(page);
    const top = (selector) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top + scrollY);
    const [intro, marker, argument] = [await top('.intro'), await top('.marker'), await top('.argument')];
    const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
    assert.ok(marker <= 2 * 844, `${how}: the first marker is ${marker} px down`);
    assert.ok(intro < marker && marker < argument, `${how}: introduction ${intro}, marker ${marker}, argument ${argument}`);
    await context.close();
  }
});

test('the app is fetched only once the page has painted, and then starts', async () => {
  const context = await newContext(shared.browser);
  const page = await context.newPage();
  for (const path of ['', `e/${laneEvents()[0].id}/`, 'about/']) {
    await page.goto(url(path));
    await appReady(page);
    const { painted, fetched } = await page.evaluate(() => ({
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      fetched: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.startTime,
    }));
    assert.ok(painted > 0 && fetched > 0, `${path || '/'}: painted at ${painted}, WASM fetched at ${fetched}`);
    assert.ok(fetched >= painted, `${path || '/'}: the WASM was fetched at ${fetched} ms, before the first paint at ${painted}`);
  }
});

// Layout shifts from navigation until a second after the app has started; and every marker,
// label and echo link added to the page after its HTML was parsed (the app's, if any).
async function takeOver(path, width) {
  const context = await newContext(shared.browser, { viewport: { width, height: 844 } });
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
    window.__added = [];
    const watch = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node.nodeType === 1 && node.matches('.marker, .marker-item, .marker-name, .echo-link, .tick, .marker-bucket, .marker *'))
            window.__added.push(node.className.baseVal ?? node.className);
    });
    document.addEventListener('DOMContentLoaded', () => watch.observe(document, { childList: true, subtree: true }));
  });
  const page = await context.newPage();
  const errors = recordErrors(page);
  await page.goto(url(path));
  await appReady(page);
  await page.waitForTimeout(1000);
  const result = await page.evaluate(() => ({
    cls: window.__shifts.reduce((sum, value) => sum + value, 0),
    added: window.__added,
    static: document.querySelector('.stage').classList.contains('static'),
  }));
  return { ...result, errors, page };
}

for (const width of [390, 1280]) {
  test(`at ${width} px the app takes the lanes over without a layout shift or a new marker`, async () => {
    const events = laneEvents();
    for (const path of ['', `e/${events[20].id}/`, `echo/${shared.dataset.echoes[1].id}/`]) {
      const { cls, added, errors, static: stillStatic } = await takeOver(path, width);
      assert.ok(cls <= 0.02, `${path || '/'}: cumulative layout shift ${cls.toFixed(4)}`);
      assert.deepEqual(added, [], `${path || '/'}: nothing the page had was created again`);
      assert.equal(stillStatic, false, `${path || '/'}: the app laid the lanes out`);
      assert.deepEqual(errors, []);
    }
  });
}

test('an address with a junk at=, z= or c= opens on the default lanes, with no error', async () => {
  const events = laneEvents();
  for (const query of ['at=1950-13-45', 'at=%3Cscript%3E', 'z=NaN', 'z=999999999999', 'z=-3', 'c=-1e400', 'c=%ZZ&at=']) {
    const { page, errors } = await takeOver(`?${query}`, 1280);
    assert.equal(await page.locator('.marker').count(), events.length, query);
    assert.equal(await page.locator('.marker-item.off').count(), 0, `${query}: the whole lanes`);
    const playhead = await page.locator('.playhead').getAttribute('aria-valuenow');
    assert.equal(playhead, '0', `${query}: the playhead at the start`);
    assert.deepEqual(errors, [], query);
  }
});

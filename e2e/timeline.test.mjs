// The parallel timeline as a reader uses it, at 1920 px and at 360 px.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, loadDataset, openPage, startLabel, url } from './browser.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const artifacts = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(artifacts, { recursive: true });

let browser;
let dataset;
before(async () => {
  browser = await launch();
  dataset = await loadDataset();
});
after(async () => {
  await browser?.close();
});

const event = (id) => dataset.events.find((e) => e.id === id);
const readout = (page) => page.locator('.readout').innerText();

async function dragPlayhead(page, dx) {
  const box = await page.locator('.playhead-handle').boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y);
  await page.mouse.up();
}

async function touchDrag(page, dx) {
  const box = await page.locator('.playhead-handle').boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, px) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: px, y }] });
  await touch('touchStart', x);
  for (let i = 1; i <= 10; i++) await touch('touchMove', x + (dx * i) / 10);
  await touch('touchEnd', x + dx);
}

async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const [name, viewport] of [
  ['1920 px', { width: 1920, height: 1080 }],
  ['360 px', { width: 360, height: 780 }],
]) {
  describe(`at ${name}`, () => {
    const open = (path, extra = {}) => openPage(browser, path, { viewport, ...extra });

    test('dragging the playhead with a mouse changes both dates and keeps them in the URL', async () => {
      const { page, context, errors } = await open('/e/kpa-invasion');
      await page.locator('.playhead').waitFor();
      const before = await readout(page);
      assert.match(before, /25 Jun 1950/);
      await dragPlayhead(page, viewport.width / 5);
      const afterText = await readout(page);
      assert.notEqual(afterText, before);
      const [then, now] = afterText.split('·').map((s) => s.trim());
      assert.match(then, /1950/);
      assert.match(now, /202[34]/);
      assert.equal(await page.locator('.playhead').getAttribute('aria-valuetext'), afterText);
      await page.waitForURL(/at=\d{4}-\d{2}-\d{2}/);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('dragging the playhead by touch changes the dates', async () => {
      const { page, context, errors } = await open('/e/kpa-invasion', { hasTouch: true, isMobile: true });
      await page.locator('.playhead').waitFor();
      const before = await readout(page);
      await touchDrag(page, -viewport.width / 5);
      assert.notEqual(await readout(page), before);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('arrow keys step from event to event and announce the current ones', async () => {
      const { page, context, errors } = await open('/e/kpa-invasion');
      await page.locator('.playhead').focus();
      const before = await readout(page);
      await page.keyboard.press('ArrowRight');
      const stepped = await readout(page);
      assert.notEqual(stepped, before);
      // The playhead stands on the start of the next event, in one lane or the other.
      const ids = await page.locator('.current-track:not(.hidden)').evaluateAll((rings) => rings.map((r) => r.dataset.event));
      assert.equal(ids.length, 2, 'one current event per lane');
      const dates = stepped.split('·').map((s) => s.trim());
      assert.ok(
        ids.some((id) => dates.includes(startLabel(event(id).date))),
        `${stepped} is the start of none of ${ids}`,
      );
      const announced = await page.locator('#playhead-announcer').innerText();
      for (const id of ids) assert.ok(announced.includes(event(id).title), `${announced} lacks ${id}`);
      // Keys belong to the timeline: pressed elsewhere they do nothing.
      const readoutBefore = await readout(page);
      await page.locator('h1').click();
      await page.keyboard.press('ArrowRight');
      assert.equal(await readout(page), readoutBefore);
      // Shift+→ moves a month; Home goes to the start.
      await page.locator('.playhead').focus();
      await page.keyboard.press('Home');
      assert.match(await readout(page), /1 Oct 1949/);
      await page.keyboard.press('Shift+ArrowRight');
      assert.match(await readout(page), /1 Nov 1949/);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('echo-aligned mode puts each aligned echo pair at the same x', async () => {
      const { page, context, errors } = await open('/');
      await page.getByRole('button', { name: 'Echo-aligned' }).click();
      await page.waitForURL(/mode=aligned/);
      await page.waitForTimeout(700); // the switch animates
      const links = await page.locator('path.echo-link:not(.slanted)').evaluateAll((paths) =>
        paths.map((p) => p.getAttribute('d').match(/-?\d+/g).map(Number)),
      );
      assert.ok(links.length >= 2, `${links.length} aligned echoes`);
      for (const [a, , , , , , b] of links) assert.ok(Math.abs(a - b) <= 1, `link from ${a} to ${b}`);
      // The end markers of an aligned echo sit across from each other on screen.
      const aligned = await page.locator('path.echo-link:not(.slanted)').evaluateAll((ps) => ps.map((p) => p.dataset.echo));
      const echo = dataset.echoes.find((e) => aligned.includes(e.id) && event(e.then[0]).date.length === 10 && event(e.now[0]).date.length === 10);
      if (echo) {
        const centre = async (id) => {
          const box = await page.locator(`[data-event="${id}"]`).boundingBox();
          return box.x + box.width / 2;
        };
        const gap = Math.abs((await centre(echo.then[0])) - (await centre(echo.now[0])));
        assert.ok(gap <= 3, `${echo.id}: ends ${gap}px apart`);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('clicking an event selects it through the URL and shows its detail', async () => {
      const { page, context, errors } = await open('/');
      await page.locator('[data-event="inchon-landing"]').click();
      await page.waitForURL(/\/e\/inchon-landing$/);
      const detail = page.locator('.event-detail');
      assert.equal(await detail.locator('h2').innerText(), event('inchon-landing').title);
      assert.match(await detail.locator('.detail-date').innerText(), /15 Sep 1950/);
      assert.ok((await detail.locator('.sources a').count()) >= 1);
      assert.match(await readout(page), /15 Sep 1950/);
      await page.goBack();
      await page.waitForURL(url(''));
      assert.equal(await page.locator('.event-detail').count(), 0);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('a filter fades the other markers and clearing it restores them', async () => {
      const { page, context, errors } = await open('/');
      const markers = page.locator('.marker');
      const total = await markers.count();
      await page.getByRole('button', { name: 'Soviet Union', exact: true }).click();
      const faded = await page.locator('.marker.faded').count();
      const soviet = dataset.events.filter((e) => e.lane !== 'context' && e.actors.includes('ussr')).length;
      assert.equal(await markers.count(), total, 'no marker is removed');
      assert.equal(faded, total - soviet);
      await page.getByRole('button', { name: 'Clear filters' }).click();
      assert.equal(await page.locator('.marker.faded').count(), 0);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('axe finds no violations on the timeline, an event and the argument, light and dark', async () => {
      for (const colorScheme of ['light', 'dark']) {
        for (const path of ['/', '/e/kpa-invasion', '/echo/' + dataset.echoes[0].id, '/about']) {
          const { page, context, errors } = await open(path, { colorScheme });
          await page.locator('main h1, main h2').first().waitFor();
          assert.deepEqual(await axeViolations(page), [], `${path} ${colorScheme}`);
          const name = `${viewport.width}-${colorScheme}${path.replace(/\W+/g, '-')}.png`;
          await page.screenshot({ path: artifacts + name, fullPage: true });
          assert.deepEqual(errors, [], path);
          await context.close();
        }
      }
    });
  });
}

test('play sweeps the playhead forward, and pause stops it', async () => {
  const { page, context, errors } = await openPage(browser, '/');
  const before = await page.locator('.playhead').getAttribute('aria-valuenow');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(600);
  await page.getByRole('button', { name: 'Pause' }).click();
  const after = Number(await page.locator('.playhead').getAttribute('aria-valuenow'));
  assert.ok(after > Number(before), `${before} → ${after}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('under reduced motion, play steps from event to event', async () => {
  const { page, context, errors } = await openPage(browser, '/', { reducedMotion: 'reduce' });
  const before = await readout(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(2500); // one step every 1.5 s
  await page.getByRole('button', { name: 'Pause' }).click();
  // One step landed exactly on the start of an event in one lane, with nothing in between.
  const stepped = await readout(page);
  assert.notEqual(stepped, before);
  const ids = await page.locator('.current-track:not(.hidden)').evaluateAll((rings) => rings.map((r) => r.dataset.event));
  const dates = stepped.split('·').map((s) => s.trim());
  assert.ok(ids.some((id) => dates.includes(startLabel(event(id).date))), `${stepped} is the start of none of ${ids}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('printing gives the selected event and every event by lane as text', async () => {
  const { page, context, errors } = await openPage(browser, '/e/inchon-landing');
  await page.locator('.event-detail').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.timeline').isVisible(), false);
  assert.equal(await page.locator('.event-detail h2').innerText(), event('inchon-landing').title);
  const list = await page.locator('.print-list').innerText();
  for (const e of dataset.events.filter((e) => e.lane !== 'context')) assert.ok(list.includes(e.title), e.id);
  assert.deepEqual(errors, []);
  await context.close();
});

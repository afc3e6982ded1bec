// The parallel timeline as a reader uses it, at 1920 px and at 360 px, where time runs down the
// page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  animationsSettled,
  assertNoSidewaysScroll,
  frames,
  laneEvents,
  openPage,
  startDay,
  startLabel,
  url,
  useBrowser,
} from './browser.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const artifacts = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(artifacts, { recursive: true });

const shared = useBrowser();
const event = (id) => shared.dataset.events.find((e) => e.id === id);
const readout = (page) => page.locator('.readout').innerText();
const valueNow = async (page) => Number(await page.locator('.playhead').getAttribute('aria-valuenow'));

async function dragPlayhead(page, dx) {
  await page.locator('.playhead-handle').scrollIntoViewIfNeeded();
  const box = await page.locator('.playhead-handle').boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y);
  await page.mouse.up();
}

async function touchDrag(page, dx) {
  await page.locator('.playhead-handle').scrollIntoViewIfNeeded();
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
  // Evaluated by the test, not added as a script, which the page's policy would refuse.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// The current event of each lane, as its ring names it.
const currentIds = (page) =>
  page.locator('.current-track:not(.hidden)').evaluateAll((rings) => rings.map((r) => r.dataset.event));

// Where an event's start sits across its lane in calendar mode (0..1), worked out from the
// dataset alone: a lane runs from its first day's start to its last day's end.
function calendarX(e) {
  const lane = shared.dataset.lanes.find((l) => l.id === e.lane);
  const first = startDay(lane.start);
  return (startDay(e.date) - first) / (startDay(lane.end) + 1 - first);
}

// The lane events whose start comes next after position `x`, in either lane (calendar mode).
function nextStarts(x) {
  const later = laneEvents(shared.dataset).filter((e) => calendarX(e) > x + 1e-9);
  const least = Math.min(...later.map(calendarX));
  return later.filter((e) => Math.abs(calendarX(e) - least) < 1e-9);
}

for (const [name, viewport] of [
  ['1920 px', { width: 1920, height: 1080 }],
  ['360 px', { width: 360, height: 780 }],
]) {
  describe(`at ${name}`, () => {
    const open = (path, extra = {}) => openPage(shared.browser, path, { viewport, ...extra });
    // Below 600 px time runs down the page, and scrolling is the drag (tested on its own below).
    const across = viewport.width >= 600;

    test('a deep link opens without sideways scroll', async () => {
      const { page, errors } = await open('/e/kpa-invasion');
      await page.locator('.event-detail').waitFor();
      await assertNoSidewaysScroll(page, 'deep link');
      assert.deepEqual(errors, []);
    });

    if (across) test('dragging the playhead with a mouse changes both dates and keeps them in the URL', async () => {
      const { page, errors } = await open('/e/kpa-invasion');
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
      await assertNoSidewaysScroll(page, 'after a drag');
      // Dragged past the right end, the playhead stops at the end and the page stays put.
      await dragPlayhead(page, viewport.width);
      assert.equal(await valueNow(page), 100);
      await assertNoSidewaysScroll(page, 'dragged to the end');
      assert.deepEqual(errors, []);
    });

    if (across) test('dragging the playhead by touch changes the dates', async () => {
      const { page, errors } = await open('/e/kpa-invasion', { hasTouch: true, isMobile: true });
      const before = await readout(page);
      await touchDrag(page, -viewport.width / 5);
      assert.notEqual(await readout(page), before);
      await assertNoSidewaysScroll(page, 'after a touch drag');
      assert.deepEqual(errors, []);
    });

    test('arrow keys step to the next event in either lane and announce it', async () => {
      const { page, errors } = await open('/e/kpa-invasion');
      await page.locator('.playhead').focus();
      await page.keyboard.press('ArrowRight');
      // The next start after 25 June 1950 in either lane, worked out from the dataset.
      const expected = nextStarts(calendarX(event('kpa-invasion')));
      const stepped = await readout(page);
      const [then, now] = stepped.split('·').map((s) => s.trim());
      const ids = await currentIds(page);
      const hit = expected.find((e) => ids.includes(e.id));
      assert.ok(hit, `${stepped}: none of ${expected.map((e) => e.id)} is current (${ids})`);
      assert.equal(hit.lane === '1950' ? then : now, startLabel(hit.date));
      // The live region names each lane's current event with the event's own date, as the lanes
      // read under them, not the playhead's day.
      const announced = await page.locator('#playhead-announcer').innerText();
      assert.ok(announced.includes(hit.title), `${announced} lacks ${hit.id}`);
      const laneReadings = await page.locator('.lane-current').evaluateAll((lanes) =>
        lanes.map((lane) => [
          lane.querySelector('.lane-current-date').textContent,
          lane.querySelector('a')?.getAttribute('href').split('/e/')[1]?.split(/[/?]/)[0],
        ]),
      );
      const named = laneReadings.map(([date, id]) =>
        id ? `${date}: ${event(id).title}.` : 'Before the first event.',
      );
      assert.equal(announced.trim(), named.join(' '));
      // Keys belong to the timeline: pressed elsewhere they do nothing.
      await page.locator('.event-detail h1').click();
      await page.keyboard.press('ArrowRight');
      assert.equal(await readout(page), stepped);
      // Shift+→ moves a month; Home goes to the start, End to the end.
      await page.locator('.playhead').focus();
      await page.keyboard.press('Home');
      assert.match(await readout(page), /1 Oct 1949/);
      await page.keyboard.press('Shift+ArrowRight');
      assert.match(await readout(page), /1 Nov 1949/);
      await page.keyboard.press('End');
      assert.match(await readout(page), /31 Dec 1950 · 31 Dec 2024/);
      await assertNoSidewaysScroll(page, 'after End');
      assert.deepEqual(errors, []);
    });

    test('echo-aligned mode puts each aligned echo pair at the same place in time', async () => {
      const { page, errors } = await open('/');
      await page.getByRole('button', { name: 'Echo-aligned' }).click();
      await page.waitForURL(/mode=aligned/);
      await animationsSettled(page);
      const links = await page.locator('path.echo-link:not(.slanted)').evaluateAll((paths) =>
        paths.map((p) => ({ id: p.dataset.echo, xs: p.getAttribute('d').match(/-?\d+(\.\d+)?/g).map(Number) })),
      );
      assert.ok(links.length >= 2, `${links.length} aligned echoes`);
      // "M a,0 C a,50 b,50 b,100": drawn across, and turned down a phone's page by the stylesheet.
      for (const { id, xs } of links) assert.ok(Math.abs(xs[0] - xs[6]) <= 1, `${id}: link from ${xs[0]} to ${xs[6]}`);
      // The end markers of an aligned echo whose ends are both days sit across from each other.
      const onDays = shared.dataset.echoes.filter(
        (e) => links.some((l) => l.id === e.id) && event(e.then[0]).date.length === 10 && event(e.now[0]).date.length === 10,
      );
      assert.ok(onDays.length >= 1, 'an aligned echo between two days');
      const centre = async (id) => {
        const box = await page.locator(`[data-event="${id}"]`).boundingBox();
        return across ? box.x + box.width / 2 : box.y + box.height / 2;
      };
      // The warp aligns the middles of the two days and a point marks its day's start, so the
      // two may differ by half a day where the lanes are long (down a phone's page, 12,000 px).
      const area = await page.locator('.lane-then .marker-area').boundingBox();
      const lane = shared.dataset.lanes[0];
      const days = startDay(lane.end) + 1 - startDay(lane.start);
      const halfDay = (across ? area.width : area.height) / days / 2;
      for (const echo of onDays) {
        const gap = Math.abs((await centre(echo.then[0])) - (await centre(echo.now[0])));
        assert.ok(gap <= Math.max(3, halfDay + 1), `${echo.id}: ends ${gap}px apart (half a day is ${halfDay}px)`);
      }
      await assertNoSidewaysScroll(page, 'aligned');
      assert.deepEqual(errors, []);
    });

    test('clicking an event selects it through the URL and shows its detail', async () => {
      const { page, errors } = await open('/');
      await page.locator('[data-event="inchon-landing"]').click();
      await page.waitForURL(/\/e\/inchon-landing$/);
      const detail = page.locator('.event-detail');
      await detail.locator('h1', { hasText: event('inchon-landing').title }).waitFor();
      assert.match(await detail.locator('.detail-date').innerText(), /15 Sep 1950/);
      assert.ok((await detail.locator('.sources a').count()) >= 1);
      assert.match(await readout(page), /15 Sep 1950/);
      await assertNoSidewaysScroll(page, 'after selecting');
      await page.goBack();
      await page.waitForURL(url(''));
      await page.locator('.reading-view[data-view="home"]').waitFor();
      assert.equal(await page.locator('.event-detail').count(), 0);
      assert.deepEqual(errors, []);
    });

    test('a filter fades the other markers and clearing it restores them', async () => {
      const { page, errors } = await open('/');
      const markers = page.locator('.marker');
      const inLanes = laneEvents(shared.dataset);
      assert.equal(await markers.count(), inLanes.length, 'a marker for every lane event');
      await page.getByRole('button', { name: 'Soviet Union', exact: true }).click();
      const soviet = inLanes.filter((e) => e.actors.includes('ussr')).length;
      assert.equal(await markers.count(), inLanes.length, 'no marker is removed');
      assert.equal(await page.locator('.marker.faded').count(), inLanes.length - soviet);
      await page.getByRole('button', { name: 'Clear filters' }).click();
      assert.equal(await page.locator('.marker.faded').count(), 0);
      await assertNoSidewaysScroll(page, 'after filtering');
      assert.deepEqual(errors, []);
    });

    test('axe finds no violations on the timeline, an event and the argument, light and dark', async () => {
      for (const colorScheme of ['light', 'dark']) {
        for (const path of ['/', '/e/kpa-invasion', '/echo/' + shared.dataset.echoes[0].id, '/about']) {
          const { page, context, errors } = await open(path, { colorScheme });
          await page.locator('main h1, main h2').first().waitFor();
          assert.deepEqual(await axeViolations(page), [], `${path} ${colorScheme}`);
          await assertNoSidewaysScroll(page, `${path} ${colorScheme}`);
          const name = `${viewport.width}-${colorScheme}${path.replace(/\W+/g, '-')}.png`;
          await page.screenshot({ path: artifacts + name, fullPage: true });
          assert.deepEqual(errors, [], path);
          await context.close();
        }
      }
    });
  });
}

// Scrolls the lanes by touch: a finger drawn `dy` px up (negative: down) over the stage.
async function touchScroll(page, dy) {
  const box = await page.locator('.stage').boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, py) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: py }] });
  await touch('touchStart', y);
  for (let i = 1; i <= 10; i++) await touch('touchMove', y - (dy * i) / 10);
  await touch('touchEnd', y - dy);
}

test('at 360 px time runs down the page: 1950 on the left, scrolling the lanes scrubs, and the playhead stays in sight', async () => {
  const { page, errors } = await openPage(shared.browser, '/e/kpa-invasion', {
    viewport: { width: 360, height: 780 },
    hasTouch: true,
    isMobile: true,
  });
  await page.locator('.stage').scrollIntoViewIfNeeded();
  const box = (selector) => page.locator(selector).first().boundingBox();
  const [then, now] = [await box('.lane-then'), await box('.lane-now')];
  assert.ok(then.x + then.width <= now.x, `the 1950 lane (${then.x}) is left of 2023–24 (${now.x})`);
  // Later events sit lower; the playhead is a line across both lanes.
  const [invasion, inchon] = [await box('[data-event="kpa-invasion"]'), await box('[data-event="inchon-landing"]')];
  assert.ok(invasion.y < inchon.y, `25 Jun 1950 (${invasion.y}) above 15 Sep 1950 (${inchon.y})`);
  const line = await box('.playhead-line');
  assert.ok(line.width > 300 && line.height < 30, `a horizontal playhead: ${line.width}×${line.height}`);
  assert.equal(await page.locator('.playhead').getAttribute('aria-orientation'), 'vertical');
  // It opens on the event in the address, in sight.
  assert.match(await readout(page), /25 Jun 1950/);
  const inSight = async (what) => {
    const [stage, handle] = [await box('.stage'), await box('.playhead-line')];
    const middle = handle.y + handle.height / 2;
    assert.ok(middle >= stage.y && middle <= stage.y + stage.height, `${what}: playhead at ${middle}, stage ${stage.y}–${stage.y + stage.height}`);
  };
  await inSight('deep link');
  // A finger drawn up scrolls the lanes later in time; the address takes the day at rest.
  const before = await readout(page);
  await touchScroll(page, 400);
  const scrolled = await readout(page);
  assert.notEqual(scrolled, before);
  await page.waitForURL(/at=1950-(0[7-9]|1[0-2])-\d{2}/);
  await inSight('after a touch scroll');
  // A wheel scrolls too, back up.
  const stage = await box('.stage');
  await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
  await page.mouse.wheel(0, -400);
  await page.waitForFunction((text) => document.querySelector('.readout').innerText !== text, scrolled);
  await inSight('after a wheel');
  // Keys: down is later; End reaches the end, in sight.
  await page.locator('.playhead').focus();
  await page.keyboard.press('End');
  assert.match(await readout(page), /31 Dec 1950 · 31 Dec 2024/);
  await frames(page, 2);
  await inSight('at the end');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  const expected = nextStarts(0);
  const ids = await currentIds(page);
  assert.ok(expected.some((e) => ids.includes(e.id)), `ArrowDown from the start: none of ${expected.map((e) => e.id)} is current (${ids})`);
  // Play scrolls the lanes with the playhead.
  const top = await page.locator('.stage').evaluate((s) => s.scrollTop);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction((t) => document.querySelector('.stage').scrollTop > t + 20, top);
  await page.getByRole('button', { name: 'Pause' }).click();
  await inSight('playing');
  await assertNoSidewaysScroll(page, 'down the page');
  // A wide window runs across again.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForFunction(() => !matchMedia('(max-width: 599.98px)').matches);
  const wide = await box('.playhead-line');
  assert.ok(wide.height > wide.width, `a vertical playhead when wide: ${wide.width}×${wide.height}`);
  assert.deepEqual(errors, []);
});

// A finger on the playhead's handle, moved through `ys` (screen y, each after the last) and
// then lifted, cancelled (`touchCancel`, as an incoming call does) or left down (`none`).
async function touchHandle(page, ys, end = 'touchEnd') {
  const box = await page.locator('.playhead-handle').boundingBox();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, py) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: py === undefined ? [] : [{ x, y: py }] });
  await touch('touchStart', y);
  for (const to of ys) {
    for (let i = 1; i <= 5; i++) await touch('touchMove', y + ((to - y) * i) / 5);
  }
  if (end !== 'none') await touch(end);
  return { y, touch };
}

// The view is sane: the playhead is on the lanes' scale, in sight on the stage, where the
// stage's scroll says (down the page), and no drag is left running.
async function assertSane(page, what) {
  await frames(page, 3);
  const view = await page.evaluate(() => {
    const stage = document.querySelector('.stage');
    const playhead = document.querySelector('.playhead');
    const line = playhead.querySelector('.playhead-line').getBoundingClientRect();
    const box = stage.getBoundingClientRect();
    const lane = document.querySelector('.lane').getBoundingClientRect();
    return {
      now: Number(playhead.getAttribute('aria-valuenow')),
      middle: line.top + line.height / 2,
      top: box.top,
      bottom: box.bottom,
      dragging: stage.classList.contains('dragging'),
      down: matchMedia('(max-width: 599.98px)').matches,
      scrolled: stage.scrollTop / Math.max(1, lane.height - stage.clientHeight),
    };
  });
  assert.ok(view.now >= 0 && view.now <= 100, `${what}: the playhead's value ${view.now}`);
  assert.ok(view.middle >= view.top && view.middle <= view.bottom, `${what}: playhead at ${view.middle}, stage ${view.top}–${view.bottom}`);
  assert.equal(view.dragging, false, `${what}: no drag left running`);
  if (view.down) assert.ok(Math.abs(view.scrolled * 100 - view.now) <= 1.5, `${what}: scrolled ${view.scrolled} for the value ${view.now}`);
}

test('at 390×844 the playhead has a 24 px handle that a finger and a mouse drag, and a cancelled drag, a touch ending off screen or a turn mid-drag leave the view sane', async () => {
  const { page, errors } = await openPage(shared.browser, '/e/kpa-invasion', {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  await page.locator('.stage').scrollIntoViewIfNeeded();
  const handle = await page.locator('.playhead-handle').boundingBox();
  assert.ok(handle.width >= 24 && handle.height >= 24, `the handle is ${handle.width}×${handle.height}`);
  // A finger drags it down, later in time, and it stays under the finger; the address takes the day.
  const start = await valueNow(page);
  const { y } = await touchHandle(page, [handle.y + handle.height / 2 + 120]);
  assert.ok((await valueNow(page)) > start, `a finger drawn down moved the playhead on from ${start}`);
  const moved = await page.locator('.playhead-handle').boundingBox();
  assert.ok(Math.abs(moved.y + moved.height / 2 - (y + 120)) <= 4, `the handle (${moved.y}) stays under the finger (${y + 120})`);
  await page.waitForURL(/at=1950-/);
  await assertSane(page, 'after a finger drag');
  // A mouse drags it back up.
  const before = await valueNow(page);
  const box = await page.locator('.playhead-handle').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 16 * i);
  await page.mouse.up();
  assert.ok((await valueNow(page)) < before, 'a mouse drawn up moved it back');
  await assertSane(page, 'after a mouse drag');
  // An incoming call cancels a drag: the playhead stays where it was taken, and scrolling scrubs again.
  const held = await touchHandle(page, [box.y + 60], 'touchCancel');
  assert.ok(held.y > 0);
  await assertSane(page, 'after a cancelled drag');
  const cancelledAt = await readout(page);
  await touchScroll(page, 200);
  assert.notEqual(await readout(page), cancelledAt, 'scrolling scrubs after a cancelled drag');
  await assertSane(page, 'after a scroll');
  // A finger that leaves the screen, below it and then above it, ends at an end of the lanes.
  await touchHandle(page, [900]);
  assert.equal(await valueNow(page), 100, 'a finger gone below the screen: the lanes\' end');
  await assertSane(page, 'after a touch ended below the screen');
  await touchHandle(page, [-60]);
  assert.equal(await valueNow(page), 0, 'a finger gone above the screen: the lanes\' start');
  await assertSane(page, 'after a touch ended above the screen');
  // Turned to landscape mid-drag, then back: the drag ends with the finger, and each layout is whole.
  const turning = await touchHandle(page, [(await page.locator('.playhead-handle').boundingBox()).y + 80], 'none');
  await page.setViewportSize({ width: 844, height: 390 });
  await page.waitForFunction(() => !matchMedia('(max-width: 599.98px)').matches);
  await turning.touch('touchMove', 200);
  await turning.touch('touchEnd');
  await assertSane(page, 'turned to landscape mid-drag');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction(() => matchMedia('(max-width: 599.98px)').matches);
  await page.locator('.stage').scrollIntoViewIfNeeded();
  await assertSane(page, 'turned back to portrait');
  await assertNoSidewaysScroll(page, 'after the turns');
  assert.deepEqual(errors, []);
});

// Boxes on screen that overlap by more than a pixel.
const overlap = (a, b) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

for (const width of [320, 360, 1280]) {
  test(`at ${width} px, tick labels never overlap and markers share a row only when every row is taken`, async () => {
    const { page, errors } = await openPage(shared.browser, '/', { viewport: { width, height: 800 } });
    for (const mode of ['Calendar', 'Echo-aligned']) {
      await page.getByRole('button', { name: mode }).click();
      await animationsSettled(page);
      for (const axis of await page.locator('.axis').all()) {
        const boxes = await axis.locator('.tick-label').evaluateAll((labels) =>
          labels.filter((l) => l.checkVisibility()).map((l) => ({ text: l.textContent, ...l.getBoundingClientRect().toJSON() })),
        );
        assert.ok(boxes.length >= 2, `${mode}: ${boxes.length} tick labels at ${width} px`);
        for (let i = 1; i < boxes.length; i++) {
          assert.ok(!overlap(boxes[i - 1], boxes[i]), `${mode}: "${boxes[i - 1].text}" and "${boxes[i].text}" overlap`);
        }
      }
      for (const lane of await page.locator('.lane').all()) {
        // Along time and across it: across a wide stage, rows are stacked down; down a phone's,
        // side by side.
        const markers = await lane.locator('.marker').evaluateAll((buttons) =>
          buttons.map((b) => {
            const r = b.getBoundingClientRect();
            const down = matchMedia('(max-width: 599.98px)').matches;
            const row = b.parentElement.style.getPropertyValue('--row');
            return down
              ? { ...r.toJSON(), id: b.dataset.event, row, from: r.top, to: r.bottom }
              : { ...r.toJSON(), id: b.dataset.event, row, from: r.left, to: r.right };
          }),
        );
        const rows = new Set(markers.map((m) => m.row));
        for (const a of markers) {
          for (const b of markers) {
            if (a.id >= b.id || a.row !== b.row || !overlap(a, b)) continue;
            // Every row holds a marker within a few pixels of the later one's box: it had nowhere
            // else to go.
            const later = a.from > b.from ? a : b;
            const busy = new Set(markers.filter((m) => m.from <= later.to && m.to + 4 >= later.from).map((m) => m.row));
            assert.equal(busy.size, rows.size, `${mode}, ${width} px: ${a.id} and ${b.id} overlap with a row free`);
          }
        }
      }
    }
    assert.deepEqual(errors, []);
  });
}

test('play sweeps the playhead forward, and pause stops it dead', async () => {
  const { page, errors } = await openPage(shared.browser, '/');
  const before = await valueNow(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction((v) => Number(document.querySelector('.playhead').getAttribute('aria-valuenow')) > v, before);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await page.locator('.playhead').getAttribute('aria-valuetext');
  const place = () => page.locator('.playhead').evaluate((e) => getComputedStyle(e).transform);
  const transform = await place();
  await frames(page, 30);
  assert.equal(await page.locator('.playhead').getAttribute('aria-valuetext'), paused, 'moved after pause');
  assert.equal(await place(), transform);
  assert.deepEqual(errors, []);
});

test('play runs to the end and stops there, and play again starts over', async () => {
  const { page, errors } = await openPage(shared.browser, '/');
  await page.locator('.playhead').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+ArrowLeft');
  const nearEnd = await valueNow(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 20_000 });
  assert.equal(await valueNow(page), 100);
  assert.match(await page.url(), /at=1950-12-31/);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(
    (limit) => {
      const v = Number(document.querySelector('.playhead').getAttribute('aria-valuenow'));
      return v > 0 && v < limit;
    },
    nearEnd,
  );
  await page.getByRole('button', { name: 'Pause' }).click();
  await assertNoSidewaysScroll(page, 'after playing to the end');
  assert.deepEqual(errors, []);
});

test('leaving the timeline while it plays, then coming back, breaks nothing', async () => {
  const { page, errors } = await openPage(shared.browser, '/');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(() => Number(document.querySelector('.playhead').getAttribute('aria-valuenow')) > 0);
  await page.getByRole('link', { name: 'About & data' }).click();
  await page.locator('.about').waitFor();
  await frames(page, 10);
  assert.equal(new URL(page.url()).search, '', 'the about address carries no playhead');
  assert.equal(await page.locator('#timeline').isVisible(), false, 'no lanes, Find or toolbar beside the about text');
  const about = await page.locator('#reading').boundingBox();
  assert.ok(about.width > page.viewportSize().width * 0.6, `the about text takes the page's width: ${about.width} px`);
  await page.goBack();
  await page.locator('#timeline .stage').waitFor();
  await page.getByRole('searchbox', { name: 'Find an event' }).waitFor();
  await page.locator('[data-event="inchon-landing"]').click();
  await page.waitForURL(/\/e\/inchon-landing$/);
  const before = await readout(page);
  await dragPlayhead(page, 200);
  assert.notEqual(await readout(page), before);
  assert.equal(await page.locator('.crash-banner').count(), 0);
  assert.deepEqual(errors, []);
});

test('under reduced motion, play steps from event to event', async () => {
  const { page, errors } = await openPage(shared.browser, '/', { reducedMotion: 'reduce' });
  const before = await readout(page);
  await page.getByRole('button', { name: 'Play' }).click();
  // One step every 1.5 s: wait for the first.
  await page.waitForFunction((text) => document.querySelector('.readout').innerText !== text, before);
  await page.getByRole('button', { name: 'Pause' }).click();
  // The step landed exactly on the first event start of either lane, with nothing in between.
  const [first] = nextStarts(0);
  const stepped = await readout(page);
  const [then, now] = stepped.split('·').map((s) => s.trim());
  assert.equal(first.lane === '1950' ? then : now, startLabel(first.date), stepped);
  assert.ok((await currentIds(page)).includes(first.id));
  assert.deepEqual(errors, []);
});

test('printing an event gives its text without the timeline; printing home lists every event by lane', async () => {
  const { page, errors } = await openPage(shared.browser, '/e/inchon-landing');
  await page.locator('.event-detail').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.timeline').isVisible(), false);
  assert.equal(await page.locator('.event-detail h1').innerText(), event('inchon-landing').title);
  assert.ok(await page.locator('.event-detail .sources').isVisible());
  await page.goto(url(''));
  await page.locator('.print-list').waitFor();
  assert.equal(await page.locator('.timeline').isVisible(), false);
  const list = await page.locator('.print-list').innerText();
  for (const e of laneEvents(shared.dataset)) assert.ok(list.includes(e.title), e.id);
  assert.deepEqual(errors, []);
});

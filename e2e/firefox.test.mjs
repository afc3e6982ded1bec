// The reader's paths in a second engine: Debian's Firefox ESR, driven by puppeteer-core over
// WebDriver BiDi (no geckodriver). Chromium's suite covers each path in depth; this one holds
// that a reader on Firefox opens, selects, goes back, scrubs, finds, zooms and reads on a phone
// with no error, and that every event and echo page prints whole (issue 26).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { laneEvents, loadDataset, url } from './browser.mjs';
import { addressesToOpen, firstScriptSource, printEveryPage } from './engines.mjs';

const shared = {};
before(async () => {
  const executablePath = process.env.FIREFOX ?? execFileSync('sh', ['-c', 'command -v firefox-esr'], { encoding: 'utf8' }).trim();
  shared.browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  shared.dataset = await loadDataset();
});
after(async () => {
  await shared.browser?.close();
});

// A new page on `path` once the app has started, and the problems it has had so far.
async function open(path, viewport = { width: 1280, height: 800 }) {
  const page = await shared.browser.newPage();
  const logged = [];
  page.on('console', (message) => message.type() === 'error' && logged.push(message.text()));
  page.on('pageerror', (error) => logged.push(String(error)));
  await page.setViewport(viewport);
  await page.evaluateOnNewDocument(firstScriptSource());
  await page.goto(url(path));
  await page.waitForFunction(() => window.__echoesStarted === true);
  const problems = async () => [...logged, ...(await page.evaluate(() => window.__problems))];
  return { page, problems };
}

const text = (page, selector) => page.$eval(selector, (e) => e.textContent.trim());
const valueText = (page) => page.$eval('.playhead', (e) => e.getAttribute('aria-valuetext'));
const path = (page) => page.evaluate(() => location.pathname);

test('Firefox: an event, an echo and an embed open on their address, with their text and both lanes', async () => {
  for (const [address, title] of addressesToOpen(shared.dataset)) {
    const { page, problems } = await open(address);
    assert.equal(await text(page, 'h1'), title, address);
    assert.equal((await page.$$('.lane .marker')).length, laneEvents(shared.dataset).length, `${address}: every marker`);
    const lanes = await page.$$eval('.lane', (lanes) => lanes.map((l) => l.getBoundingClientRect().height > 0));
    assert.deepEqual(lanes, [true, true], `${address}: both lanes shown`);
    assert.deepEqual(await problems(), [], address);
    await page.close();
  }
});

test('Firefox: a marker selects its event, and Back and Forward return to each', async () => {
  const { page, problems } = await open('e/inchon-landing/');
  const target = shared.dataset.events.find((e) => e.id === 'kpa-invasion');
  await page.click(`.marker[data-event="${target.id}"]`);
  await page.waitForFunction((id) => location.pathname.includes(`/e/${id}`), {}, target.id);
  await page.waitForFunction((title) => document.querySelector('h1')?.textContent.trim() === title, {}, target.title);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent.trim() === 'Inchon landing');
  assert.match(await path(page), /\/e\/inchon-landing/);
  await page.goForward();
  await page.waitForFunction((title) => document.querySelector('h1')?.textContent.trim() === title, {}, target.title);
  assert.deepEqual(await problems(), []);
  await page.close();
});

test('Firefox: the playhead moves with the keyboard and with a pointer drag', async () => {
  const { page, problems } = await open('');
  await page.focus('.playhead');
  const before = await valueText(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((was) => document.querySelector('.playhead').getAttribute('aria-valuetext') !== was, {}, before);
  const handle = await page.$('.playhead-handle');
  const box = await handle.boundingBox();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const nowBefore = Number(await page.$eval('.playhead', (e) => e.getAttribute('aria-valuenow')));
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(x + step * 30, y);
  await page.mouse.up();
  await page.waitForFunction((was) => Number(document.querySelector('.playhead').getAttribute('aria-valuenow')) > was, {}, nowBefore);
  assert.deepEqual(await problems(), []);
  await page.close();
});

test('Firefox: Find opens what it finds, and zoom is kept in the address', async () => {
  const { page, problems } = await open('');
  await page.type('#search-input', 'Inchon');
  await page.waitForFunction(() => document.querySelectorAll('.search-results li').length > 0);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.pathname.includes('/e/'));
  const opened = (await path(page)).match(/\/e\/([^/]+)/)[1];
  assert.equal(await text(page, 'h1'), shared.dataset.events.find((e) => e.id === opened).title);
  await page.click('[data-zoom="1"]');
  await page.waitForFunction(() => new URLSearchParams(location.search).has('z'));
  assert.deepEqual(await problems(), []);
  await page.close();
});

test('Firefox: on a 390 × 844 screen the lanes run down the page, and scrolling them scrubs', async () => {
  const { page, problems } = await open('', { width: 390, height: 844 });
  const scrolls = await page.$eval('.stage', (stage) => getComputedStyle(stage).overflowY);
  assert.equal(scrolls, 'auto', 'the phone layout: the stage scrolls');
  const shown = await page.$$eval('.lane .marker', (markers) => markers.filter((m) => m.getBoundingClientRect().height > 0).length);
  assert.equal(shown, laneEvents(shared.dataset).length);
  const before = await valueText(page);
  await page.$eval('.stage', (stage) => stage.scrollBy(0, 600));
  await page.waitForFunction((was) => document.querySelector('.playhead').getAttribute('aria-valuetext') !== was, {}, before);
  assert.deepEqual(await problems(), []);
  await page.close();
});

test('Firefox: every event and echo page prints whole, its title on the first page', async () => {
  const page = await shared.browser.newPage();
  assert.deepEqual(await printEveryPage(page, shared.dataset, url), []);
  await page.close();
});

// The reader's paths in a third engine: WebKitGTK (Safari's engine), through Debian's
// WebKitWebDriver and its MiniBrowser, driven by selenium-webdriver, on a virtual display
// (xvfb-run). The same paths as e2e/firefox.test.mjs. The driver gives no console and cannot run
// a script before a page's own, so the pages come from a server of this file's own that adds
// e2e/first-script.js to each; and it cannot print, so WebKitGTK's print operation does
// (e2e/webkit-print.py).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Builder, By, Key, Origin } from 'selenium-webdriver';
import { baseUrl, laneEvents, loadDataset } from './browser.mjs';
import { addressesToOpen, FIRST_SCRIPT, pageEnds, printedAddresses, printProblems } from './engines.mjs';

const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const shared = {};
// MiniBrowser's toolbar holds its window at 447 px or wider; shrunk by the theme, the page's
// viewport can be a phone's 390.
const NARROW_TOOLBAR = 'toolbar, toolbar *, entry, button, box { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }';
// xvfb-run's screen is 640 × 480 unless told: too small for a 1280 × 800 viewport.
const XVFB = ['-a', '-s', '-screen 0 1600x1200x24'];

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// A process in a group of its own, so that `stop` ends it and what it started (xvfb-run's X server).
function startGroup(command, args, env = process.env) {
  const child = spawn(command, args, { detached: true, stdio: 'ignore', env });
  return { child, stop: () => child.exitCode === null && process.kill(-child.pid) };
}

async function until(check, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // Not up yet.
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

before(async () => {
  shared.dataset = await loadDataset();
  const base = new URL(baseUrl).pathname;
  const sitePort = await freePort();
  shared.site = startGroup('node', [
    'e2e/serve.mjs', '--dir', process.env.ECHOES_SITE_DIR ?? 'target/site', '--base', base,
    '--port', String(sitePort), '--first-script', FIRST_SCRIPT,
  ]);
  shared.base = `http://127.0.0.1:${sitePort}${base}`;
  await until(async () => (await fetch(shared.base)).ok, 'the test server');
  shared.config = await mkdtemp(join(tmpdir(), 'echoes-webkit-'));
  await mkdir(join(shared.config, 'gtk-3.0'));
  await writeFile(join(shared.config, 'gtk-3.0', 'gtk.css'), NARROW_TOOLBAR);
  const driverPort = await freePort();
  shared.driverProcess = startGroup('xvfb-run', [...XVFB, 'WebKitWebDriver', `--port=${driverPort}`], {
    ...process.env,
    XDG_CONFIG_HOME: shared.config,
  });
  const server = `http://127.0.0.1:${driverPort}`;
  await until(async () => (await fetch(`${server}/status`)).ok, 'WebKitWebDriver');
  shared.driver = await new Builder()
    .usingServer(server)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    })
    .build();
});
after(async () => {
  await shared.driver?.quit();
  shared.driverProcess?.stop();
  shared.site?.stop();
  if (shared.config) await rm(shared.config, { recursive: true, force: true });
});

const url = (path) => new URL(path, shared.base).href;
const run = (script, ...args) => shared.driver.executeScript(script, ...args);
const waitFor = (script, what, ...args) => until(() => run(script, ...args), what, 10_000);
const problems = () => run(() => window.__problems);
const heading = () => run(() => document.querySelector('h1')?.textContent.trim());
const valueNow = () => run(() => Number(document.querySelector('.playhead').getAttribute('aria-valuenow')));

// The window sized so that the page's viewport is `width` × `height`: MiniBrowser's own bars
// take some of the window, and the window takes a moment to change size, so each try corrects
// the window by what the viewport still lacks.
async function setViewport(width, height) {
  const window = shared.driver.manage().window();
  const viewport = () => run(() => [innerWidth, innerHeight]);
  for (let attempt = 0; attempt < 20; attempt++) {
    const [innerW, innerH] = await viewport();
    if (innerW === width && innerH === height) return;
    const outer = await window.getRect();
    await window.setRect({ width: outer.width + width - innerW, height: outer.height + height - innerH });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.deepEqual(await viewport(), [width, height], 'the viewport');
}

// Opens `path` once the app has started.
async function open(path, viewport = [1280, 800]) {
  await setViewport(...viewport);
  await shared.driver.get(url(path));
  await waitFor(() => window.__echoesStarted === true, `the app to start on ${path}`);
}

test('WebKit: an event, an echo and an embed open on their address, with their text and both lanes', async () => {
  for (const [address, title] of addressesToOpen(shared.dataset)) {
    await open(address);
    assert.equal(await heading(), title, address);
    assert.equal(await run(() => document.querySelectorAll('.lane .marker').length), laneEvents(shared.dataset).length, `${address}: every marker`);
    const lanes = await run(() => [...document.querySelectorAll('.lane')].map((l) => l.getBoundingClientRect().height > 0));
    assert.deepEqual(lanes, [true, true], `${address}: both lanes shown`);
    assert.deepEqual(await problems(), [], address);
  }
});

test('WebKit: a marker selects its event, and Back and Forward return to each', async () => {
  await open('e/inchon-landing/');
  const target = shared.dataset.events.find((e) => e.id === 'kpa-invasion');
  await shared.driver.findElement(By.css(`.marker[data-event="${target.id}"]`)).click();
  await waitFor((title) => document.querySelector('h1')?.textContent.trim() === title, 'the marker’s event', target.title);
  assert.match(await run(() => location.pathname), new RegExp(`/e/${target.id}`));
  await shared.driver.navigate().back();
  await waitFor(() => document.querySelector('h1')?.textContent.trim() === 'Inchon landing', 'Back');
  assert.match(await run(() => location.pathname), /\/e\/inchon-landing/);
  await shared.driver.navigate().forward();
  await waitFor((title) => document.querySelector('h1')?.textContent.trim() === title, 'Forward', target.title);
  assert.deepEqual(await problems(), []);
});

test('WebKit: the playhead moves with the keyboard and with a pointer drag', async () => {
  await open('');
  const before = await valueNow();
  await shared.driver.findElement(By.css('.playhead')).sendKeys(Key.ARROW_RIGHT);
  await waitFor((was) => Number(document.querySelector('.playhead').getAttribute('aria-valuenow')) > was, 'a key to move it', before);
  const afterKey = await valueNow();
  const handle = await shared.driver.findElement(By.css('.playhead-handle'));
  let drag = shared.driver.actions().move({ origin: handle }).press();
  for (let step = 1; step <= 10; step++) drag = drag.move({ origin: Origin.POINTER, x: 30, y: 0 });
  await drag.release().perform();
  await waitFor((was) => Number(document.querySelector('.playhead').getAttribute('aria-valuenow')) > was, 'a drag to move it', afterKey);
  assert.deepEqual(await problems(), []);
});

test('WebKit: Find opens what it finds, and zoom is kept in the address', async () => {
  await open('');
  const find = await shared.driver.findElement(By.css('#search-input'));
  await find.sendKeys('Inchon');
  await waitFor(() => document.querySelectorAll('.search-results li').length > 0, 'results');
  await find.sendKeys(Key.ENTER);
  await waitFor(() => location.pathname.includes('/e/'), 'the found event');
  const opened = (await run(() => location.pathname)).match(/\/e\/([^/]+)/)[1];
  await waitFor((title) => document.querySelector('h1')?.textContent.trim() === title, 'its text',
    shared.dataset.events.find((e) => e.id === opened).title);
  await shared.driver.findElement(By.css('[data-zoom="1"]')).click();
  await waitFor(() => new URLSearchParams(location.search).has('z'), 'the zoom in the address');
  assert.deepEqual(await problems(), []);
});

test('WebKit: on a 390 × 844 screen the lanes run down the page, and scrolling them scrubs', async () => {
  await open('', [390, 844]);
  assert.equal(await run(() => getComputedStyle(document.querySelector('.stage')).overflowY), 'auto', 'the stage scrolls');
  const shown = await run(() => [...document.querySelectorAll('.lane .marker')].filter((m) => m.getBoundingClientRect().height > 0).length);
  assert.equal(shown, laneEvents(shared.dataset).length);
  const before = await run(() => document.querySelector('.playhead').getAttribute('aria-valuetext'));
  await run(() => document.querySelector('.stage').scrollBy(0, 600));
  await waitFor((was) => document.querySelector('.playhead').getAttribute('aria-valuetext') !== was, 'scrolling to scrub', before);
  assert.deepEqual(await problems(), []);
});

test('WebKit: every event and echo page prints whole, its title on the first page', async () => {
  await setViewport(1280, 800);
  const addresses = printedAddresses(shared.dataset);
  const ends = [];
  for (const address of addresses) {
    await shared.driver.get(url(address));
    ends.push(await run(pageEnds));
  }
  const out = await mkdtemp(join(tmpdir(), 'echoes-webkit-print-'));
  try {
    await promisify(execFile)('xvfb-run', [...XVFB, '/usr/bin/python3', 'e2e/webkit-print.py', out, ...addresses.map(url)]);
    const wrong = [];
    for (const [i, address] of addresses.entries()) {
      wrong.push(...(await printProblems(address, ends[i], await readFile(join(out, `${i + 1}.pdf`)))));
    }
    assert.deepEqual(wrong, []);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

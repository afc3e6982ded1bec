// Shared set-up for the browser tests: Debian's Chromium, driven by playwright-core, headless.
import { execFileSync } from 'node:child_process';
import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const baseUrl = process.env.ECHOES_URL ?? 'http://127.0.0.1:8080/';

function chromiumPath() {
  return process.env.CHROMIUM ?? execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
}

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

// Every context a test opens, closed after it whatever happened, so one failure cannot leave a
// playing page to slow the next test down.
const openContexts = new Set();

// Registers the hooks a test file needs and returns its browser and the served dataset.
export function useBrowser() {
  const shared = {};
  before(async () => {
    shared.browser = await launch();
    shared.dataset = await loadDataset();
  });
  afterEach(async () => {
    await Promise.all([...openContexts].map((context) => context.close()));
    openContexts.clear();
  });
  after(async () => {
    await shared.browser?.close();
  });
  return shared;
}

export async function newContext(browser, options = {}) {
  // The offline worker answers fetches before page.route sees them: only the offline tests,
  // which ask for it, run with it.
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  openContexts.add(context);
  // The app fires this once every part of it has started (Trunk's own event comes after the
  // first). A Content-Security-Policy violation is logged as an error, so that every test that
  // checks a page's errors fails on one.
  await context.addInitScript(() => {
    addEventListener('EchoesStarted', () => (window.__echoesStarted = true));
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} in ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return context;
}

// Text as the build escaped it into an attribute or an element, read back (`&amp;` last).
export function unescapeHtml(text) {
  return text.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

// The address of an app path ("e/x") under the base the tests run against.
export function url(path = '') {
  return new URL(path.replace(/^\//, ''), baseUrl).href;
}

// Records every console error and uncaught exception (a Rust panic is both) of a page.
export function recordErrors(page, prefix = '') {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(prefix + message.text());
  });
  page.on('pageerror', (error) => errors.push(prefix + String(error)));
  return errors;
}

// Resolves once the app has started: not the load event, which comes before the WASM runs.
export async function appReady(page) {
  await page.waitForFunction(() => window.__echoesStarted === true);
}

// A fresh page on `path`, once the app is running. `options` go to the browser context.
export async function openPage(browser, path, options = {}) {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  const errors = recordErrors(page);
  const response = await page.goto(url(path));
  await appReady(page);
  return { page, context, response, errors };
}

// Waits for `count` animation frames: enough for anything that moves to have moved.
export async function frames(page, count) {
  await page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    count,
  );
}

// Waits until every running CSS transition and animation on the page has finished.
export async function animationsSettled(page) {
  await frames(page, 2);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

// The page is exactly as wide as the viewport: nothing pokes out sideways.
export async function assertNoSidewaysScroll(page, when) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${when}: page is ${scrollWidth} px wide in a ${clientWidth} px viewport`);
}

// The events drawn in the lanes: not the context, nor the events after the essay.
export function laneEvents(dataset) {
  return dataset.events.filter((e) => dataset.lanes.some((lane) => lane.id === e.lane));
}

// The dataset as the site serves it for download: the tests' source of expected titles and dates.
export async function loadDataset() {
  const response = await fetch(url('data/timeline.json'));
  assert.equal(response.status, 200, 'data/timeline.json');
  return response.json();
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

// "1950-06-25", "1950-06" or a span: its first day, as the app writes it ("25 Jun 1950").
export function startLabel(date) {
  const [y, m, d = '01'] = date.split('/')[0].split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

// Days since 1970 of a date's first day ("1950-06" is 1 June).
export function startDay(date) {
  const [y, m, d = '01'] = date.split('/')[0].split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

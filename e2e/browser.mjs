// Shared set-up for the browser tests: Debian's Chromium, driven by playwright-core, headless.
import { execFileSync } from 'node:child_process';
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

// The address of an app path ("e/x") under the base the tests run against.
export function url(path = '') {
  return new URL(path.replace(/^\//, ''), baseUrl).href;
}

// A fresh page that records every console error and uncaught exception (a Rust panic is both).
export async function openPage(browser, path, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const response = await page.goto(url(path));
  return { page, context, response, errors };
}

// The dataset as the site serves it for download: the tests' source of expected titles and dates.
export async function loadDataset() {
  return (await fetch(url('data/timeline.json'))).json();
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

// "1950-06-25", "1950-06" or a span: its first day, as the app writes it ("25 Jun 1950").
export function startLabel(date) {
  const [y, m, d = '01'] = date.split('/')[0].split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

// Reading offline: after a first visit the site works with the network off, a page never opened
// says so, and a new deploy is served after one reload once the network is back.
//
// Each test serves the site itself, from a link it can point at another build, on a port of its
// own: Playwright's offline switch does not reach every fetch of a service worker, so "offline"
// here is that switch and the server stopped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { appReady, baseUrl, newContext, recordErrors, useBrowser } from './browser.mjs';

const shared = useBrowser();
const base = new URL(baseUrl).pathname;
const site = resolve(process.env.ECHOES_SITE_DIR ?? 'target/site');

// What a page reports when the network is off and it asks for something: not a failure here.
const offlineNoise = /ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|Failed to fetch|Failed to load resource/;

// The site in `dir` served at `port` (0: any), through a link that `serve` can repoint.
async function siteServer(work, dir, port = 0) {
  const root = join(work, 'current');
  await unlink(root).catch(() => {});
  await symlink(dir, root);
  const portFile = join(work, `port-${Date.now()}`);
  const args = ['e2e/serve.mjs', '--dir', root, '--base', base, '--port-file', portFile];
  if (port) args.push('--port', String(port));
  const server = spawn('node', args, { stdio: 'ignore' });
  let served = '';
  for (let i = 0; i < 100 && !served; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    served = await readFile(portFile, 'utf8').catch(() => '');
  }
  assert.ok(served, 'the test server started');
  return {
    port: Number(served),
    address: (path = '') => `http://127.0.0.1:${served}${base}${path}`,
    stop: () => (server.exitCode === null && server.signalCode === null ? new Promise((resolve) => server.once('exit', resolve).kill()) : undefined),
  };
}

// A visit that leaves the service worker in control and the landing page kept.
async function firstVisit(context, address) {
  const page = await context.newPage();
  const errors = recordErrors(page);
  await page.goto(address);
  await appReady(page);
  await until(page, async () => {
    const pages = await caches.open('echoes-pages');
    return Boolean(navigator.serviceWorker.controller) && Boolean(await pages.match(location.pathname));
  });
  return { page, errors };
}

// Waits for an async check in the page to hold (waitForFunction takes a promise for true).
async function until(page, check) {
  for (let i = 0; i < 100; i++) {
    if (await page.evaluate(check)) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`never held: ${check}`);
}

async function offline(context, server) {
  await context.setOffline(true);
  await server.stop();
}

const heading = (page) => page.locator('#reading h1').textContent();

test('after a first visit the site reads offline; a page never opened says it was not saved', async () => {
  const work = await mkdtemp(join(tmpdir(), 'echoes-offline-'));
  const server = await siteServer(work, site);
  try {
    const context = await newContext(shared.browser, { viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
    const { page, errors } = await firstVisit(context, server.address());
    const visited = shared.dataset.events.find((e) => e.id === 'inchon-landing');
    await page.locator(`[data-event="${visited.id}"]`).click();
    await page.locator(`.reading-view[data-view="e/${visited.id}"]`).waitFor();

    await offline(context, server);
    await page.goto(server.address());
    await appReady(page);
    await page.locator('.reading-view[data-view="home"]').waitFor();
    assert.ok((await page.locator('.marker').count()) > 50, 'the lanes are drawn offline');

    // The event was read inside the app: its page was never loaded, but its text was kept.
    await page.goto(server.address(`e/${visited.id}?at=1950-09-15`));
    await appReady(page);
    await page.locator(`.reading-view[data-view="e/${visited.id}"]`).waitFor();
    assert.equal(await heading(page), visited.title);
    const download = await page.evaluate(async () => (await (await fetch('data/events.csv')).text()).split('\n')[0]);
    assert.match(download, /^id,/, 'the data downloads work offline');

    // Never opened: the page says so, and the app still runs.
    await page.goto(server.address('e/kpa-invasion'));
    await appReady(page);
    await page.getByText('you may be offline, and it was not saved on this device').waitFor();
    assert.equal(await page.locator('.reading-view[data-view="e/kpa-invasion"]').count(), 0);
    assert.ok((await page.locator('.marker').count()) > 50);
    assert.deepEqual(errors.filter((e) => !offlineNoise.test(e)), []);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test('a new deploy is served after one reload once back online', async () => {
  // A second build: the served one with changed text and a search index that changed, and its
  // own service worker, written by the build's post-build step.
  const work = await mkdtemp(join(tmpdir(), 'echoes-deploy-'));
  const second = join(work, 'second');
  await cp(site, second, { recursive: true });
  const change = async (file, edit) => {
    const path = join(second, file);
    await writeFile(path, edit(await readFile(path, 'utf8')));
    // The server would send the first build's precompressed copies.
    await Promise.all(['gz', 'br'].map((ext) => rm(`${path}.${ext}`, { force: true })));
  };
  for (const file of ['index.html', 'fragments/home.html']) {
    await change(file, (text) => {
      assert.ok(text.includes('</h1>'), `${file} has a heading to change`);
      return text.replace('</h1>', ' (second deploy)</h1>');
    });
  }
  await change('data/search.tsv', (text) => `${text}\n`);
  execFileSync('node_modules/.bin/workbox', ['generateSW', 'workbox-config.cjs'], {
    env: { ...process.env, ECHOES_SITE_DIR: second, TRUNK_STAGING_DIR: '', NO_UPDATE_NOTIFIER: '1' },
    stdio: 'ignore',
  });
  // The build compresses after the worker is written; here the copies are the first build's.
  await Promise.all(['gz', 'br'].map((ext) => rm(join(second, `sw.js.${ext}`), { force: true })));
  let server = await siteServer(work, site);
  try {
    const context = await newContext(shared.browser, { serviceWorkers: 'allow' });
    const { page, errors } = await firstVisit(context, server.address());
    const first = await heading(page);
    await offline(context, server);
    await page.reload();
    await appReady(page);
    assert.equal(await heading(page), first, 'offline: the first deploy');

    server = await siteServer(work, second, server.port);
    await context.setOffline(false);
    await page.reload();
    await appReady(page);
    assert.equal(await heading(page), `${first} (second deploy)`, 'one reload shows the new deploy');
    // The second deploy's worker takes over and keeps its files.
    await until(page, async () => {
      const name = (await caches.keys()).find((key) => key.includes('precache'));
      const precache = await caches.open(name);
      const kept = (await precache.keys()).find((request) => request.url.includes('data/search.tsv'));
      return kept && (await (await precache.match(kept)).text()).endsWith('\n\n');
    });
    await offline(context, server);
    await page.reload();
    await appReady(page);
    assert.equal(await heading(page), `${first} (second deploy)`, 'offline again: the new deploy');
    assert.deepEqual(errors.filter((e) => !offlineNoise.test(e)), []);
  } finally {
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
});

// Preview cards: what a messenger or social site shows for a pasted link. Every event and echo page
// names its own card, the other pages the site-wide one, and each is served as a 1200×630 PNG of
// at most 60 KB. No browser: a link preview is fetched as plain HTTP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, unescapeHtml, url } from './browser.mjs';

const MAX_BYTES = 60 * 1024;

// Canonical URLs carry the build's ECHOES_SITE_URL origin: the same path on the test server.
const served = (canonical) => new URL(new URL(canonical).pathname, baseUrl).href;

async function page(address) {
  const response = await fetch(address);
  assert.equal(response.status, 200, address);
  return response.text();
}

// The `content` of the page's `<meta property|name="key">`.
function meta(html, key) {
  const match = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
  assert.ok(match, `no ${key}`);
  return unescapeHtml(match[1]);
}

// The card a page names, checked as a messenger would take it; returns its path and bytes.
async function cardOf(address) {
  const html = await page(address);
  const image = meta(html, 'og:image');
  assert.equal(meta(html, 'twitter:image'), image, `${address}: twitter:image`);
  assert.ok(meta(html, 'og:image:alt').length > 0, `${address}: og:image:alt`);
  const response = await fetch(served(image));
  assert.equal(response.status, 200, image);
  assert.equal(response.headers.get('content-type'), 'image/png', image);
  const bytes = Buffer.from(await response.arrayBuffer());
  assert.ok(bytes.length <= MAX_BYTES, `${image}: ${bytes.length} bytes`);
  assert.deepEqual(bytes.subarray(0, 8), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), image);
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR', image);
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1200, 630], `${image}: size`);
  return { path: new URL(image).pathname.slice(new URL(baseUrl).pathname.length), bytes };
}

// Every event and echo page the sitemap lists, as addresses on the test server.
async function sitemapPages() {
  const sitemap = await page(url('sitemap.xml'));
  const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => served(m[1]));
  return locs.filter((loc) => /\/(e|echo)\/[^/]+\/$/.test(loc));
}

test('home and about show the site-wide card; an event and an echo their own', async () => {
  const echo = (await sitemapPages()).find((loc) => loc.includes('/echo/'));
  const echoId = echo.match(/\/echo\/([^/]+)\/$/)[1];
  const cases = [
    [url(''), 'preview.png'],
    [url('about/'), 'preview.png'],
    [url('e/kpa-invasion/'), 'cards/e/kpa-invasion.png'],
    [echo, `cards/echo/${echoId}.png`],
  ];
  for (const [address, path] of cases) {
    assert.equal((await cardOf(address)).path, path, address);
  }
});

test('every event and echo page in the sitemap names its own card, a 1200×630 PNG of at most 60 KB', async () => {
  const pages = await sitemapPages();
  assert.ok(pages.length > 50, `${pages.length} event and echo pages`);
  for (const address of pages) {
    const [, kind, id] = address.match(/\/(e|echo)\/([^/]+)\/$/);
    assert.equal((await cardOf(address)).path, `cards/${kind}/${id}.png`, address);
  }
});

test("two events' cards differ", async () => {
  const invasion = await cardOf(url('e/kpa-invasion/'));
  const landing = await cardOf(url('e/inchon-landing/'));
  assert.notDeepEqual(invasion.bytes, landing.bytes);
});

// The first-load byte budget: everything the first render loads (HTML, JS, WASM, CSS; the dataset
// is inside the WASM), gzip-compressed. Bytes are deterministic, so a test may hold them.
// The goal is 60 KB; the budget is the size when it was set, rounded up. It went up twice for
// readable lanes (issue 10, whose own bar of +5 KB this misses): from 173 to 196 KB for labels,
// zoom, what the playhead reads and Find, then to 200 KB for the phone layout, time down the page
// (3.3 KB of WASM for the scroll that is the playhead, 1.3 KB of CSS). It went to 201 KB for the
// Content-Security-Policy that every page carries in a meta tag (0.4 KB of HTML, mostly the
// boot script's hash), then to 203 KB for issue 12 (measured 206,938 B, from 205,787: the
// script that registers the offline worker, the preview cards' alt tags, the router's embed
// prefix). It came down to 198 KB (measured 202,259 B) when Leptos's components were built
// type-erased (`--cfg erase_components` for the WASM target, .cargo/config.toml): WASM 184,365 to
// 179,671 B. It came down to 185 KB (measured 188,730 B) when Find, the toolbar, the echo list,
// the filters and the context strip became the page's own HTML, from the one renderer, with small
// behaviours in the WASM (WASM 179,671 to 166,294 B), and the stylesheet shipped minified (6.6 to
// 4.4 KB). It came down to 171 KB (measured 174,433 B) when the JavaScript glue shipped minified
// (terser: 9,214 to 7,044 B), the allocator became talc, and Find's fold stopped using Unicode's
// case tables (WASM 166,294 to 154,149 B). It came down to 147 KB (measured 150,228 B) when
// every page carried the lanes and the app adopted them with no Leptos view left (WASM 154,149
// to 118,876 B; the page and stylesheet 3.0 and 2.9 KB more). It went up to 148 KB (measured
// 151,0xx B) for one thing issue 26 asked for, a handle that a finger drags down a phone's
// lanes (WASM 118,267 to 118,638 B, stylesheet 40 B): the issue's own bar is 150 KB. It went
// up to 150 KB (measured 152,671 B) for content, not code: eleven events (issue 28) put their
// markers, places and the "After the essay" group in every page (+822 B), the stylesheet
// (+260 B) and the app's baked index (+646 B), about 150 B gzip an event. That is issue 29's
// bar, so the next events must pay for themselves. Every other change may only lower it.
//
// Complete to the eye: the HTML and CSS that paint the text and the lanes with no script run.
//
// The first round trip: a new connection's server sends 10 packets (14,600 B) before it waits
// for the reader's acknowledgement, as Lighthouse's simulation counts it. A page over that waits
// a whole round trip more before its text can paint: the about page took 1.05 s to its largest
// paint (Lighthouse mobile), and 0.90 once its hidden lanes' markers were left out and its
// brotli set to the best level. The about page is not held to it here: it fits at the root
// (14,580 B) but not under /echoes/, whose every link is 7 B longer; its claims are most of it.
import { get } from 'node:http';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { newContext, url, useBrowser } from './browser.mjs';

const BUDGET_KB = 150;
const FIRST_ROUND_TRIP = 10 * 1460;
const EYE_BUDGET_KB = 30;
const shared = useBrowser();

test(`the home page and an event page are complete to the eye in at most ${EYE_BUDGET_KB} KB gzip`, async () => {
  const context = await newContext(shared.browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  const event = shared.dataset.events.find((e) => e.lane === shared.dataset.lanes[1].id);
  for (const path of ['/', `/e/${event.id}/`]) {
    const sizes = [];
    page.on('response', (response) => sizes.push(response.body().then((body) => [new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length])));
    await page.goto(url(path));
    await page.waitForLoadState('networkidle');
    page.removeAllListeners('response');
    const measured = await Promise.all(sizes.splice(0));
    const painted = measured.filter(([name]) => !/\.(js|wasm)$/.test(name));
    const total = painted.reduce((n, [, bytes]) => n + bytes, 0);
    console.log(`${path} complete to the eye: ${(total / 1024).toFixed(1)} KB gzip`, Object.fromEntries(painted));
    assert.ok(painted.some(([name]) => name.endsWith('.css')), `${path}: the stylesheet was measured`);
    assert.ok(await page.locator('.marker').first().isVisible(), `${path}: the lanes are painted`);
    assert.ok(total <= EYE_BUDGET_KB * 1024, `${path}: ${total} bytes > ${EYE_BUDGET_KB} KB`);
  }
});

// The response as a server sends it over the wire: its status line, headers and brotli body.
function onTheWire(address) {
  return new Promise((resolve, reject) => {
    get(address, { headers: { 'accept-encoding': 'br' } }, (response) => {
      let bytes = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n\r\n`.length;
      for (let i = 0; i < response.rawHeaders.length; i += 2)
        bytes += `${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}\r\n`.length;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'] }));
    }).on('error', reject);
  });
}

test('the pages a shared link opens arrive in a new connection\'s first round trip', async () => {
  const event = shared.dataset.events.find((e) => e.lane === shared.dataset.lanes[1].id);
  for (const path of ['', `e/${event.id}/`, `echo/${shared.dataset.echoes[0].id}/`]) {
    const { bytes, encoding } = await onTheWire(url(path));
    assert.equal(encoding, 'br', `${path || '/'} is served with brotli`);
    assert.ok(bytes <= FIRST_ROUND_TRIP, `${path || '/'}: ${bytes} B with its headers, over ${FIRST_ROUND_TRIP}`);
  }
});

test(`the first render loads at most ${BUDGET_KB} KB gzip`, async () => {
  const context = await newContext(shared.browser);
  const page = await context.newPage();
  // Every response's body, awaited in full; a body that cannot be read fails the test, except a
  // redirect's, which has none.
  const sizes = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    const size =
      response.status() >= 300 && response.status() < 400
        ? Promise.resolve(0)
        : response.body().then((body) => gzipSync(body, { level: 9 }).length);
    sizes.push(size.then((bytes) => [path, bytes]));
  });
  await page.goto(url('/'));
  await page.locator('.marker').first().waitFor();
  await page.locator('.playhead').waitFor();
  await page.waitForLoadState('networkidle');
  const measured = await Promise.all(sizes);
  assert.ok(measured.some(([path]) => path.endsWith('.wasm')), 'the WASM was among the responses');
  const total = measured.reduce((n, [, bytes]) => n + bytes, 0);
  console.log(`first load: ${(total / 1024).toFixed(1)} KB gzip`, Object.fromEntries(measured));
  assert.ok(total <= BUDGET_KB * 1024, `${total} bytes > ${BUDGET_KB} KB`);
});

// A host that serves precompressed files as they are (issue 9) must find both beside every text
// file, the service worker written last included, and each must unpack to that file's bytes.
test('every text file of the site has a .gz and a .br beside it with the same bytes', () => {
  const site = resolve(process.env.ECHOES_SITE_DIR ?? 'target/site');
  const text = /\.(html|js|wasm|css|json|csv|tsv|xml|txt|svg|md)$/;
  const files = readdirSync(site, { recursive: true }).filter((name) => text.test(name));
  assert.ok(files.includes('sw.js'), `the service worker is in ${site}`);
  const wrong = files.filter((name) => {
    const bytes = readFileSync(join(site, name));
    const unpacked = (suffix, unpack) => {
      try {
        return unpack(readFileSync(join(site, name + suffix))).equals(bytes);
      } catch {
        return false;
      }
    };
    return !unpacked('.gz', gunzipSync) || !unpacked('.br', brotliDecompressSync);
  });
  assert.deepEqual(wrong, [], `${wrong.length} of ${files.length} text files lack a true .gz or .br`);
});

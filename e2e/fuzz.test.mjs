// Page-level fuzz: 2,000 generated addresses (ids, junk, encodings, hostile queries and hashes),
// most followed inside the app as Back and Forward would, one in forty loaded from the server.
// None may raise a page error, a dialog or a policy violation, each must show a view, and the app
// must still work at the end. fast-check generates them and prints the seed of a failure, which
// FUZZ_SEED replays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { openPage, url, useBrowser } from './browser.mjs';

const shared = useBrowser();
const RUNS = 2000;
const LOADED_EVERY = 40;

function addresses() {
  const { events, echoes } = shared.dataset;
  const ids = [...events.map((e) => e.id), ...echoes.map((e) => e.id)];
  const segment = fc.oneof(
    fc.constantFrom('e', 'echo', 'about', '', '.', '..', '%2e%2e', '%00', '%E2%80%AE', '%', '%ZZ', '%E0%A4%A', 'index.html', '404.html', 'fragments', 'data'),
    fc.constantFrom(...ids),
    fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent),
    fc.string({ maxLength: 10 }).map((s) => s.replaceAll('?', '').replaceAll('#', '')),
  );
  const value = fc.oneof(
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.integer().map(String),
    fc.string({ maxLength: 20 }),
    fc.constant('x'.repeat(3000)),
    fc.constant('<img src=x onerror=alert(1)>'),
  );
  const query = fc.dictionary(fc.constantFrom('at', 'z', 'c', 'mode', 'q', 'zoom'), value, { maxKeys: 4 });
  return fc.record({
    path: fc.array(segment, { maxLength: 4 }).map((parts) => parts.join('/')),
    query,
    hash: fc.option(fc.oneof(fc.constantFrom(...ids.map((id) => `claim-${id}`)), fc.string({ maxLength: 12 }))),
  }).map(({ path, query, hash }) => {
    const search = new URLSearchParams(query).toString();
    return `${path}${search ? `?${search}` : ''}${hash === null ? '' : `#${hash}`}`;
  });
}

test(`${RUNS} generated addresses: no error, no dialog, always a view, and the app alive at the end`, async () => {
  const { page, errors } = await openPage(shared.browser, '', { viewport: { width: 1280, height: 800 } });
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  // A missing page answers 404, which the browser reports; nothing else may be reported.
  const unexpected = () => errors.filter((e) => !/status of 404/.test(e));
  let run = 0;
  await fc.assert(
    fc.asyncProperty(addresses(), async (address) => {
      run += 1;
      // Relative to the base ("./"), so that a leading "//" stays a path on this site rather than
      // naming another host (or none, which no browser can open).
      const target = new URL(`./${address}`, url(''));
      if (run % LOADED_EVERY === 0) {
        await page.goto(target.href);
        await page.waitForFunction(() => window.__echoesStarted === true);
      } else {
        await page.evaluate((href) => {
          history.pushState(null, '', href);
          dispatchEvent(new PopStateEvent('popstate'));
          return new Promise((resolve) => requestAnimationFrame(() => resolve()));
        }, target.href);
      }
      const view = await page.locator('main .reading-view').count();
      assert.ok(view >= 1, `${address}: no view`);
      assert.deepEqual(unexpected(), [], address);
      assert.deepEqual(dialogs, [], address);
    }),
    // FUZZ_SEED=<the seed a failure printed> replays that run.
    { numRuns: RUNS, endOnFailure: true, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
  );
  assert.equal(run, RUNS);
  // Still alive: a marker selects its event, and its text is shown.
  await page.goto(url(''));
  await page.waitForFunction(() => window.__echoesStarted === true);
  await page.locator('[data-event="inchon-landing"]').click();
  await page.waitForURL(/\/e\/inchon-landing$/);
  await page.locator('.event-detail h1').waitFor();
  assert.equal(await page.locator('.crash-banner').count(), 0);
  assert.deepEqual(unexpected(), []);
});

// "Cite this": pages are built ahead of time, so the day of access is the reader's own, written in
// by the app (without it, no day is named); each form copies, and a refused clipboard still leaves
// the reader a way to copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, openPage, url, useBrowser } from './browser.mjs';

const shared = useBrowser();
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// Today in the browser's time zone, which is this machine's.
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return {
    label: `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`,
    iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    parts: [d.getFullYear(), d.getMonth() + 1, d.getDate()],
  };
}

async function citations(page) {
  await page.locator('#reading .cite summary').click();
  const text = (id) => page.locator(`#reading #${id}`).innerText();
  return { plain: await text('cite-plain'), bibtex: await text('cite-bibtex'), csl: await text('cite-csl') };
}

function assertCites(cited, event, what) {
  const day = today();
  assert.ok(cited.plain.startsWith(`Echoes, “${event.title}” (event, `), `${what}: ${cited.plain}`);
  assert.ok(cited.plain.includes(`dataset version ${shared.dataset.version}`), `${what}: ${cited.plain}`);
  assert.ok(cited.plain.includes(`/e/${event.id}/, accessed ${day.label}.`), `${what}: ${cited.plain}`);
  assert.ok(cited.bibtex.includes(`urldate = {${day.iso}}`), `${what}: ${cited.bibtex}`);
  const [item] = JSON.parse(cited.csl);
  assert.equal(item.title, event.title, what);
  assert.equal(item.version, shared.dataset.version, what);
  assert.deepEqual(item.accessed['date-parts'], [day.parts], what);
}

test("an event cites itself with the reader's access day, and each form copies", async () => {
  const { page, errors } = await openPage(shared.browser, 'e/inchon-landing', {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const event = (id) => shared.dataset.events.find((e) => e.id === id);
  assertCites(await citations(page), event('inchon-landing'), 'opened page');

  for (const [name, id] of [['BibTeX', 'cite-bibtex'], ['CSL-JSON', 'cite-csl'], ['Plain', 'cite-plain']]) {
    await page.getByRole('button', { name: `Copy ${name}` }).click();
    await page.getByText(`Copied the ${name} citation.`).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.locator(`#${id}`).innerText(), name);
  }

  // A view swapped in by the app gets its own access day and buttons too.
  const next = page.locator('.prev-next .next');
  const nextId = (await next.getAttribute('data-app')).split('/').pop();
  await next.click();
  await page.locator('#reading h1', { hasText: event(nextId).title }).waitFor();
  assertCites(await citations(page), event(nextId), 'swapped view');
  await page.getByRole('button', { name: 'Copy Plain' }).waitFor();
  assert.deepEqual(errors, []);
});

test('a refused clipboard selects the citation; without JavaScript each citation is whole and names no access day', async () => {
  const context = await newContext(shared.browser);
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  const page = await context.newPage();
  const echo = shared.dataset.echoes[0];
  await page.goto(url(`echo/${echo.id}`));
  await page.locator('#reading .cite summary').click();
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await page.getByText('Copying was refused').waitFor();
  const selected = await page.evaluate(() => window.getSelection().toString());
  assert.equal(selected.trim(), (await page.locator('#cite-bibtex').innerText()).trim());
  assert.ok(selected.includes(`urldate = {${today().iso}}`), selected);
  await context.close();

  const off = await newContext(shared.browser, { javaScriptEnabled: false });
  const still = await off.newPage();
  await still.goto(url(`echo/${echo.id}`));
  const { plain, bibtex, csl } = await citations(still);
  assert.ok(plain.includes(`“${echo.title}” (echo between`) && plain.endsWith(`/echo/${echo.id}/.`), plain);
  assert.ok(!bibtex.includes('urldate') && !bibtex.includes('Accessed'), bibtex);
  const [item] = JSON.parse(csl);
  assert.equal(item.title, echo.title);
  assert.equal(item.accessed, undefined);
  assert.equal(await still.locator('button[data-copy]:visible').count(), 0, 'copy buttons need the app');
  await off.close();
});

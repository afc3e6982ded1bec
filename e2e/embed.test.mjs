// Embeds: the timeline and the reading pane in an <iframe> of another site, without the site's
// masthead, with deep links, Back and Forward that work inside the frame, and a way out.
import { after, test } from 'node:test';
import { createServer } from 'node:http';
import assert from 'node:assert/strict';
import { appReady, baseUrl, newContext, openPage, recordErrors, url, useBrowser } from './browser.mjs';

const shared = useBrowser();
const served = new URL(baseUrl);

// A page of another origin on 127.0.0.1 (a server of its own, on another port) holding `html`.
async function hostPage(html) {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Host</title>${html}`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => server.close());
  const context = await newContext(shared.browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = recordErrors(page);
  const address = `http://127.0.0.1:${server.address().port}/article.html`;
  await page.goto(address);
  return { context, page, errors, address };
}

// The browser's Back and Forward: the host page's history holds the frame's entries. (Playwright's
// goBack waits for the host page itself to move, which it never does.)
const back = (page) => page.evaluate(() => history.back());
const forward = (page) => page.evaluate(() => history.forward());

const embedFrame = (page) => page.frames().find((f) => f !== page.mainFrame());

// The frame's document address, relative to the site's base.
function framePath(page) {
  return embedFrame(page).url().replace(baseUrl, '');
}

test('an embed code from an event page works in a page of another origin: deep link, links, Back, Forward', async () => {
  // The event page offers its embed code; the build wrote it for the site's origin, which the
  // tests serve elsewhere.
  const { page: site, context: siteContext } = await openPage(shared.browser, 'e/inchon-landing');
  await siteContext.grantPermissions(['clipboard-read', 'clipboard-write']);
  await site.locator('.embed-code summary').click();
  await site.getByRole('button', { name: 'Copy the code' }).click();
  await site.getByText('Copied the embed code.').waitFor();
  const code = await site.evaluate(() => navigator.clipboard.readText());
  assert.match(code, /^<iframe src="https?:\/\/[^"]+\/embed\/e\/inchon-landing\/" title="Echoes: [^"]+"/);
  const src = new URL(code.match(/src="([^"]+)"/)[1]);
  const deepLink = `${url(src.pathname.slice(new URL(baseUrl).pathname.length))}?at=1950-09-20`;

  const { page, errors, address } = await hostPage(code.replace(/src="[^"]+"/, `src="${deepLink}"`));
  const frame = page.frameLocator('iframe');
  await frame.locator('.reading-view[data-view="e/inchon-landing"]').waitFor();
  // The page's HTML already holds the text and the lanes; the deep link's date reaches the
  // "Open in Echoes" link only once the app runs in the frame.
  await appReady(embedFrame(page));
  assert.equal(await frame.locator('.masthead').count(), 0, 'no masthead in the embed');
  assert.equal(await frame.locator('.print-list').count(), 0);
  const out = frame.getByRole('link', { name: /Open in Echoes/ });
  assert.equal(await out.getAttribute('target'), '_blank');
  assert.equal(await out.getAttribute('href'), `${served.pathname}e/inchon-landing?at=1950-09-20`);

  // A marker and a link of the reading text keep the frame on embed addresses.
  await frame.locator('[data-event="kpa-invasion"]').click();
  await frame.locator('.reading-view[data-view="e/kpa-invasion"]').waitFor();
  assert.match(framePath(page), /^embed\/e\/kpa-invasion(\?|$)/);
  assert.equal(await out.getAttribute('href'), `${served.pathname}e/kpa-invasion`);
  const next = frame.locator('.prev-next a.next');
  assert.match(await next.getAttribute('href'), new RegExp(`^${served.pathname}embed/e/`));
  await next.click();
  await frame.locator('.reading-view[data-view^="e/"]:not([data-view="e/kpa-invasion"])').waitFor();
  const third = framePath(page);
  assert.match(third, /^embed\/e\//);

  await back(page);
  await frame.locator('.reading-view[data-view="e/kpa-invasion"]').waitFor();
  await back(page);
  await frame.locator('.reading-view[data-view="e/inchon-landing"]').waitFor();
  assert.match(framePath(page), /^embed\/e\/inchon-landing\/?\?at=1950-09-20$/);
  await forward(page);
  await frame.locator('.reading-view[data-view="e/kpa-invasion"]').waitFor();
  await forward(page);
  await frame.locator(`.reading-view[data-view="${third.replace(/^embed\//, '').replace(/\?.*/, '')}"]`).waitFor();
  assert.equal(page.url(), address, 'the host page never moved');
  assert.deepEqual(errors, []);
});

test('only embed addresses may be framed, and an echo has its embed too', async () => {
  const echo = shared.dataset.echoes[0].id;
  const { page, errors } = await hostPage(
    `<iframe id="embed" src="${url(`embed/echo/${echo}/`)}" title="Embed"></iframe>` +
      `<iframe id="page" src="${url(`echo/${echo}/`)}" title="Page"></iframe>`,
  );
  await page.frameLocator('#embed').locator(`.reading-view[data-view="echo/${echo}"]`).waitFor();
  await page.frameLocator('#embed').locator('.marker').first().waitFor();
  // The site's own page refuses to be framed: the browser shows its error page instead.
  const refused = await (await page.$('#page')).contentFrame();
  for (let i = 0; i < 50 && !refused.url().startsWith('chrome-error:'); i++) await page.waitForTimeout(100);
  assert.match(refused.url(), /^chrome-error:/, 'the page was not shown in a frame');
  assert.ok(errors.some((e) => /frame-ancestors/.test(e)), 'the browser refused it for frame-ancestors');
  assert.ok(errors.every((e) => /frame-ancestors|status of/.test(e)), errors.join('\n'));

  // Served: the embed's page carries the policy in its meta tag, without frame-ancestors in a header.
  const response = await fetch(url(`embed/echo/${echo}/`));
  assert.equal(response.status, 200);
  assert.doesNotMatch(response.headers.get('content-security-policy') ?? '', /frame-ancestors/);
  assert.match(await response.text(), /<meta http-equiv="Content-Security-Policy" content="default-src 'self';/);
  const pageResponse = await fetch(url(`echo/${echo}/`));
  assert.match(pageResponse.headers.get('content-security-policy'), /frame-ancestors 'none'/);
});

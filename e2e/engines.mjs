// What the tests of every engine share: the script that collects a page's problems before its
// own run, and the check that each event and echo page prints whole.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const FIRST_SCRIPT = new URL('first-script.js', import.meta.url).pathname;
export const firstScriptSource = () => readFileSync(FIRST_SCRIPT, 'utf8');

// Every page that prints a reading: each event's, the context outside both periods included, and
// each echo's.
export function printedAddresses(dataset) {
  return [...dataset.events.map((e) => `e/${e.id}/`), ...dataset.echoes.map((e) => `echo/${e.id}/`)];
}

// What a reader opens by its address in every engine: an event, an echo and an embed, each with
// the title its page shows.
export function addressesToOpen(dataset) {
  const event = dataset.events.find((e) => e.id === 'inchon-landing');
  const echo = dataset.echoes[0];
  return [
    [`e/${event.id}/`, event.title],
    [`echo/${echo.id}/`, echo.title],
    [`embed/e/${event.id}/`, event.title],
  ];
}

// Prints every event and echo page with `page` (Playwright's or Puppeteer's: both go, evaluate
// and print alike) and returns what is wrong with the printouts.
export async function printEveryPage(page, dataset, url) {
  const wrong = [];
  for (const address of printedAddresses(dataset)) {
    await page.goto(url(address));
    const ends = await page.evaluate(pageEnds);
    wrong.push(...(await printProblems(address, ends, await page.pdf({ format: 'A4' }))));
  }
  return wrong;
}

// Runs in the page: its title, and the last source's publisher (on paper its address follows
// its title) or an echo's last paragraph, the end of what the page prints.
export function pageEnds() {
  return {
    title: document.querySelector('h1').textContent,
    last: (
      [...document.querySelectorAll('.reading-view .sources .publisher')].at(-1) ??
      [...document.querySelectorAll('.reading-view .echo-detail > p')].at(-1)
    ).textContent,
  };
}

// The text of each page of a PDF, its spaces dropped: a PDF's text runs break lines anywhere.
async function pdfPages(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const { items } = await (await pdf.getPage(n)).getTextContent();
    pages.push(items.map((item) => item.str).join('').replace(/\s+/g, ''));
  }
  return pages;
}

// What is wrong with the printout of `address`, whose ends are `ends`: none, or a line each.
export async function printProblems(address, ends, pdf) {
  const squeeze = (text) => text.replace(/\s+/g, '');
  const pages = await pdfPages(pdf);
  const problems = [];
  if (!pages[0]?.includes(squeeze(ends.title))) problems.push(`${address}: page 1 of ${pages.length} lacks the title`);
  if (!pages.join('').includes(squeeze(ends.last))) problems.push(`${address}: its end is not printed`);
  return problems;
}

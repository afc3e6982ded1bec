// "Cite this" as a tool reads it from the built pages, before any script runs: every event's and
// echo's CSL-JSON goes through a real CSL processor (citeproc-js, with the APA style and English
// locale that @citation-js/plugin-csl ships), and its BibTeX through the parser behind Better
// BibTeX for Zotero. Neither may find an error or an access day the build invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { unescapeHtml } from './browser.mjs';

const require = createRequire(import.meta.url);
const CSL = require('citeproc');
const styles = require('@citation-js/plugin-csl/lib/styles.json');
const locales = require('@citation-js/plugin-csl/lib/locales.json');
const site = process.env.ECHOES_SITE_DIR;

// The text of `<pre id="{id}">` as the page carries it: its slots empty, its entities read.
function preText(page, id) {
  const start = page.indexOf(`<pre id="${id}"`);
  assert.ok(start >= 0, `no #${id}`);
  const body = page.slice(page.indexOf('>', start) + 1, page.indexOf('</pre>', start));
  return unescapeHtml(body.replace(/<span[^>]*><\/span>/g, ''));
}

test('every built citation reads in a CSL processor and a BibTeX parser, with no access day', () => {
  assert.ok(site, 'ECHOES_SITE_DIR names the built site');
  const data = JSON.parse(readFileSync(join(site, 'data/timeline.json'), 'utf8'));
  const pages = [
    ...data.events.map((e) => [`e/${e.id}/index.html`, e.title]),
    ...data.echoes.map((e) => [`echo/${e.id}/index.html`, e.title]),
  ];
  const items = new Map();
  for (const [path, title] of pages) {
    const page = readFileSync(join(site, path), 'utf8');
    const [item] = JSON.parse(preText(page, 'cite-csl'));
    assert.equal(item.accessed, undefined, path);
    items.set(item.id, item);

    const bibtex = parseBibtex(preText(page, 'cite-bibtex'));
    assert.deepEqual(bibtex.errors, [], path);
    assert.equal(bibtex.entries.length, 1, path);
    const { fields } = bibtex.entries[0];
    assert.equal(fields.url, item.URL, path);
    assert.equal(fields.urldate, undefined, path);
    assert.equal(fields.title.toLowerCase(), title.toLowerCase(), path);
  }
  // One engine for every item: reading the style is most of its cost.
  const engine = new CSL.Engine(
    { retrieveLocale: (lang) => locales[lang], retrieveItem: (id) => items.get(id) },
    styles.apa,
    'en-US',
  );
  engine.updateItems([...items.keys()]);
  const [meta, entries] = engine.makeBibliography();
  assert.deepEqual(meta.bibliography_errors, []);
  assert.equal(entries.length, pages.length);
  for (const item of items.values()) {
    const url = item.URL.replace(/&/g, '&#38;');
    assert.equal(entries.filter((entry) => entry.includes(url)).length, 1, item.id);
  }
});

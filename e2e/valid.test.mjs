// Valid HTML: the W3C checker (npm vnu-jar, run by Java) reads one built page of every kind, as a
// browser, a search engine or an assistive technology gets it before any script runs. Any error
// fails the run, with the checker's own words and the line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

const site = process.env.ECHOES_SITE_DIR;
// The package's main export is the jar's path.
const vnu = String(createRequire(import.meta.url)('vnu-jar'));

test('every kind of page is valid HTML', async () => {
  assert.ok(site, 'ECHOES_SITE_DIR names the built site');
  const data = JSON.parse(readFileSync(join(site, 'data/timeline.json'), 'utf8'));
  const event = `e/${data.events[0].id}/index.html`;
  const echo = `echo/${data.echoes[0].id}/index.html`;
  const pages = ['index.html', event, echo, 'about/index.html', '404.html', 'offline/index.html'];
  const embeds = ['index.html', event, echo, 'about/index.html'].map((page) => `embed/${page}`);
  const files = [...pages, ...embeds].map((page) => join(site, page));
  // The checker exits non-zero when it finds an error: its report is the answer either way.
  const { stderr } = await promisify(execFile)('java', ['-jar', vnu, '--format', 'json', ...files], {
    maxBuffer: 16 * 1024 * 1024,
  }).catch((failure) => failure);
  const { messages } = JSON.parse(stderr);
  const errors = messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${m.url.slice(m.url.indexOf(site) + site.length)}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(errors, [], `${errors.length} errors in ${files.length} pages`);
});

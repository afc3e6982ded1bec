// Echoes against TimelineJS3 and vis-timeline, in one headless Chromium, in turns A B C A B C …
//   node bench/run.mjs URL_OF_target/bench/www [rounds]
// Prints a markdown table and writes bench/RESULTS.md and bench/results.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launch } from '../e2e/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [base, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 5);
const STEPS = 200;
const TIMEOUT = 60_000;
// A peer that cannot keep up gets this long for its scrub inputs; what it managed is the result.
const SCRUB_BUDGET = 60_000;

// What each page shows as an event marker, and what proves it accepts input.
const peers = {
  Echoes: { path: 'echoes/', marker: '.marker', ready: '.playhead', scrub: 'drag', handle: '.playhead-handle' },
  TimelineJS: { path: 'timelinejs/', marker: '.tl-timemarker', ready: '.tl-slidenav-next', scrub: 'step', handle: '.tl-slidenav-next' },
  'vis-timeline': { path: 'vis/', marker: '.vis-item', ready: '.vis-custom-time', scrub: 'drag', handle: '.vis-custom-time' },
};

// Runs in the page before anything else: paint times, input-to-frame times, the WASM memory.
function instrument({ marker, ready }) {
  window.__bench = { inputs: [] };
  addEventListener('TrunkApplicationStarted', (e) => (window.__bench.wasm = e.detail.wasm));
  const seen = (selector, key) => {
    const check = () => {
      if (!window.__bench[key] && document.querySelector(selector)) {
        requestAnimationFrame(() => (window.__bench[key] = performance.now()));
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
  };
  seen(marker, 'firstMarker');
  seen(ready, 'interactive');
  // From the input event to the frame that shows its effect: the task after the next frame.
  const time = (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__bench.inputs.push(performance.now() - start), 0));
  };
  addEventListener('pointermove', (e) => e.buttons && time(e), true);
  addEventListener('click', time, true);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

async function measure(browser, name, peer, suffix) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  const bodies = [];
  let loading = true;
  page.on('response', async (response) => {
    if (!loading) return;
    try {
      bodies.push(await response.body());
    } catch {
      // Redirects have no body.
    }
  });
  await page.addInitScript(instrument, { marker: peer.marker, ready: peer.ready });
  const result = { peer: name, dataset: suffix ? '10k' : 'real' };
  try {
    await page.goto(`${base}${peer.path.replace('/', suffix + '/')}`, { timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench.interactive && window.__bench.firstMarker, null, { timeout: TIMEOUT });
    const times = await page.evaluate(() => ({ ...window.__bench, wasm: undefined }));
    loading = false;
    result.firstMarkerMs = times.firstMarker;
    result.interactiveMs = times.interactive;
    result.gzipBytes = bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    result.brotliBytes = bodies.reduce(
      (n, b) => n + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      0,
    );
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    result.jsHeapBytes = metrics.JSHeapUsedSize;
    // Only Echoes has WASM memory; the peers get no figure rather than a zero.
    result.wasmBytes = await page.evaluate(() => window.__bench.wasm?.memory?.buffer.byteLength ?? null);
    result.scrub = await scrub(page, peer);
  } catch (error) {
    result.error = String(error.message ?? error).split('\n')[0];
  }
  await context.close();
  return result;
}

async function scrub(page, peer) {
  const handle = page.locator(peer.handle).first();
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 20);
  const deadline = Date.now() + SCRUB_BUDGET;
  let sent = 0;
  if (peer.scrub === 'drag') {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= STEPS && Date.now() < deadline; i++, sent++) {
      // Back and forth over a third of the screen.
      const phase = (i % 100) / 100;
      await page.mouse.move(x - 240 + 480 * (phase < 0.5 ? phase * 2 : 2 - phase * 2), y);
    }
    await page.mouse.up();
  } else {
    // Real clicks at the button's place, without waiting for the slide animation to settle.
    for (let i = 0; i < STEPS && Date.now() < deadline; i++, sent++) await page.mouse.click(x, y);
  }
  await page.waitForTimeout(200);
  const inputs = await page.evaluate(() => window.__bench.inputs);
  return { sent, timed: inputs.length, timedOut: sent < STEPS, medianMs: median(inputs), p95Ms: quantile(inputs, 0.95) };
}

const browser = await launch();
const chromium = browser.version();
const runs = [];
for (const suffix of ['', '-10k']) {
  for (let round = 1; round <= rounds; round++) {
    for (const [name, peer] of Object.entries(peers)) {
      const result = await measure(browser, name, peer, suffix);
      runs.push({ round, ...result });
      console.error(`round ${round} ${name}${suffix}: ${result.error ?? `${result.interactiveMs?.toFixed(0)} ms, scrub p95 ${result.scrub?.p95Ms?.toFixed(1)} ms`}`);
    }
  }
}
await browser.close();

// Median and spread (min–max) of each figure, per peer and dataset.
const figures = ['gzipBytes', 'brotliBytes', 'firstMarkerMs', 'interactiveMs', 'scrubMedianMs', 'scrubP95Ms', 'jsHeapBytes', 'wasmBytes'];
const summary = {};
for (const run of runs) {
  const key = `${run.peer}|${run.dataset}`;
  summary[key] ??= { peer: run.peer, dataset: run.dataset, errors: [], values: {} };
  if (run.error) summary[key].errors.push(run.error);
  const flat = { ...run, scrubMedianMs: run.scrub?.medianMs, scrubP95Ms: run.scrub?.p95Ms };
  for (const f of figures) if (Number.isFinite(flat[f])) (summary[key].values[f] ??= []).push(flat[f]);
}
for (const s of Object.values(summary)) {
  s.median = Object.fromEntries(Object.entries(s.values).map(([f, xs]) => [f, median(xs)]));
  s.spread = Object.fromEntries(Object.entries(s.values).map(([f, xs]) => [f, [Math.min(...xs), Math.max(...xs)]]));
}

const version = (pkg) => JSON.parse(readFileSync(join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown';
const meta = {
  date: new Date().toISOString().slice(0, 10),
  cpu,
  cores: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()),
  chromium,
  peers: { '@knight-lab/timelinejs': version('@knight-lab/timelinejs'), 'vis-timeline': version('vis-timeline') },
  rounds,
  steps: STEPS,
};
writeFileSync(join(here, 'results.json'), JSON.stringify({ meta, summary: Object.values(summary), runs }, null, 2) + '\n');

const kb = (b) => (b / 1024).toFixed(1);
const ms = (x) => x.toFixed(1);
const mb = (b) => (b / 1048576).toFixed(1);
const cell = (s, f, fmt) => {
  if (!s?.values[f]) return s?.errors.length ? 'failed' : '–';
  const [lo, hi] = s.spread[f];
  return `${fmt(s.median[f])} (${fmt(lo)}–${fmt(hi)})`;
};
const ratio = (a, b, f) => (a?.median[f] && b?.median[f] ? (a.median[f] / b.median[f]).toFixed(2) : '–');
const rows = [
  ['Bytes, gzip (KB)', 'gzipBytes', kb],
  ['Bytes, brotli (KB)', 'brotliBytes', kb],
  ['First marker painted (ms)', 'firstMarkerMs', ms],
  ['Interactive (ms)', 'interactiveMs', ms],
  ['Scrub, input to frame, median (ms)', 'scrubMedianMs', ms],
  ['Scrub, input to frame, p95 (ms)', 'scrubP95Ms', ms],
  ['JS heap after scrub (MB)', 'jsHeapBytes', mb],
  ['WASM memory (MB)', 'wasmBytes', mb],
];
let md = `# Benchmark results\n\n${meta.date}, ${cpu} (${meta.cores} cores), Chromium ${chromium}, headless. ` +
  `TimelineJS ${meta.peers['@knight-lab/timelinejs']}, vis-timeline ${meta.peers['vis-timeline']}. ` +
  `${rounds} rounds in turns (A B C …), ${STEPS} scrub inputs each; median (min–max). Produced by \`./dev bench\`.\n`;
for (const dataset of ['real', '10k']) {
  const [e, t, v] = ['Echoes', 'TimelineJS', 'vis-timeline'].map((p) => summary[`${p}|${dataset}`]);
  md += `\n## ${dataset === 'real' ? 'The real dataset' : 'A synthetic dataset of 10,000 events'}\n\n`;
  md += '| Figure | Echoes | TimelineJS | vis-timeline | Echoes / TimelineJS | Echoes / vis |\n|---|---|---|---|---|---|\n';
  for (const [label, f, fmt] of rows) {
    md += `| ${label} | ${cell(e, f, fmt)} | ${cell(t, f, fmt)} | ${cell(v, f, fmt)} | ${ratio(e, t, f)} | ${ratio(e, v, f)} |\n`;
  }
  for (const s of [e, t, v]) if (s?.errors.length) md += `\n${s.peer}: ${s.errors.length} of ${rounds} runs failed: ${[...new Set(s.errors)].join('; ')}\n`;
  for (const run of runs.filter((r) => r.dataset === dataset && r.scrub?.timedOut)) {
    md += `\n${run.peer}, round ${run.round}: only ${run.scrub.sent} of ${STEPS} scrub inputs went through in ${SCRUB_BUDGET / 1000} s.\n`;
  }
}
md += '\nScrub: Echoes and vis-timeline are dragged (pointer moves along the playhead or the custom-time bar); TimelineJS has no scrubber, so it takes next-slide clicks. Each input is timed from the event to the task after the next animation frame.\n';
writeFileSync(join(here, 'RESULTS.md'), md);
console.log(md);

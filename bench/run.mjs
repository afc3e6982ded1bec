// Echoes against TimelineJS3 and vis-timeline, in one headless Chromium, in turns whose order
// rotates from round to round, after one warm-up round per dataset that is not counted.
//   node bench/run.mjs URL_OF_target/bench/www [rounds]
//   node bench/run.mjs --report     (RESULTS.md again from bench/results.json, no measuring)
// Prints a markdown table and writes bench/RESULTS.md and bench/results.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launch } from '../e2e/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// `--report` writes RESULTS.md again from bench/results.json, without measuring.
const saved = process.argv[2] === '--report' ? JSON.parse(readFileSync(join(here, 'results.json'), 'utf8')) : null;
const [base, roundsArg] = process.argv.slice(2);
const rounds = saved ? saved.meta.rounds : Number(roundsArg ?? 5);
const STEPS = 200;
// How long a page may take to become interactive, or to finish handling its scrub inputs.
const TIMEOUT = 120_000;
// A peer that cannot keep up gets this long for its scrub inputs; what it managed is the result.
const SCRUB_BUDGET = 60_000;
// "Interactive": the end of the last long task before this long a window without one.
const QUIET_MS = 500;
// Drags stay this far (a fraction of the lane's width) inside each end of the lane.
const INSET = 0.03;

// What each page shows as an event marker, what proves it accepts input, what the scrub moves
// and where it is read (`probe`: the element whose style attribute places it, or the current
// slide), and the box a drag must stay inside.
const peers = {
  Echoes: {
    path: 'echoes/',
    marker: '.marker',
    // The page carries the lanes; they take input once the app has laid them out.
    ready: '.stage:not(.static)',
    scrub: 'drag',
    handle: '.playhead-handle',
    lane: '.stage',
    probe: { style: '.playhead' },
    extras: true,
  },
  TimelineJS: {
    path: 'timelinejs/',
    marker: '.tl-timemarker',
    ready: '.tl-slidenav-next',
    scrub: 'step',
    handle: '.tl-slidenav-next',
    back: '.tl-slidenav-previous',
    probe: { slide: true },
  },
  'vis-timeline': {
    path: 'vis/',
    marker: '.vis-item',
    ready: '.vis-custom-time',
    scrub: 'drag',
    handle: '.vis-custom-time',
    lane: '.vis-panel.vis-center',
    probe: { style: '.vis-custom-time' },
  },
};
const names = Object.keys(peers);

// Where Echoes' WASM memory goes, in a few lines that name only files a test checks exist
// (xtask/tests/prose.rs); the figures around it are measured in each run.
const WASM_NOTE = `
The per-event cost is the event itself and what the app keeps for its marker. The baked dataset's
texts are static, in the module's starting memory above; at start the app unpacks its events from
them (model/src/packed.rs), each an \`Event\` of borrowed strings, about 0.3 KB, in grown memory.
src/controls/lanes/markers.rs adopts each marker the page carries (or, for a dataset too large for
the page, builds it with plain DOM calls: an \`li\`, an \`a\` and two \`span\`s) and keeps one
small \`Item\` of element handles for it; each lane has one listener for all of its markers, and
no marker has an effect or a signal of its own.
`;

// Runs in the page before anything else: paint times, long tasks, input-to-frame times with
// whether each input moved the playhead, frame intervals, the WASM memory.
function instrument({ marker, ready, probe, quietMs, clicks }) {
  const b = (window.__bench = { inputs: [], frames: [], longTasks: [], pending: 0, recording: false });
  addEventListener('TrunkApplicationStarted', (e) => (b.wasm = e.detail.wasm));
  addEventListener('EchoesStarted', () => (b.wasmAtStart = b.wasm?.memory?.buffer.byteLength));
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    b.longTasksObserved = true;
  } catch {
    b.longTasksObserved = false;
  }
  const seen = (selector, key) => {
    const check = () => {
      if (!b[key] && document.querySelector(selector)) {
        requestAnimationFrame(() => (b[key] = performance.now()));
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  };
  seen(marker, 'firstMarker');
  seen(ready, 'readyAt');
  // The end of the last long task before the first quiet window after the first marker (the
  // first marker itself if no long task follows it); null until that window has passed.
  b.interactiveAt = () => {
    if (b.firstMarker === undefined || b.readyAt === undefined) return null;
    let t = b.firstMarker;
    for (const [start, end] of [...b.longTasks].sort((x, y) => x[0] - y[0])) {
      if (end <= t) continue;
      if (start - t >= quietMs) break;
      t = end;
    }
    t = Math.max(t, b.readyAt);
    return performance.now() - t >= quietMs ? t : null;
  };
  // Where the playhead is: the style that places it, or the current slide. Reading an attribute
  // forces no layout, so the probe costs the input almost nothing.
  b.position = probe.slide
    ? () => window.timeline?.current_id
    : () => document.querySelector(probe.style)?.getAttribute('style');
  // From the input event to the frame that shows its effect: the task after the next frame.
  // The position is read before the page handles the input (capture phase on window) and again
  // at that task; an input that did not move the playhead is counted as such.
  const time = (event) => {
    if (!b.recording) return;
    const start = event.timeStamp;
    const before = b.position();
    b.pending++;
    requestAnimationFrame((at) =>
      setTimeout(() => {
        const end = performance.now();
        // `at` is the start of the frame that handled the input: how long the input waited for
        // it, and how long that frame's work took, tell whether it was the first frame after.
        b.inputs.push({ ms: end - start, moved: b.position() !== before, wait: at - start, work: end - at });
        b.pending--;
      }, 0),
    );
  };
  // Drags are timed by their moves; clicks only where the scrub is clicks (a drag's release
  // fires one too, which moves nothing).
  addEventListener('pointermove', (e) => e.buttons && time(e), true);
  if (clicks) addEventListener('click', time, true);
  // Frame intervals while scrubbing: the clock every input-to-frame time waits on.
  b.startScrub = () => {
    b.recording = true;
    let last;
    const frame = (t) => {
      if (last !== undefined) b.frames.push(t - last);
      last = t;
      if (b.recording) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

// The linear memory a WASM module starts with, and where its static data ends, from the binary.
const layouts = new Map();
async function wasmLayout(url) {
  if (layouts.has(url)) return layouts.get(url);
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let at = 8;
  const leb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return result;
    }
  };
  const layout = { binaryBytes: bytes.length, initialBytes: null, dataBytes: 0, staticEnd: 0 };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 5) {
      leb(); // count
      leb(); // limits flag
      layout.initialBytes = leb() * 65536;
    } else if (id === 11) {
      for (let n = leb(); n > 0; n--) {
        const flag = leb();
        let offset = 0;
        if (flag !== 1) {
          if (flag === 2) leb();
          if (bytes[at++] === 0x41) {
            // i32.const, signed LEB; offsets are positive here.
            offset = leb();
          }
          at++; // end
        }
        const length = leb();
        layout.dataBytes += length;
        layout.staticEnd = Math.max(layout.staticEnd, offset + length);
        at += length;
      }
    }
    at = end;
  }
  layouts.set(url, layout);
  return layout;
}

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
      bodies.push({ url: response.url(), body: await response.body() });
    } catch {
      // Redirects have no body.
    }
  });
  await page.addInitScript(instrument, { marker: peer.marker, ready: peer.ready, probe: peer.probe, quietMs: QUIET_MS, clicks: peer.scrub === 'step' });
  const result = { peer: name, dataset: suffix ? '10k' : 'real' };
  let phase = 'loading';
  try {
    await page.goto(`${base}${peer.path.replace('/', suffix + '/')}`, { timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench.interactiveAt() !== null, null, { timeout: TIMEOUT, polling: 50 });
    const times = await page.evaluate(
      (marker) => ({
        firstMarker: window.__bench.firstMarker,
        interactive: window.__bench.interactiveAt(),
        longTasks: window.__bench.longTasks.length,
        longTasksObserved: window.__bench.longTasksObserved,
        markers: document.querySelectorAll(marker).length,
        wasmAtStart: window.__bench.wasmAtStart ?? null,
        wasmAtInteractive: window.__bench.wasm?.memory?.buffer.byteLength ?? null,
        wasmUrl: performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('.wasm')) ?? null,
        // What had arrived when the first marker was painted: the page and what it loaded by then.
        beforeFirstMarker: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
          .filter((e) => e.responseEnd <= window.__bench.firstMarker)
          .map((e) => e.name),
        longestTask: Math.max(0, ...window.__bench.longTasks.map(([start, end]) => end - start)),
        // Echoes' start: the long tasks from its WASM's request on (the page's own first layout
        // and paint come before it).
        longestStartTask: (() => {
          const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
          if (!wasm) return null;
          const after = window.__bench.longTasks.filter(([start]) => start >= wasm.startTime);
          return Math.max(0, ...after.map(([start, end]) => end - start));
        })(),
      }),
      peer.marker,
    );
    loading = false;
    result.firstMarkerMs = times.firstMarker;
    result.interactiveMs = times.interactive;
    result.longTasks = times.longTasks;
    result.longTasksObserved = times.longTasksObserved;
    result.markers = times.markers;
    const gzip = ({ body }) => gzipSync(body, { level: 9 }).length;
    result.gzipBytes = bodies.reduce((n, b) => n + gzip(b), 0);
    result.brotliBytes = bodies.reduce(
      (n, b) => n + brotliCompressSync(b.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      0,
    );
    const arrived = new Set(times.beforeFirstMarker);
    result.eyeBytes = bodies.filter((b) => arrived.has(b.url)).reduce((n, b) => n + gzip(b), 0);
    result.longestTaskMs = times.longestTask;
    result.longestStartTaskMs = times.longestStartTask;
    phase = 'scrub';
    result.scrub = await scrub(page, peer);
    phase = 'memory';
    // Memory once the scrub is over and every timed input has landed, after a full collection.
    await page.waitForFunction(() => window.__bench.pending === 0, null, { timeout: TIMEOUT });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    result.jsHeapBytes = metrics.JSHeapUsedSize;
    // Only Echoes has WASM memory. The peers' total is their heap; their WASM row stays empty.
    const wasm = await page.evaluate(() => {
      const memory = window.__bench.wasm?.memory;
      if (!memory) return null;
      // Pages of linear memory that were ever written (fresh pages from memory.grow are zero).
      const words = new Uint32Array(memory.buffer);
      const perPage = 65536 / 4;
      let touched = 0;
      for (let p = 0; p < words.length / perPage; p++) {
        for (let i = p * perPage, end = i + perPage; i < end; i++) {
          if (words[i]) {
            touched++;
            break;
          }
        }
      }
      return { bytes: memory.buffer.byteLength, touchedBytes: touched * 65536 };
    });
    result.wasmBytes = wasm?.bytes ?? null;
    result.totalBytes = result.jsHeapBytes + (wasm?.bytes ?? 0);
    if (wasm) {
      result.wasmTouchedBytes = wasm.touchedBytes;
      result.wasmAtStartBytes = times.wasmAtStart;
      result.wasmAtInteractiveBytes = times.wasmAtInteractive;
      if (times.wasmUrl) Object.assign(result, { wasmLayout: await wasmLayout(times.wasmUrl) });
    }
    if (peer.extras) {
      phase = 'Echoes-only figures';
      Object.assign(result, await echoesOnly(page, peer));
    }
  } catch (error) {
    result.error = `${phase}: ${String(error.message ?? error).split('\n')[0]}`;
  }
  await context.close();
  return result;
}

// What only Echoes does: Find, moving between two events, and a scrub while zoomed in. Each is
// timed from the input to the task after the next animation frame, as the scrub is.
async function echoesOnly(page, peer) {
  // The task after the next frame, resolved with that frame's start time (requestAnimationFrame's).
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame((at) => setTimeout(() => resolve(at), 0)));
  // Find: the index is fetched on the first focus; then every keypress of three titles, typed a
  // letter at a time, to its results painted.
  await page.focus('#search-input');
  const find = await page.evaluate(async (nextFrameSource) => {
    const nextFrame = eval(nextFrameSource);
    const input = document.getElementById('search-input');
    const type = (value) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    type('a');
    for (let i = 0; i < 1500 && !document.querySelector('.search-results li'); i++) await new Promise((r) => setTimeout(r, 20));
    const titles = [...document.querySelectorAll('.marker-label')].slice(0, 3).map((l) => l.textContent.slice(0, 14));
    // The display's frame interval, and the untimed first answer painted before the first timed
    // keypress, which starts, as every later one does, just after a frame.
    const starts = [];
    for (let i = 0; i < 10; i++) starts.push(await nextFrame());
    const interval = starts.slice(1).map((at, i) => at - starts[i]).sort((a, b) => a - b)[4];
    let previous = starts.at(-1);
    const ms = [];
    let inFirstFrame = 0;
    for (const title of titles) {
      for (let i = 1; i <= title.length; i++) {
        const t0 = performance.now();
        type(title.slice(0, i));
        const at = await nextFrame();
        const t1 = performance.now();
        ms.push(t1 - t0);
        // The results were in the first frame after the keypress if that frame came when it was
        // due (none skipped since the one before the keypress) and its work ended within it.
        if (at - previous < 1.5 * interval && t1 - at < interval) inFirstFrame++;
        previous = at;
      }
    }
    type('');
    return { ms, inFirstFrame, interval };
  }, nextFrame.toString());
  // Moving between two events on a warm cache: the next event's text is fetched ahead (its link
  // focused, as a hover does), then timed from the click to the frame after its title is in the pane.
  // DOM clicks and focus, not Playwright's pointer: its actionability checks wait on a marker
  // that the playhead's handle may overlap.
  await page.locator(peer.marker).first().evaluate((marker) => marker.click());
  await page.locator('.prev-next .next').waitFor({ timeout: TIMEOUT });
  const moves = [];
  for (let i = 0; i < 10; i++) {
    const next = page.locator('.prev-next .next');
    if (!(await next.count())) break;
    const target = await next.getAttribute('data-app');
    // A fragment fetched before (the scrub's pointer passed over its marker) is not fetched again.
    const fetched = page.waitForResponse((r) => r.url().endsWith(`fragments${target}.html`), { timeout: 3000 }).catch(() => null);
    await next.evaluate((link) => link.focus());
    await (await fetched)?.finished();
    await page.waitForTimeout(100);
    moves.push(
      await page.evaluate(async (nextFrameSource) => {
        const nextFrame = eval(nextFrameSource);
        const before = document.querySelector('#reading h1')?.textContent;
        const t0 = performance.now();
        document.querySelector('.prev-next .next').click();
        for (let i = 0; i < 30000 && document.querySelector('#reading h1')?.textContent === before; i++) await new Promise((r) => setTimeout(r, 0));
        await nextFrame();
        return performance.now() - t0;
      }, nextFrame.toString()),
    );
  }
  // A zoom step: the + or − key on the playhead, from the keydown to the frame that shows the
  // markers in their new places (one step doubles or halves the zoom).
  const zoomStep = (key) =>
    page.evaluate(async ([key, nextFrameSource]) => {
      const nextFrame = eval(nextFrameSource);
      const handle = document.querySelector('.playhead');
      handle.focus();
      const t0 = performance.now();
      handle.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await nextFrame();
      return performance.now() - t0;
    }, [key, nextFrame.toString()]);
  // The same scrub as before, zoomed in 4× (labels re-laid out for the wider lanes).
  const zoomSteps = [await zoomStep('+'), await zoomStep('+')];
  await page.waitForFunction(() => location.search.includes('z=4'), null, { timeout: TIMEOUT });
  await page.evaluate(() => {
    window.__bench.inputs = [];
    window.__bench.frames = [];
  });
  const zoomed = await scrub(page, peer);
  await page.waitForFunction(() => window.__bench.pending === 0, null, { timeout: TIMEOUT });
  zoomSteps.push(await zoomStep('-'), await zoomStep('-'));
  const phone = await phoneScrub(page);
  return {
    phoneScrubP95Ms: phone.p95Ms,
    phoneScrubInFirstFrame: phone.inFirstFrame,
    findMedianMs: median(find.ms),
    findP95Ms: quantile(find.ms, 0.95),
    findInFirstFrame: find.inFirstFrame / find.ms.length,
    frameIntervalMs: find.interval,
    moveMedianMs: median(moves),
    moveMaxMs: Math.max(...moves),
    zoomScrubP95Ms: zoomed.p95Ms,
    zoomScrubInFirstFrame: zoomed.inFirstFrame,
    zoomStepMaxMs: Math.max(...zoomSteps),
  };
}

// A phone, 390 × 844, under 4× CPU throttling (a mid-range phone, as Lighthouse's mobile runs
// have it): the playhead's handle dragged up and down the stage's window by a pointer, as many
// moves as the scrub, timed as it is. Down a phone's page the stage scrolls with the playhead, so
// every move also scrolls the lanes.
async function phoneScrub(page) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction(() => matchMedia('(max-width: 599.98px)').matches);
  await page.locator('.stage').evaluate((stage) => stage.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  try {
    await page.evaluate(() => {
      window.__bench.inputs = [];
      window.__bench.frames = [];
      window.__bench.startScrub();
    });
    const stage = await page.locator('.stage').boundingBox();
    const handle = await page.locator('.playhead-handle').boundingBox();
    const [x, y] = [handle.x + handle.width / 2, handle.y + handle.height / 2];
    // Inside the window between the lanes' sticky titles and readings (about 50 px each).
    const ys = sweep(y, stage.y + 60, stage.y + stage.height - 60, STEPS);
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (const to of ys) await page.mouse.move(x, to);
    await page.mouse.up();
    return await scrubTimes(page);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

// The x positions of a drag that sweeps back and forth inside [lo, hi], in 50 equal steps from
// end to end, starting from the step nearest x0: every move goes one whole step.
function sweep(x0, lo, hi, count) {
  const STEPS_ACROSS = 50;
  const step = (hi - lo) / STEPS_ACROSS;
  let k = Math.round(Math.min(Math.max((x0 - lo) / step, 0), STEPS_ACROSS));
  let dir = k < STEPS_ACROSS ? 1 : -1;
  const xs = [];
  for (let i = 0; i < count; i++) {
    if (k + dir < 0 || k + dir > STEPS_ACROSS) dir = -dir;
    k += dir;
    xs.push(lo + k * step);
  }
  return xs;
}

async function scrub(page, peer) {
  const handle = page.locator(peer.handle).first();
  // Scrolled by the page itself: Playwright's scrollIntoViewIfNeeded waits for the element to
  // hold still, which a page that is still busy (TimelineJS at 10,000) can exceed 30 s for.
  await handle.evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
  const box = await handle.boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 20);
  const deadline = Date.now() + SCRUB_BUDGET;
  let sent = 0;
  let lane = null;
  await page.evaluate(() => window.__bench.startScrub());
  if (peer.scrub === 'drag') {
    // Every move stays inside the lane, a little way in from its ends.
    const area = await page.locator(peer.lane).first().boundingBox();
    lane = { left: area.x, right: area.x + area.width };
    const inset = area.width * INSET;
    const xs = sweep(x, area.x + inset, area.x + area.width - inset, STEPS);
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (; sent < STEPS && Date.now() < deadline; sent++) await page.mouse.move(xs[sent], y);
    await page.mouse.up();
  } else {
    // Real clicks at the button's place, without waiting for the slide animation to settle; at
    // the last slide the direction turns, so that every click has somewhere to go.
    let [bx, by] = [x, y];
    let forward = true;
    for (; sent < STEPS && Date.now() < deadline; sent++) {
      const atEnd = await page.evaluate(
        ({ next, back, forward }) => {
          const visible = (s) => {
            const el = document.querySelector(s);
            return el && el.offsetParent !== null && getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden';
          };
          return !visible(forward ? next : back);
        },
        { next: peer.handle, back: peer.back, forward },
      );
      if (atEnd) {
        forward = !forward;
        const turn = await page.locator(forward ? peer.handle : peer.back).first().boundingBox();
        [bx, by] = [turn.x + turn.width / 2, turn.y + Math.min(turn.height / 2, 20)];
      }
      await page.mouse.click(bx, by);
    }
  }
  return { ...(await scrubTimes(page)), sent, timedOut: sent < STEPS, lane };
}

// The timed inputs of a scrub once every one has landed: input to frame, and frame intervals.
async function scrubTimes(page) {
  await page.waitForFunction(() => window.__bench.pending === 0, null, { timeout: TIMEOUT });
  const { inputs, frames } = await page.evaluate(() => {
    window.__bench.recording = false;
    return { inputs: window.__bench.inputs, frames: window.__bench.frames };
  });
  const ms = inputs.map((i) => i.ms);
  // An input is shown in the first frame after it when that frame started within one interval of
  // the input (no frame came and went without it) and its work ended within one interval.
  const interval = median(frames);
  const inFirstFrame = inputs.filter((i) => i.wait < interval && i.work < interval).length;
  return {
    timed: inputs.length,
    unmoved: inputs.filter((i) => !i.moved).length,
    medianMs: median(ms),
    p95Ms: quantile(ms, 0.95),
    inFirstFrame: inputs.length ? inFirstFrame / inputs.length : null,
    frames: frames.length,
    frameMedianMs: median(frames),
    frameP95Ms: quantile(frames, 0.95),
  };
}

const runs = saved?.runs ?? [];
let chromium = saved?.meta.chromium;
if (!saved) {
  const browser = await launch();
  chromium = browser.version();
  for (const suffix of ['', '-10k']) {
    // Round 0 warms up (not counted); round r starts with system r mod 3.
    for (let round = 0; round <= rounds; round++) {
      const order = names.map((_, i) => names[(round + i) % names.length]);
      for (const name of order) {
        const result = await measure(browser, name, peers[name], suffix);
        runs.push({ round, warmup: round === 0, ...result });
        console.error(
          `${round ? `round ${round}` : 'warm-up'} ${name}${suffix}: ${result.error ??
            `interactive ${result.interactiveMs?.toFixed(0)} ms, scrub p95 ${result.scrub?.p95Ms?.toFixed(1)} ms, ` +
            `${result.scrub?.unmoved} unmoved, ${(result.totalBytes / 1048576).toFixed(1)} MB`}`,
        );
      }
    }
  }
  await browser.close();
}

// Median and spread (min–max) of each figure, per peer and dataset, over the counted rounds.
const figures = [
  'gzipBytes', 'brotliBytes', 'eyeBytes', 'markers', 'firstMarkerMs', 'interactiveMs', 'longestTaskMs', 'longestStartTaskMs', 'scrubMedianMs', 'scrubP95Ms',
  'scrubInFirstFrame', 'frameMedianMs', 'frameP95Ms', 'unmoved', 'totalBytes', 'jsHeapBytes', 'wasmBytes', 'wasmTouchedBytes',
  'wasmAtStartBytes', 'findMedianMs', 'findP95Ms', 'findInFirstFrame', 'moveMedianMs', 'moveMaxMs', 'zoomScrubP95Ms',
  'zoomScrubInFirstFrame', 'zoomStepMaxMs', 'phoneScrubP95Ms', 'phoneScrubInFirstFrame',
];
const summary = {};
for (const run of runs.filter((r) => !r.warmup)) {
  const key = `${run.peer}|${run.dataset}`;
  summary[key] ??= { peer: run.peer, dataset: run.dataset, errors: [], values: {} };
  if (run.error) summary[key].errors.push(run.error);
  const flat = {
    ...run,
    scrubMedianMs: run.scrub?.medianMs,
    scrubP95Ms: run.scrub?.p95Ms,
    scrubInFirstFrame: run.scrub?.inFirstFrame,
    frameMedianMs: run.scrub?.frameMedianMs,
    frameP95Ms: run.scrub?.frameP95Ms,
    unmoved: run.scrub?.unmoved,
  };
  for (const f of figures) if (Number.isFinite(flat[f])) (summary[key].values[f] ??= []).push(flat[f]);
}
for (const s of Object.values(summary)) {
  s.median = Object.fromEntries(Object.entries(s.values).map(([f, xs]) => [f, median(xs)]));
  s.spread = Object.fromEntries(Object.entries(s.values).map(([f, xs]) => [f, [Math.min(...xs), Math.max(...xs)]]));
}

const version = (pkg) => JSON.parse(readFileSync(join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown';
const countEvents = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')).events.length;
  } catch {
    return null;
  }
};
const events = {
  real: countEvents(join(here, '../assets/data/timeline.json')),
  '10k': countEvents(join(here, '../target/bench/synthetic-10k.json')),
};
const meta = saved ? { events, ...saved.meta } : {
  date: new Date().toISOString().slice(0, 10),
  cpu,
  cores: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()),
  chromium,
  peers: { '@knight-lab/timelinejs': version('@knight-lab/timelinejs'), 'vis-timeline': version('vis-timeline') },
  rounds,
  warmupRounds: 1,
  steps: STEPS,
  quietMs: QUIET_MS,
  events,
  // The 1-, 5- and 15-minute load averages when measuring ended: a busy machine widens spreads.
  load: loadavg().map((x) => Number(x.toFixed(2))),
};
if (!saved) writeFileSync(join(here, 'results.json'), JSON.stringify({ meta, summary: Object.values(summary), runs }, null, 2) + '\n');

const kb = (b) => (b / 1024).toFixed(1);
const ms = (x) => x.toFixed(1);
const mb = (b) => (b / 1048576).toFixed(1);
const int = (x) => String(Math.round(x));
const percent = (x) => (x * 100).toFixed(0);
const cell = (s, f, fmt) => {
  // 'failed' only where no run of the peer succeeded; a figure a peer does not have is '–'.
  if (!s?.values[f]) return s?.errors.length && !Object.keys(s.values).length ? 'failed' : '–';
  const [lo, hi] = s.spread[f];
  // One figure where the spread vanishes once formatted (99.6 % and 100 % are both "100").
  return fmt(lo) === fmt(hi) ? fmt(lo) : `${fmt(s.median[f])} (${fmt(lo)}–${fmt(hi)})`;
};
const ratioOf = (a, b, f) => (a?.median[f] && b?.median[f] ? a.median[f] / b.median[f] : null);
const ratio = (a, b, f) => ratioOf(a, b, f)?.toFixed(2) ?? '–';
// [label, figure, format, compared]: every compared figure is better when lower.
const rows = [
  ['Bytes, gzip (KB)', 'gzipBytes', kb, true],
  ['Bytes, brotli (KB)', 'brotliBytes', kb, true],
  ['Complete to the eye: bytes arrived when the first marker is painted, gzip (KB)', 'eyeBytes', kb, true],
  ['Elements matching the marker selector', 'markers', int, false],
  ['Complete to the eye: first marker painted (ms)', 'firstMarkerMs', ms, true],
  [`Interactive, ${QUIET_MS} ms without a long task (ms)`, 'interactiveMs', ms, true],
  ['Longest task until interactive (ms)', 'longestTaskMs', ms, true],
  ['Scrub, input to frame, median (ms)', 'scrubMedianMs', ms, true],
  ['Scrub, input to frame, p95 (ms)', 'scrubP95Ms', ms, true],
  ['Scrub, inputs shown in the first frame after them (%)', 'scrubInFirstFrame', percent, false],
  ['Scrub, frame interval, median (ms)', 'frameMedianMs', ms, false],
  ['Scrub, frame interval, p95 (ms)', 'frameP95Ms', ms, false],
  [`Scrub inputs that did not move the playhead (of ${STEPS})`, 'unmoved', int, false],
  ['**Memory after scrub, JS heap + WASM (MB)**', 'totalBytes', mb, true],
  ['… of which JS heap (MB)', 'jsHeapBytes', mb, false],
  ['… of which WASM linear memory (MB)', 'wasmBytes', mb, false],
  ["Echoes only: longest task in the app's start, from its WASM's request until interactive (ms)", 'longestStartTaskMs', ms, false],
  ['Echoes only: scrub zoomed 4×, input to frame, p95 (ms)', 'zoomScrubP95Ms', ms, false],
  ['Echoes only: scrub zoomed 4×, inputs shown in the first frame after them (%)', 'zoomScrubInFirstFrame', percent, false],
  ['Echoes only: a zoom step (+ or −), key to frame, the slowest of 4 (ms)', 'zoomStepMaxMs', ms, false],
  ['Echoes only: scrub on a phone (390 × 844, the handle dragged, 4× CPU throttling), input to frame, p95 (ms)', 'phoneScrubP95Ms', ms, false],
  ['Echoes only: … inputs shown in the first frame after them (%)', 'phoneScrubInFirstFrame', percent, false],
  ['Echoes only: Find, keypress to results painted, median (ms)', 'findMedianMs', ms, false],
  ['Echoes only: Find, keypress to results painted, p95 (ms)', 'findP95Ms', ms, false],
  ['Echoes only: Find, keypresses whose results were in the first frame after them (%)', 'findInFirstFrame', percent, false],
  ['Echoes only: next event on a warm cache, click to text painted, median (ms)', 'moveMedianMs', ms, false],
  ['Echoes only: … the slowest of 10 moves (ms)', 'moveMaxMs', ms, false],
];
const short = {
  gzipBytes: 'bytes over the wire (gzip)',
  brotliBytes: 'bytes over the wire (brotli)',
  eyeBytes: 'bytes before the first marker',
  firstMarkerMs: 'time to the first marker',
  longestTaskMs: 'longest task',
  interactiveMs: 'time to interactive',
  scrubMedianMs: 'scrub latency (median)',
  scrubP95Ms: 'scrub latency (p95)',
  totalBytes: 'memory (JS heap + WASM)',
};
let md = `# Benchmark results\n\n${meta.date}, ${meta.cpu} (${meta.cores} cores), Chromium ${chromium}, headless. ` +
  `TimelineJS ${meta.peers['@knight-lab/timelinejs']}, vis-timeline ${meta.peers['vis-timeline']}. ` +
  `${rounds} counted rounds after one warm-up round per dataset; the order of the three rotates from round to round. ` +
  `${STEPS} scrub inputs each; median (min–max), a single figure where every round gave the same at the precision shown. ` +
  `Produced by \`./dev bench ${rounds}\`. Lower is better in every compared row; a ratio above 1 is a loss for Echoes.` +
  (meta.load ? ` Load average when measuring ended: ${meta.load.join(', ')}.` : '') +
  (process.env.BENCH_NOTE ? ` ${process.env.BENCH_NOTE}` : '') +
  '\n';
for (const dataset of ['real', '10k']) {
  const [e, t, v] = names.map((p) => summary[`${p}|${dataset}`]);
  md += `\n## ${dataset === 'real' ? 'The real dataset' : 'A synthetic dataset of 10,000 events'}\n\n`;
  md += '| Figure | Echoes | TimelineJS | vis-timeline | Echoes / TimelineJS | Echoes / vis |\n|---|---|---|---|---|---|\n';
  for (const [label, f, fmt, compared] of rows) {
    const r = compared ? [ratio(e, t, f), ratio(e, v, f)] : ['–', '–'];
    md += `| ${label} | ${cell(e, f, fmt)} | ${cell(t, f, fmt)} | ${cell(v, f, fmt)} | ${r[0]} | ${r[1]} |\n`;
  }
  const losses = [];
  for (const [peer, s] of [['TimelineJS', t], ['vis-timeline', v]]) {
    const lost = rows
      .filter(([, f, , compared]) => compared && ratioOf(e, s, f) > 1)
      .map(([, f]) => `${short[f]} (${ratioOf(e, s, f).toFixed(2)}×)`);
    if (lost.length) losses.push(`against ${peer} on ${lost.join(', ')}`);
  }
  md += losses.length ? `\n**Where Echoes loses:** ${losses.join('; ')}.\n` : '\nEchoes loses on no compared figure here.\n';
  for (const s of [e, t, v]) if (s?.errors.length) md += `\n${s.peer}: ${s.errors.length} of ${rounds} runs failed: ${[...new Set(s.errors)].join('; ')}\n`;
  for (const run of runs.filter((r) => !r.warmup && r.dataset === dataset && r.scrub?.timedOut)) {
    md += `\n${run.peer}, round ${run.round}: only ${run.scrub.sent} of ${STEPS} scrub inputs went through in ${SCRUB_BUDGET / 1000} s.\n`;
  }
  for (const run of runs.filter((r) => !r.warmup && r.dataset === dataset && r.longTasksObserved === false)) {
    md += `\n${run.peer}, round ${run.round}: the page reported no long tasks API, so interactive fell back to the first marker.\n`;
  }
}

// What the WASM memory is made of, from the Echoes runs of both datasets.
const echoRun = (dataset) => runs.find((r) => !r.warmup && r.peer === 'Echoes' && r.dataset === dataset && r.wasmLayout);
const [er, ek] = [echoRun('real'), echoRun('10k')];
md += '\n## How each figure is taken\n\n';
md += `- **Bytes:** every response body until the page is interactive, compressed here at gzip 9 and brotli 11, cache disabled.\n`;
md += `- **Complete to the eye:** the first animation frame after an event marker enters the DOM (a MutationObserver in an init script), and the gzip bytes of the responses that had ended by then (Resource Timing's \`responseEnd\`). Echoes' pages carry their lanes, so that is the page and its stylesheet; the peers draw theirs from script.\n`;
md += `- **Longest task:** the longest \`longtask\` entry from the start until interactive.\n`;
md += `- **Interactive:** a PerformanceObserver for \`longtask\` runs from the start. Interactive is the end of the last long task (over 50 ms) before the first ${QUIET_MS} ms window without one after the first marker, or the first marker itself if no long task follows it (and never before the scrub handle exists). It is no longer the moment an element exists.\n`;
md += `- **Scrub:** Echoes and vis-timeline are dragged by their playhead or custom-time bar, ${STEPS} pointer moves that sweep back and forth over the lane (Echoes: \`.stage\`; vis-timeline: its item panel, \`.vis-center\`), ${INSET * 100}% in from each end, about 2% of the lane per move, so no move lands outside and clamps. TimelineJS has no scrubber, so it takes clicks on next slide (turning to previous at the last slide). Each input is timed from the event's timestamp to the task after the next animation frame. The playhead's position (Echoes: the \`.playhead\` style; vis-timeline: the \`.vis-custom-time\` style; TimelineJS: the current slide) is read before the page handles the input and again at that task; inputs that did not move it are counted in their own row. vis-timeline is set up with \`snap: null\` (bench/prepare.mjs) so that its bar follows the pointer as Echoes' playhead does; by default it snaps to the scale's step (years at this zoom) and most moves would not move it. Its one unmoved input per run is the drag's first move, which only starts Hammer.js's pan gesture.\n`;
md += `- **Frame interval:** requestAnimationFrame deltas during the scrub. An input waits for the next frame, so up to one interval of each latency (about half of one on average) is the frame clock, not the page's work; where in the interval each input lands depends on when the harness sends the next move, and that varies from run to run. So the figure for \"within one frame\" is the share of inputs shown in the first frame after them: that frame started less than one interval after the input's timestamp (no frame came and went without it) and its work, to the task after it, ended within one interval. Tried with 12 ms of busy work added to every pointer move, it falls to 0 %.\n`;
md += `- **Echoes only:** Find types three titles a letter at a time, each keypress timed to the task after the next frame. Each keypress starts just after a frame, so that time cannot fall below one frame interval (16.7 ms at 60 Hz) however little the page does; the share of keypresses whose results were in the first frame after them is the figure for \"within one frame\": that frame started when it was due (none skipped since the keypress) and its work ended within one interval. The next event: ten clicks on \`.prev-next .next\`, each fragment fetched ahead. Zoom: the + key twice on the playhead before the zoomed scrub and − twice after it, each from the keydown to the task after the next frame.\n`;
md += `- **Phone scrub (Echoes only):** the page turned to 390 × 844 (time down the page) and CPU throttled 4× (CDP \`Emulation.setCPUThrottlingRate\`, as Lighthouse's mobile runs are), the playhead's handle dragged by a pointer through 200 moves up and down the stage's window; each move scrubs and scrolls the lanes with the playhead. Timed as the scrub is; the frame interval is not throttled, so \"in the first frame\" means the page's work fit in 16.7 ms of a slowed CPU.\n`;
md += `- **Memory:** read after the scrub, once every timed input has landed, after two forced collections (CDP \`HeapProfiler.collectGarbage\`): \`JSHeapUsedSize\` from \`Performance.getMetrics\`, plus, for Echoes, the byte length of its WASM linear memory (from \`TrunkApplicationStarted\`). The peers have no WASM, so their total is their JS heap. WASM memory only grows, so its figure is the most the app ever needed at once, not what is live now; that is still memory the tab holds.\n`;
md += `- **Rounds:** one warm-up round per dataset, not counted; then round r starts with system r mod 3 (Echoes, TimelineJS, vis-timeline).\n`;
if (rounds < 5) md += `\nThis run has ${rounds} counted rounds, not the default 5, to fit the time available; the spreads are correspondingly rough.\n`;
if (er && ek) {
  // The markers the page built: the dataset file may have changed since the build.
  const count = (run) => run.markers;
  const perEvent = (ek.wasmBytes - er.wasmBytes) / (count(ek) - count(er));
  const l = ek.wasmLayout;
  md += `\n## What holds Echoes' WASM memory\n\n`;
  md += `Measured in this run: with ${count(er)} markers the linear memory is ${mb(er.wasmBytes)} MB; with ${count(ek)} markers it is ${mb(ek.wasmBytes)} MB, ` +
    `about ${kb(perEvent)} KB per event. Of the 10,000-event memory, ${mb(l.initialBytes)} MB is what the module starts with ` +
    `(1 MB of stack, then ${mb(l.dataBytes)} MB of static data, nearly all of it the baked dataset), and ${mb(ek.wasmBytes - l.initialBytes)} MB ` +
    `was grown at run time by the allocator. It had already reached ${mb(ek.wasmAtStartBytes)} MB when the app's start ended (\`EchoesStarted\`: the events unpacked, the lanes adopted), ` +
    `so the scrub adds ${mb(ek.wasmBytes - ek.wasmAtStartBytes)} MB; ${mb(ek.wasmTouchedBytes)} MB of it has been written at some point.\n`;
  md += WASM_NOTE;
}
// What was measured by hand (Lighthouse) sits after this line in RESULTS.md and is kept.
const KEPT = '<!-- Measured by hand: kept when the bench rewrites this file. -->';
const previous = (() => {
  try {
    return readFileSync(join(here, 'RESULTS.md'), 'utf8');
  } catch {
    return '';
  }
})();
const kept = previous.includes(KEPT) ? previous.slice(previous.indexOf(KEPT)) : '';
writeFileSync(join(here, 'RESULTS.md'), kept ? `${md}\n${kept}` : md);
console.log(md);

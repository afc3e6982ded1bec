// Writes what the benchmark needs besides the Echoes builds, into target/bench/:
//   synthetic-10k.json     a valid Echoes dataset of 10,000 events (never shipped)
//   www/timelinejs[-10k]/  TimelineJS3 with the same events, one slide per event, grouped by lane
//   www/vis[-10k]/         vis-timeline with the same events in two groups and a custom-time bar
//                          that follows the pointer (no snapping), as Echoes' playhead does
// The peers' files are copied from bench/node_modules at run time; none is committed.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(repo, 'target/bench');
const www = join(out, 'www');
const modules = join(repo, 'bench/node_modules');

const real = JSON.parse(readFileSync(join(repo, 'assets/data/timeline.json'), 'utf8'));

// A deterministic pseudo-random sequence, so every run measures the same data.
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function synthetic(count) {
  const next = random(1950);
  const lanes = real.lanes.map((lane) => ({ ...lane, from: Date.parse(lane.start), to: Date.parse(lane.end) }));
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const events = [];
  for (let i = 0; i < count; i++) {
    const lane = lanes[i % 2];
    const start = lane.from + Math.floor(next() * (lane.to - lane.from));
    const span = next() < 0.2;
    const end = Math.min(lane.to, start + Math.floor(next() * 40) * 86400000);
    events.push({
      id: `synthetic-${i}`,
      lane: lane.id,
      date: span && end > start ? `${iso(start)}/${iso(end)}` : iso(start),
      title: `Synthetic event ${i}`,
      short: `Event ${i}`, // at most 10 characters, within the 24 a lane label holds
      summary: `A generated event for the 10,000-event benchmark, number ${i}.`,
      actors: [real.actors[i % real.actors.length].id],
      themes: ['diplomacy'],
      sources: [{ title: 'Benchmark', publisher: 'Echoes', url: 'https://example.org/bench', kind: 'secondary' }],
    });
  }
  const echoes = Array.from({ length: 20 }, (_, k) => ({
    id: `synthetic-echo-${k}`,
    title: `Synthetic echo ${k}`,
    then: [`synthetic-${k * 2}`],
    now: [`synthetic-${k * 2 + 1}`],
    parallel: 'Generated.',
    breaks: 'Generated.',
    essay: 'Generated.',
  }));
  return { version: real.version, as_of: real.as_of, lanes: real.lanes, actors: real.actors, events, echoes, argument: [], claims: [] };
}

// The events the lanes draw: not the context, nor those after the essay.
const inLanes = (data) => data.events.filter((e) => data.lanes.some((lane) => lane.id === e.lane));
const parts = (date) => {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y, month: m, ...(d ? { day: d } : {}) };
};
const laneTitle = (data, id) => data.lanes.find((l) => l.id === id).title;

function timelinejsPage(dir, data) {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(modules, '@knight-lab/timelinejs/dist/js/timeline.js'), join(dir, 'timeline.js'));
  copyFileSync(join(modules, '@knight-lab/timelinejs/dist/css/timeline.css'), join(dir, 'timeline.css'));
  const slides = inLanes(data).map((e) => {
    const [start, end] = e.date.split('/');
    return {
      unique_id: e.id,
      start_date: parts(start),
      ...(end ? { end_date: parts(end) } : {}),
      text: { headline: e.title, text: e.summary },
      group: laneTitle(data, e.lane),
    };
  });
  writeFileSync(join(dir, 'data.json'), JSON.stringify({ events: slides }));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="timeline.css"><script src="timeline.js"></script></head>
<body><div id="timeline" style="width:100%;height:700px"></div>
<script>fetch('data.json').then((r) => r.json()).then((data) => { window.timeline = new TL.Timeline('timeline', data); });</script>
</body></html>`,
  );
}

function visPage(dir, data) {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(modules, 'vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'), join(dir, 'vis.js'));
  copyFileSync(join(modules, 'vis-timeline/styles/vis-timeline-graph2d.min.css'), join(dir, 'vis.css'));
  // One shared axis, as vis-timeline has: each lane is a group.
  const items = inLanes(data).map((e) => {
    const [start, end] = e.date.split('/');
    return { id: e.id, group: e.lane, content: e.title, start, ...(end ? { end, type: 'range' } : { type: 'point' }) };
  });
  const groups = data.lanes.map((l) => ({ id: l.id, content: l.title }));
  writeFileSync(join(dir, 'data.json'), JSON.stringify({ items, groups }));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vis-timeline</title>
<link rel="stylesheet" href="vis.css"><script src="vis.js"></script></head>
<body><div id="timeline"></div>
<script>fetch('data.json').then((r) => r.json()).then(({ items, groups }) => {
  const timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), new vis.DataSet(groups), {
    height: '700px',
    // The bar follows the pointer, as Echoes' playhead does, instead of snapping to the scale's
    // step (years, at this zoom), so that every drag move moves it.
    snap: null,
  });
  timeline.addCustomTime('1950-06-25', 'playhead');
  window.timeline = timeline;
});</script>
</body></html>`,
  );
}

mkdirSync(out, { recursive: true });
const big = synthetic(10000);
writeFileSync(join(out, 'synthetic-10k.json'), JSON.stringify(big, null, 1));
timelinejsPage(join(www, 'timelinejs'), real);
timelinejsPage(join(www, 'timelinejs-10k'), big);
visPage(join(www, 'vis'), real);
visPage(join(www, 'vis-10k'), big);
console.log(`wrote ${out}`);

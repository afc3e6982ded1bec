// Draws assets/preview.png, the 1200×630 link-preview image, with Debian's Chromium:
//   node tools/preview-card.mjs
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/browser.mjs';

const out = fileURLToPath(new URL('../assets/preview.png', import.meta.url));
const lane = (y, color, marks) =>
  `<line x1="80" y1="${y}" x2="1120" y2="${y}" stroke="#c9ced6" stroke-width="3"/>` +
  marks.map((x) => `<circle cx="${x}" cy="${y}" r="13" fill="${color}"/>`).join('');
const html = `<!doctype html><meta charset="utf-8"><body style="margin:0">
<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, sans-serif">
  <rect width="1200" height="630" fill="#121417"/>
  <text x="80" y="130" fill="#e8eaed" font-size="72" font-weight="700">Echoes</text>
  <text x="80" y="190" fill="#a9b0bb" font-size="32">The Korean War's outbreak in 1950 and North Korea's</text>
  <text x="80" y="232" fill="#a9b0bb" font-size="32">turn to Russia in 2023–24, side by side.</text>
  <text x="80" y="330" fill="#a9b0bb" font-size="26">1950</text>
  ${lane(360, '#d1343a', [180, 330, 520, 700, 790, 960])}
  <path d="M520,375 C520,440 640,440 640,505 M790,375 C790,440 900,440 900,505 M330,375 C330,440 300,440 300,505" stroke="#8ab4f8" stroke-width="4" fill="none"/>
  <text x="80" y="490" fill="#a9b0bb" font-size="26">2023–24</text>
  ${lane(520, '#2f7ed8', [150, 300, 460, 640, 900, 1050])}
  <line x1="700" y1="300" x2="700" y2="570" stroke="#ff8a80" stroke-width="4"/>
  <circle cx="700" cy="300" r="12" fill="#ff8a80"/>
</svg></body>`;

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);

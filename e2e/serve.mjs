// A small static file server for the browser tests and benchmarks, on 127.0.0.1 and a free port.
//   node e2e/serve.mjs --dir DIR [--base /sub/] [--spa] [--port-file FILE] [--port N] [--first-script FILE]
// --spa answers unknown paths with index.html, as `trunk serve` does; without it they get 404.html
// with status 404, and a folder without its slash is redirected, as a plain static host does.
// The headers in the site's `_headers` file (the build writes one: the Content-Security-Policy
// and caching) are sent as Netlify and Cloudflare Pages send them.
import { createServer } from 'node:http';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(option('--dir') ?? 'dist');
const base = option('--base') ?? '/';
const spa = args.includes('--spa');
const portFile = option('--port-file');
// A port of its own, to serve a second build at the same origin (e2e/offline.test.mjs).
const port = Number(option('--port') ?? 0);
// A script that every page runs before its own, from the site's origin, so the Content-Security-
// Policy lets it run: how a test collects errors in an engine whose driver cannot inject one
// (WebKitWebDriver; e2e/first-script.js).
const firstScript = option('--first-script');
const FIRST_SCRIPT_PATH = `${base}__first-script.js`;

// `_headers`: a path pattern (`*` matches anything) on its own line, then its headers indented.
// A path gets the headers of every rule it matches, joined with commas when a name repeats, and
// `! Name` drops a header that an earlier rule gave, as Cloudflare Pages reads the file.
async function readHeaderRules() {
  let text;
  try {
    text = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
    } else if (rules.length) {
      const detach = line.trim().match(/^!\s*(\S+)$/);
      const at = line.indexOf(':');
      rules.at(-1).headers.push(
        detach ? [detach[1].toLowerCase(), undefined] : [line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()],
      );
    }
  }
  return rules;
}
const headerRules = await readHeaderRules();
function headersFor(path) {
  const headers = {};
  for (const rule of headerRules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) {
      if (value === undefined) delete headers[name];
      else headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
    }
  }
  return headers;
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

async function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  // The host reads `_headers`; it never serves it.
  if (path.includes('\0') || path.endsWith('/_headers')) return undefined;
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + '/')) return undefined;
  try {
    if (!(await stat(full)).isDirectory()) return full;
    if (!path.endsWith('/')) return { redirect: true };
    const index = join(full, 'index.html');
    await stat(index);
    return index;
  } catch {
    return undefined;
  }
}

// The build writes a .br and a .gz beside every text file; serve one when the client takes it,
// as a host that serves precompressed files does.
async function send(res, status, file, acceptEncoding = '', path = '/') {
  const headers = {
    ...headersFor(path),
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    vary: 'accept-encoding',
  };
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!acceptEncoding.includes(encoding)) continue;
    try {
      const body = await readFile(file + suffix);
      res.writeHead(status, { ...headers, 'content-encoding': encoding });
      return res.end(body);
    } catch {
      // Not precompressed: try the next, or send it as it is.
    }
  }
  res.writeHead(status, headers);
  res.end(await readFile(file));
}

async function sendWithFirstScript(res, file, path) {
  const page = (await readFile(file, 'utf8')).replace('<head>', `<head><script src="${FIRST_SCRIPT_PATH}"></script>`);
  res.writeHead(200, { ...headersFor(path), 'content-type': types['.html'] });
  res.end(page);
}

// The request target's path and query, split by hand: `new URL` reads `//host/…` as another origin
// and throws on a host it cannot parse, which must not take the server down.
function target(rawUrl) {
  const at = rawUrl.indexOf('?');
  return at < 0 ? [rawUrl, ''] : [rawUrl.slice(0, at), rawUrl.slice(at)];
}

async function answer(req, res) {
  const [path, search] = target(req.url);
  if (!path.startsWith('/')) {
    res.writeHead(400, { 'content-type': 'text/plain' });
    return res.end('bad request');
  }
  const inside = path.startsWith(base) || path + '/' === base;
  const file = inside ? await fileFor(path.slice(base.length - 1) || '/') : undefined;
  if (file?.redirect) {
    // One leading slash: "//about" would send the browser to a host named "about".
    res.writeHead(301, { location: `${path.replace(/^\/+/, '/')}/${search}` });
    return res.end();
  }
  const encodings = req.headers['accept-encoding'] ?? '';
  if (firstScript && path === FIRST_SCRIPT_PATH) return send(res, 200, resolve(firstScript), '', path);
  if (firstScript && (file ?? '').endsWith('.html')) return sendWithFirstScript(res, file, path);
  if (file) return send(res, 200, file, encodings, path);
  if (spa && inside) return send(res, 200, join(root, 'index.html'), encodings, path);
  const notFound = join(root, '404.html');
  try {
    await stat(notFound);
    return send(res, 404, notFound, encodings, path);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}

const server = createServer((req, res) => {
  answer(req, res).catch((error) => {
    // A request that breaks the handler (a header Node refuses, say) gets an answer, never a crash.
    if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
    res.end(`bad request: ${error.code ?? error.name}`);
  });
});

server.listen(port, '127.0.0.1', async () => {
  const { port: listening } = server.address();
  if (portFile) await writeFile(portFile, String(listening));
  console.log(`serving ${root} on http://127.0.0.1:${listening}${base}`);
});

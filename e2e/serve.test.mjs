// The test server itself: hostile request lines that no browser would send must not take it down,
// or every later test would fail for the wrong reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { baseUrl, url } from './browser.mjs';

// Sends raw bytes and resolves with the answer's status line and headers ('' if the socket just
// closed).
function raw(request) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer.split('\r\n\r\n')[0]));
    socket.on('error', reject);
  });
}

test('the test server answers hostile request lines and stays up, and its redirects stay on the site', async () => {
  const base = new URL(baseUrl).pathname;
  const lines = [
    'GET ///evil.example%E2%80%AEecho-the-rescueecho/ HTTP/1.1',
    `GET //evil.example${base} HTTP/1.1`,
    'GET http://evil.example/ HTTP/1.1',
    'GET * HTTP/1.1',
    `GET ${base}e/%ZZ HTTP/1.1`,
    `GET ${base}e/%00 HTTP/1.1`,
    `GET ${base}..%2F..%2Fetc%2Fpasswd HTTP/1.1`,
    `GET ${base}about HTTP/1.1`,
    `GET ${base}${'a/'.repeat(4000)} HTTP/1.1`,
    'BREW /pot HTTP/1.1',
    'GET',
  ];
  for (const line of lines) {
    const [status] = (await raw(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)).split('\r\n');
    assert.doesNotMatch(status, /^HTTP\/1\.1 5/, line.slice(0, 60));
    // Still alive: the home page answers.
    assert.equal((await fetch(url('/'))).status, 200, `after ${line.slice(0, 60)}`);
  }
  // A folder asked for without its slash is redirected on this site, whatever slashes lead: the
  // fuzz found "//about" sent to a host named "about".
  for (const path of [`/${base}about?at=1`, `${base}/about`, `${base}about`]) {
    const answer = await raw(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    const location = /\r\nlocation: (.*)/i.exec(answer)?.[1];
    if (location) assert.equal(new URL(location, baseUrl).host, new URL(baseUrl).host, `${path} → ${location}`);
  }
  // Bytes that are not UTF-8 in the request line.
  await raw(Buffer.concat([Buffer.from('GET /'), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')]));
  assert.equal((await fetch(url('/'))).status, 200);
});

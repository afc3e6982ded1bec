// Reading offline: Workbox writes the service worker over the built site, after its pages (the
// `service-worker` step of xtask/src/pipeline.rs runs `workbox generateSW` on this file).
//   - The app, its styles, the search index and the data downloads are precached under their
//     hashed or revisioned names, so a new deploy replaces them and drops the old ones.
//   - Pages and reading fragments go to the network first and are kept as the reader opens them,
//     so a reload after a deploy shows the new site, and what was read stays readable offline.
//   - A page that was never opened, offline, gets `offline/index.html`: the app in it shows the
//     page's text if its fragment was kept, else says that it was not saved.
// The site is the directory Workbox runs in: xtask runs it in the built site. ECHOES_SITE_DIR
// names another, for a test that writes a second deploy's worker (e2e/offline.test.mjs).
const site = process.env.ECHOES_SITE_DIR || '.';

module.exports = {
  globDirectory: site,
  globPatterns: ['offline/index.html', '*.{js,wasm,css,svg}', 'data/*.{json,csv,tsv,md}'],
  globIgnores: ['sw.js', 'sw-keep.js'],
  swDest: `${site}/sw.js`,
  inlineWorkboxRuntime: true,
  importScripts: ['sw-keep.js'],
  mode: 'production',
  sourcemap: false,
  // A new worker takes over at once; the next page load is the new deploy's.
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // Trunk names these by their content: they need no revision of their own.
  dontCacheBustURLsMatching: /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/,
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: {
        // sw-keep.js keeps the address the reader landed on under this name too.
        cacheName: 'echoes-pages',
        networkTimeoutSeconds: 5,
        // `/e/x/?at=…` is the page `/e/x/`.
        matchOptions: { ignoreSearch: true },
        precacheFallback: { fallbackURL: 'offline/index.html' },
      },
    },
    {
      urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/fragments/'),
      handler: 'NetworkFirst',
      options: { cacheName: 'echoes-fragments', networkTimeoutSeconds: 5 },
    },
  ],
};

// Imported by the service worker (workbox-config.cjs). The page a reader lands on is loaded before
// the worker exists, so no route kept it: the page names it once the worker is ready, and the
// worker fetches it into the pages cache, which the navigation route reads offline.
self.addEventListener('message', (event) => {
  const keep = event.data && event.data.keep;
  if (typeof keep !== 'string') return;
  const address = new URL(keep, self.location.href);
  if (address.origin !== self.location.origin) return;
  event.waitUntil(caches.open('echoes-pages').then((pages) => pages.add(address.pathname)));
});

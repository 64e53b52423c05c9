// Content scripts declared in the manifest can't be ES modules: this classic script loads the
// module graph, and only where it is needed. Loading modules costs a few milliseconds of the
// page's main thread, so on a known site the URL is first checked against the adapters'
// results-page routes (written to storage by the service worker from the adapters themselves);
// pages that become a results page without loading are caught when their URL changes.
(() => {
  if (globalThis.__worthALookLoaded) return;
  globalThis.__worthALookLoaded = true;
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    import(chrome.runtime.getURL('src/content/main.js'))
      .then((main) => main.start())
      .catch((error) => console.debug('Worth a Look: badges are off on this page', error));
  };
  chrome.storage.local.get('routes').then(({ routes }) => {
    if (!Array.isArray(routes)) {
      load(); // routes not written yet (the extension is starting): decide in the modules
      return;
    }
    const compiled = routes.map(([hosts, paths]) => [hosts.map((h) => new RegExp(h)), paths.map((p) => new RegExp(p))]);
    const matches = () => compiled.some(([hosts, paths]) => hosts.some((h) => h.test(location.hostname))
      && paths.some((p) => p.test(location.pathname + location.search)));
    if (matches()) {
      load();
      return;
    }
    const check = () => {
      if (!loaded && matches()) load();
    };
    window.addEventListener('popstate', check);
    if (window.navigation && typeof window.navigation.addEventListener === 'function') {
      window.navigation.addEventListener('currententrychange', check);
    } else {
      new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true });
    }
  }, load);
})();

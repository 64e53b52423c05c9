// Content scripts declared in the manifest can't be ES modules: this classic script loads the
// module graph, and only where it is needed. Loading modules costs a few milliseconds of the
// page's main thread, so the service worker is first asked whether this URL is a results page
// of a known site with badges on (content scripts cannot read the extension's storage); pages
// that become a results page without loading are asked about when their URL changes.
(() => {
  if (globalThis.__worthALookLoaded) return;
  globalThis.__worthALookLoaded = true;
  let loaded = false;
  let asked = '';
  const load = () => {
    if (loaded) return;
    loaded = true;
    import(chrome.runtime.getURL('src/content/main.js'))
      .then((main) => main.start())
      .catch((error) => console.debug('Worth a Look: badges are off on this page', error));
  };
  const check = () => {
    if (loaded || asked === location.href) return;
    asked = location.href;
    chrome.runtime.sendMessage({ type: 'badges-here', url: location.href }).then((reply) => {
      if (reply && reply.on) load();
    }, () => {});
  };
  check();
  window.addEventListener('popstate', check);
  if (window.navigation && typeof window.navigation.addEventListener === 'function') {
    window.navigation.addEventListener('currententrychange', check);
  } else {
    new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true });
  }
})();

// The classic content script on known sites. It asks the service worker whether this URL is a
// results page of a known site with badges on (content scripts cannot read the extension's
// storage); if so the worker injects the content bundle into this frame, and badges start.
// Other pages of those sites pay for this small script only. Pages that become a results page
// without loading are asked about when their URL changes.
(() => {
  if (globalThis.__worthALookLoaded) return;
  globalThis.__worthALookLoaded = true;
  let started = false;
  let asked = '';
  const check = () => {
    if (started || asked === location.href) return;
    asked = location.href;
    chrome.runtime.sendMessage({ type: 'badges-here', url: location.href }).then((reply) => {
      // the worker has injected the bundle (bundle/content.js) into this world before saying yes
      if (started || !(reply && reply.on) || !globalThis.worthALook) return;
      started = true;
      globalThis.worthALook.start();
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

// Content scripts declared in the manifest can't be ES modules: this classic script loads
// the module graph once per document.
(() => {
  if (globalThis.__worthALookLoaded) return;
  globalThis.__worthALookLoaded = true;
  import(chrome.runtime.getURL('src/content/main.js'))
    .then((main) => main.start())
    .catch((error) => console.debug('Worth a Look: badges are off on this page', error));
})();

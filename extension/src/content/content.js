// The content scripts' one entry. It is bundled into one classic script (bundle/content.js,
// `npm run bundle`) that the service worker injects with chrome.scripting.executeScript, so no
// file of the extension is web-accessible by a stable URL: a page cannot probe for it. What it
// offers lives on a global of the extension's isolated world, which page scripts never see.
import { afterClick, inspectBadges, start } from './main.js';
import { snapshot } from './snapshot.js';

// injected twice (a click while the loader's injection is on its way): the first copy stays
if (!globalThis.worthALook) {
  globalThis.worthALook = Object.freeze({ start, afterClick, snapshot, inspectBadges });
}

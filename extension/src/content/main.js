// The content script on results pages: find the listings (the site's adapter, else the page's
// structured data or its repeated link-cards), badge each one, and ask the service worker for
// all their estimates in one batch. Follows pages that change without loading (scrolling,
// LinkedIn swapping jobs in place) and tears down when the URL stops being a results page.
// It has no access to the extension's storage: what it needs comes by message.
import { adapterFor, cardKey, listingSlot, listings } from '../adapters/index.js';

// badges.js (and what it draws with) loads only where there are cards to badge
let badgeModule = null;
const BADGE_TAG = 'wal-badge';

export async function loadBadges() {
  if (!badgeModule) badgeModule = await import('./badges.js');
  return badgeModule;
}

const SCAN_DELAY_MS = 120;
const BATCH_LIMIT = 50; // the API's BATCH_MAX_ITEMS default
const RETRY_MS = 30000; // after a failed request, cards ask again no sooner than this

/** One session of badging for one URL; aborting it removes its observer and timers. */
export class BadgeSession {
  constructor(adapter, { doc = document, send = sendToWorker, delay = SCAN_DELAY_MS } = {}) {
    this.adapter = adapter; // null: a page no adapter knows, badged after a click
    this.doc = doc;
    this.send = send;
    this.delay = delay;
    this.controller = new AbortController();
    this.badges = new Map(); // card element → badge host
    this.answers = new Map(); // listing key → {estimate} | {error}
    this.inflight = new Set(); // listing keys asked for and not yet answered
    this.timer = 0;
    this.requests = 0;
    this.profiled = false;
  }

  get signal() {
    return this.controller.signal;
  }

  start() {
    if (!badgeModule) return loadBadges().then(() => (this.signal.aborted ? null : this.start()));
    const observer = new MutationObserver((mutations) => {
      if (mutations.every(ownMutation)) return;
      this.schedule();
    });
    observer.observe(this.doc.body || this.doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'data-job-id', 'data-occludable-job-id', 'data-entity-urn', 'data-jk'] });
    this.signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(this.timer);
    });
    return this.scan();
  }

  stop({ removeBadges = true } = {}) {
    this.controller.abort();
    if (removeBadges) for (const host of this.badges.values()) host.remove();
    this.badges.clear();
  }

  /** Answers already had (the popup's click estimated the page): drawn without asking again. */
  seed(answers, profiled) {
    this.profiled = profiled;
    for (const [key, answer] of Object.entries(answers || {})) this.answers.set(key, answer);
  }

  schedule() {
    if (this.timer || this.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.timer = 0;
      if (!this.signal.aborted) this.scan();
    }, this.delay);
  }

  /** Badge every listing; returns the batch request's promise (or null when none was needed). */
  scan() {
    const wanted = new Map(); // key → the item the API is sent
    const seen = new Set();
    for (const found of listings(this.adapter, this.doc, this.doc.baseURI)) {
      const key = cardKey(found.fields);
      if (seen.has(key)) continue; // one badge per listing, whatever the page repeats
      seen.add(key);
      // on a page no adapter knows, only what the click estimated is badged (and nothing more asked)
      if (!this.adapter && !(this.answers.get(key) || {}).estimate) continue;
      let host = this.badges.get(found.el);
      if (!host || !host.isConnected) {
        host = badgeModule.createBadge();
        try {
          badgeModule.placeBadge(host, listingSlot(found));
        } catch {
          continue; // a card we can't write into stays as the page made it
        }
        this.badges.set(found.el, host);
      }
      const answer = this.answers.get(key);
      const fresh = badgeModule.assignBadge(host, key, found.fields); // false: already showing this listing
      if (answer && !(answer.retryAt && answer.retryAt < Date.now())) {
        if (fresh) this.render(host, answer);
      } else if (!this.inflight.has(key)) {
        wanted.set(key, found.item);
      }
    }
    for (const [card, host] of this.badges) {
      if (!card.isConnected || !host.isConnected) {
        host.remove();
        this.badges.delete(card);
      }
    }
    return wanted.size ? this.ask(wanted) : null;
  }

  render(host, answer) {
    if (answer.estimate) badgeModule.showEstimate(host, answer.estimate, { profiled: this.profiled });
    else badgeModule.showError(host, answer.error);
  }

  /** One batch request per page of cards (split only past the API's batch limit). */
  ask(wanted) {
    const keys = Array.from(wanted.keys());
    const chunks = [];
    for (let i = 0; i < keys.length; i += BATCH_LIMIT) chunks.push(keys.slice(i, i + BATCH_LIMIT));
    return Promise.all(chunks.map((chunk) => this.askChunk(chunk, wanted)));
  }

  async askChunk(keys, wanted) {
    keys.forEach((key) => this.inflight.add(key));
    this.requests += 1;
    let reply;
    try {
      reply = await this.send({ type: 'estimate-cards', items: keys.map((key) => wanted.get(key)) });
    } catch {
      reply = { ok: false, error: { kind: 'internal', message: 'The extension could not ask for estimates. Reload the page.' } };
    }
    keys.forEach((key) => this.inflight.delete(key));
    if (this.signal.aborted) return;
    if (reply && reply.ok) this.profiled = Boolean(reply.profiled);
    keys.forEach((key, i) => {
      let answer;
      if (!reply || !reply.ok) {
        answer = { error: (reply && reply.error) || { message: 'No answer.' }, retryAt: Date.now() + RETRY_MS };
      } else {
        const result = reply.results[i];
        answer = result && !result.error ? { estimate: result } : { error: (result && result.error) || { message: 'No estimate.' } };
      }
      this.answers.set(key, answer);
      // only badges that still show this listing take the answer: never a stale one
      for (const host of this.badges.values()) if (badgeModule.badgeKey(host) === key) this.render(host, answer);
    });
  }
}

function ownMutation(mutation) {
  if (mutation.type !== 'childList') return false;
  const ours = (node) => node.nodeName === BADGE_TAG.toUpperCase() || node.nodeName === 'WAL-POPOVER';
  return Array.from(mutation.addedNodes).every(ours) && Array.from(mutation.removedNodes).every(ours);
}

function sendToWorker(message) {
  return chrome.runtime.sendMessage(message);
}

async function badgesHere(url) {
  try {
    const reply = await chrome.runtime.sendMessage({ type: 'badges-here', url });
    return Boolean(reply && reply.on);
  } catch {
    return false;
  }
}

let session = null;
let sessionUrl = '';
let following = false;

async function follow() {
  const url = location.href;
  if (url === sessionUrl) return;
  sessionUrl = url;
  const adapter = adapterFor(url);
  if (session && (!adapter || adapter !== session.adapter)) {
    session.stop();
    session = null;
  }
  if (!adapter || session) {
    if (session) session.schedule(); // same site, new URL (in-place navigation): rescan
    return;
  }
  if (!(await badgesHere(url))) return;
  if (sessionUrl !== url || session) return;
  session = new BadgeSession(adapter);
  session.start();
}

function watchUrl() {
  if (following) return;
  following = true;
  // Pages that change their URL without loading (history.pushState): the Navigation API's
  // currententrychange hears them where there is one; elsewhere a cheap check on DOM changes.
  const check = () => {
    if (location.href !== sessionUrl) follow();
  };
  window.addEventListener('popstate', check);
  if (window.navigation && typeof window.navigation.addEventListener === 'function') {
    window.navigation.addEventListener('currententrychange', check);
  } else {
    new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true });
  }
  chrome.runtime.onMessage.addListener((message) => {
    if (message && message.type === 'settings-changed') {
      if (session) session.stop();
      session = null;
      sessionUrl = '';
      follow();
    }
    return false;
  });
}

/** Entry point of the loader on a known site's results page. */
export function start() {
  watchUrl();
  follow();
}

/**
 * The toolbar button was clicked on this page: badge its listings now, with the answers the
 * click already has (keyed by listing), on a site with an adapter or without one.
 */
export async function afterClick(answers, profiled) {
  await loadBadges();
  if (!session || session.signal.aborted) {
    session = new BadgeSession(adapterFor(location.href));
    sessionUrl = location.href;
    session.seed(answers, profiled);
    await session.start();
  } else {
    session.seed(answers, profiled);
    session.schedule();
  }
  watchUrl();
  return session.badges.size;
}

/** For the extension's tests, from the content script's world: what each badge shows. */
export function inspectBadges() {
  return Array.from(document.querySelectorAll(BADGE_TAG)).map((host) => badgeModule.inspect(host));
}

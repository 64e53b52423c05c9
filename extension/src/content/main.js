// The content script on known sites: find the cards of a results page, badge each one, and
// ask the service worker for all their estimates in one batch. Follows pages that change
// without loading (scrolling, LinkedIn swapping jobs in place) and tears down when the URL
// stops being a results page.
import { adapterFor, badgeSlot, cardKey, findCards, readCard, toOpportunity } from '../adapters/index.js';

// badges.js (and the estimate view it draws with) loads only where there are cards to badge
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
    this.adapter = adapter;
    this.doc = doc;
    this.send = send;
    this.delay = delay;
    this.controller = new AbortController();
    this.badges = new Map(); // card element → badge host
    this.answers = new Map(); // listing key → {estimate} | {error}
    this.inflight = new Set(); // listing keys asked for and not yet answered
    this.timer = 0;
    this.requests = 0;
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

  schedule() {
    if (this.timer || this.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.timer = 0;
      if (!this.signal.aborted) this.scan();
    }, this.delay);
  }

  /** Badge every card; returns the batch request's promise (or null when none was needed). */
  scan() {
    const wanted = new Map(); // key → opportunity
    for (const card of findCards(this.adapter, this.doc)) {
      let fields;
      try {
        fields = readCard(this.adapter, card);
      } catch {
        continue;
      }
      if (!fields.title) continue;
      const key = cardKey(fields);
      let host = this.badges.get(card);
      if (!host || !host.isConnected) {
        host = badgeModule.createBadge();
        try {
          badgeModule.placeBadge(host, badgeSlot(this.adapter, card));
        } catch {
          continue; // a card we can't write into stays as the page made it
        }
        this.badges.set(card, host);
      }
      const fresh = badgeModule.assignBadge(host, key, fields); // false: already showing this listing
      const answer = this.answers.get(key);
      if (answer && !(answer.retryAt && answer.retryAt < Date.now())) {
        if (fresh) this.render(host, answer);
      } else if (!this.inflight.has(key)) {
        wanted.set(key, toOpportunity(this.adapter, fields));
      }
    }
    for (const [card, host] of this.badges) {
      if (!card.isConnected) {
        host.remove();
        this.badges.delete(card);
      }
    }
    return wanted.size ? this.ask(wanted) : null;
  }

  render(host, answer) {
    if (answer.estimate) badgeModule.showEstimate(host, answer.estimate);
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
      reply = await this.send({ type: 'estimate-cards', items: keys.map((key) => ({ opportunity: wanted.get(key) })) });
    } catch (error) {
      reply = { ok: false, error: { message: 'The extension could not ask the API.', hint: String(error && error.message) } };
    }
    keys.forEach((key) => this.inflight.delete(key));
    if (this.signal.aborted) return;
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
  const ours = (node) => node.nodeName === BADGE_TAG.toUpperCase();
  return Array.from(mutation.addedNodes).every(ours) && Array.from(mutation.removedNodes).every(ours);
}

function sendToWorker(message) {
  return chrome.runtime.sendMessage(message);
}

async function badgesEnabled(adapter) {
  try {
    const { badges } = await chrome.storage.local.get('badges');
    return !(badges && badges[adapter.id] === false);
  } catch {
    return true;
  }
}

let session = null;
let sessionUrl = '';

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
  if (!(await badgesEnabled(adapter))) return;
  if (sessionUrl !== url) return;
  session = new BadgeSession(adapter);
  session.start();
}

/** Entry point of the loader: start, and follow URL changes that do not load a page. */
export function start() {
  follow();
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
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (changes.badges || changes.profile || changes.apiBaseUrl)) {
      if (session) session.stop();
      session = null;
      sessionUrl = '';
      follow();
    }
  });
}

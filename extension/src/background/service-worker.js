// The service worker only wires modules together; it is the one place that talks to the API.
// It keeps no state in globals (it is stopped when idle): settings are read from storage.
// Content scripts get nothing from storage: only trusted contexts may read it, and a content
// script gets by message just what it needs (whether to badge, and its cards' estimates).
import { adapterFor } from '../adapters/index.js';
import { ApiError, estimateBatch, estimatePage, health } from '../api.js';
import { cleanProfile, getSettings, isLoopback } from '../shared/settings.js';
import { askWithContacts, loadContactBook } from '../shared/contacts.js';

const BATCH_LIMIT = 50; // the API's BATCH_MAX_ITEMS default
// A page that swaps its cards without end must not drive unlimited requests carrying the
// profile: card estimates per tab in a window of time. 300 is more cards than a person scrolls
// through in ten minutes on any results page we know (LinkedIn shows 25 a page, Indeed 15).
const TAB_CARD_LIMIT = 300;
const TAB_WINDOW_MS = 10 * 60 * 1000;

// Firefox has no access levels (its content scripts may read storage): there the content
// scripts simply never do.
if (chrome.storage.local.setAccessLevel) {
  chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => {});
}

/** Plain words for an error, with what to do. `forPage`: no address and no raw error text. */
function describe(error, { forPage = false } = {}) {
  if (forPage) {
    const kind = error instanceof ApiError ? error.kind : (error && error.kind) || 'internal';
    return { kind, message: PAGE_MESSAGES[kind] || PAGE_MESSAGES.internal };
  }
  if (error instanceof ApiError) return error.toJSON();
  if (error && error.kind) return error;
  return { kind: 'internal', message: 'Something went wrong inside the extension.', hint: 'Reload the extension and try again.' };
}

const PAGE_MESSAGES = {
  unreachable: 'The Worth a Look API did not answer. Click the toolbar button to see why.',
  timeout: 'The Worth a Look API took too long. Click the toolbar button to try again.',
  http: 'The Worth a Look API could not estimate this one. Click the toolbar button to try again.',
  bad_response: 'The API address in the options does not answer like Worth a Look. Check it in the options.',
  not_listing: 'Not a job or an event, as far as Worth a Look can tell.',
  insecure: 'The API address in the options is refused (plain http off this computer). Fix it in the options.',
  not_granted: 'The extension may not reach the API address in the options yet. Save the options again to allow it.',
  limit: 'Enough estimates on this tab for now. Click the toolbar button to estimate this page.',
  internal: 'No estimate. Reload the page to try again.',
};

/** The API's address, if it may be asked: https (granted by the user) or http on this machine. */
async function apiAddress(settings) {
  if (settings.refusedApiBaseUrl) {
    throw new ApiError('insecure', `The API address ${settings.refusedApiBaseUrl} is refused: it is plain http off this computer.`,
      { hint: 'Your profile travels with every request: use an https:// address (plain http only for 127.0.0.1 or localhost).' });
  }
  const url = new URL(settings.apiBaseUrl);
  if (!isLoopback(url.hostname)) {
    const granted = await chrome.permissions.contains({ origins: [`${url.origin}/*`] });
    if (!granted) {
      throw new ApiError('not_granted', `The extension has not been allowed to reach ${url.origin}.`,
        { hint: 'Open the options and save the API address again: the browser will ask you to allow it.' });
    }
  }
  return settings.apiBaseUrl;
}

// The content scripts' code, one classic script injected where it is needed: files injected by
// executeScript need not be web-accessible, so no page can probe for the extension by a URL.
const CONTENT_BUNDLE = 'bundle/content.js';

/** The content bundle in a frame, once (it keeps its state in the frame's isolated world). */
async function injectContent(target) {
  const [probe] = await chrome.scripting.executeScript({ target, func: () => Boolean(globalThis.worthALook) });
  if (!(probe && probe.result)) await chrome.scripting.executeScript({ target, files: [CONTENT_BUNDLE] });
}

async function snapshotTab(tabId) {
  await injectContent({ tabId });
  const [injection] = await chrome.scripting.executeScript({ target: { tabId }, func: () => globalThis.worthALook.snapshot() });
  if (!injection || !injection.result) throw new Error('no result');
  return injection.result;
}

/** After a click on a results page: the same answers, as badges on its cards. */
async function badgeTab(tabId, items, results, profiled) {
  const answers = {};
  items.forEach((entry, i) => {
    const result = results[i];
    if (!entry.key || !result) return;
    answers[entry.key] = result.error ? { error: describe({ kind: result.error.status === 422 ? 'not_listing' : 'http' }, { forPage: true }) } : { estimate: result };
  });
  try {
    await injectContent({ tabId });
    await chrome.scripting.executeScript({
      target: { tabId }, func: (...args) => globalThis.worthALook.afterClick(...args), args: [answers, profiled],
    });
  } catch {
    // the list in the popup stands; badges are a bonus where the page lets us draw
  }
}

async function estimateTab({ tabId }) {
  const settings = await getSettings();
  const profile = cleanProfile(settings.profile);
  const profiled = Object.keys(profile).length > 0;
  let snap;
  try {
    snap = await snapshotTab(tabId);
  } catch {
    return {
      ok: false,
      error: {
        kind: 'no_access',
        message: 'The extension cannot read this page.',
        hint: 'Browser pages, the extension store and some built-in pages are closed to extensions. On a job or event page, click the toolbar button again.',
      },
    };
  }
  const items = snap.items.slice(0, BATCH_LIMIT);
  const batch = (baseUrl) => estimateBatchWithContacts(baseUrl, items.map((entry) => entry.item), profile);
  try {
    const baseUrl = await apiAddress(settings);
    if (!snap.page) {
      const list = await batch(baseUrl);
      await badgeTab(tabId, items, list, profiled);
      return { ok: true, snapshot: withoutPage(snap), list, profiled };
    }
    if (snap.alongside) {
      // the job open beside a results page, and the page's cards under it (a failed list is no failure)
      const [estimate, list] = await Promise.all([
        estimatePageWithContacts(baseUrl, snap.page, profile),
        items.length ? batch(baseUrl).catch(() => null) : null,
      ]);
      return { ok: true, snapshot: withoutPage(snap), estimate, list, profiled };
    }
    try {
      const estimate = await estimatePageWithContacts(baseUrl, snap.page, profile);
      return { ok: true, snapshot: withoutPage(snap), estimate, profiled };
    } catch (error) {
      // not one listing, but the page lists several: estimate those, and badge them
      if (!(error instanceof ApiError && error.kind === 'not_listing' && items.length)) throw error;
      const list = await batch(baseUrl);
      await badgeTab(tabId, items, list, profiled);
      return { ok: true, snapshot: withoutPage(snap), list, profiled };
    }
  } catch (error) {
    return { ok: false, snapshot: withoutPage(snap), error: describe(error) };
  }
}

function withoutPage(snap) {
  return { kind: snap.kind, signals: snap.signals, url: snap.url, title: snap.title, adapter: snap.adapter, cards: snap.cards };
}

/** One page's estimate, with the counts of the people you know at its organizations. */
async function estimatePageWithContacts(baseUrl, page, profile) {
  const ask = async ([item], sent) => [await estimatePage(baseUrl, item.page, sent)];
  const [estimate] = await askWithContacts(await loadContactBook(), [{ page }], profile, ask);
  return estimate;
}

async function estimateBatchWithContacts(baseUrl, items, profile) {
  const ask = (some, sent) => estimateBatch(baseUrl, some, sent);
  return askWithContacts(await loadContactBook(), items, profile, ask);
}

// Card estimates spent per tab, in session storage (the worker's globals do not last).
let budgetQueue = Promise.resolve();

function spend(tabId, wanted) {
  const run = async () => {
    const key = `cards:${tabId}`;
    const now = Date.now();
    const { [key]: stored } = await chrome.storage.session.get(key);
    const spent = stored && now - stored.since < TAB_WINDOW_MS ? stored : { since: now, used: 0 };
    const granted = Math.max(0, Math.min(wanted, TAB_CARD_LIMIT - spent.used));
    await chrome.storage.session.set({ [key]: { since: spent.since, used: spent.used + granted } });
    return granted;
  };
  budgetQueue = budgetQueue.then(run, run);
  return budgetQueue;
}

async function estimateCards({ items }, sender) {
  if (!Array.isArray(items)) return { ok: false, error: describe({ kind: 'internal' }, { forPage: true }) };
  const wanted = items.slice(0, BATCH_LIMIT);
  const granted = sender.tab ? await spend(sender.tab.id, wanted.length) : wanted.length;
  if (!granted) return { ok: false, error: describe({ kind: 'limit' }, { forPage: true }) };
  const settings = await getSettings();
  const profile = cleanProfile(settings.profile);
  try {
    const results = await estimateBatchWithContacts(await apiAddress(settings), wanted.slice(0, granted), profile);
    const limited = { error: describe({ kind: 'limit' }, { forPage: true }) };
    return {
      ok: true,
      profiled: Object.keys(profile).length > 0,
      results: wanted.map((_, i) => {
        if (i >= granted) return limited;
        const result = results[i];
        if (result && result.error) return { error: describe({ kind: result.error.status === 422 ? 'not_listing' : 'http' }, { forPage: true }) };
        return result;
      }),
    };
  } catch (error) {
    return { ok: false, error: describe(error, { forPage: true }) };
  }
}

/**
 * Whether a content script should badge this URL (a known site's results page, badges on); if
 * so, the content bundle is injected into the asking frame before the answer.
 */
async function badgesHere({ url }, sender) {
  const adapter = adapterFor(String(url || ''));
  if (!adapter) return { on: false };
  const { badges } = await getSettings();
  const on = badges[adapter.id] !== false;
  if (on && sender.tab) await injectContent({ tabId: sender.tab.id, frameIds: [sender.frameId || 0] });
  return { on };
}

async function checkHealth() {
  const settings = await getSettings();
  try {
    return { ok: true, apiBaseUrl: settings.apiBaseUrl, health: await health(await apiAddress(settings)) };
  } catch (error) {
    return { ok: false, apiBaseUrl: settings.apiBaseUrl, error: describe(error) };
  }
}

const HANDLERS = {
  'estimate-tab': estimateTab,
  'estimate-cards': estimateCards,
  'badges-here': badgesHere,
  health: checkHealth,
};
// What a content script (a page's tab, not an extension page) may ask.
const FROM_PAGES = new Set(['estimate-cards', 'badges-here']);

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = message && HANDLERS[message.type];
  if (!handler) return false;
  // the popup and the options are pages of the extension's own origin; anything else is a page's tab
  const fromPage = sender.id !== chrome.runtime.id || !String(sender.url || '').startsWith(`${self.location.origin}/`);
  if (fromPage && !FROM_PAGES.has(message.type)) return false;
  handler(message, sender).then(sendResponse, (error) => sendResponse({ ok: false, error: describe(error, { forPage: fromPage }) }));
  return true; // the answer comes asynchronously
});

// Settings changed (options saved): tabs with badges start again with the new ones.
chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(changes.badges || changes.profile || changes.apiBaseUrl || changes.contacts)) return;
  chrome.tabs.query({}).then((tabs) => {
    for (const tab of tabs) chrome.tabs.sendMessage(tab.id, { type: 'settings-changed' }).catch(() => {});
  }, () => {});
});

chrome.tabs.onRemoved.addListener((tabId) => {
  chrome.storage.session.remove(`cards:${tabId}`).catch(() => {});
});


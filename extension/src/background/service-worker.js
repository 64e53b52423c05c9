// The service worker only wires modules together; it is the one place that talks to the API.
// It keeps no state in globals (it is stopped when idle): settings are read from storage.
import { ADAPTERS } from '../adapters/index.js';
import { ApiError, estimateBatch, estimatePage, health } from '../api.js';
import { cleanProfile, getSettings } from '../shared/settings.js';

const BATCH_LIMIT = 50; // the API's BATCH_MAX_ITEMS default

function describe(error) {
  if (error instanceof ApiError) return error.toJSON();
  return { kind: 'internal', message: String((error && error.message) || error), hint: '' };
}

// Runs in the tab (isolated world): loads the snapshot module and returns plain data.
async function snapshotInPage() {
  const module = await import(chrome.runtime.getURL('src/content/snapshot.js'));
  return module.snapshot();
}

async function snapshotTab(tabId) {
  const [injection] = await chrome.scripting.executeScript({
    target: { tabId },
    func: snapshotInPage,
  });
  if (!injection || !injection.result) throw new Error('The page could not be read.');
  return injection.result;
}

async function estimateTab({ tabId }) {
  const settings = await getSettings();
  const profile = cleanProfile(settings.profile);
  let snap;
  try {
    snap = await snapshotTab(tabId);
  } catch (error) {
    return {
      ok: false,
      error: {
        kind: 'no_access',
        message: 'This page cannot be read by the extension.',
        hint: `Browser pages and the web store are off limits; elsewhere click the toolbar button again. (${(error && error.message) || error})`,
      },
    };
  }
  try {
    if (!snap.page) {
      const results = await estimateBatch(settings.apiBaseUrl, snap.items.slice(0, BATCH_LIMIT), profile);
      return { ok: true, snapshot: withoutPage(snap), list: results };
    }
    if (snap.alongside) {
      // the job open beside a results page, and the page's cards under it (a failed list is no failure)
      const [estimate, list] = await Promise.all([
        estimatePage(settings.apiBaseUrl, snap.page, profile),
        snap.items.length ? estimateBatch(settings.apiBaseUrl, snap.items.slice(0, BATCH_LIMIT), profile).catch(() => null) : null,
      ]);
      return { ok: true, snapshot: withoutPage(snap), estimate, list, profiled: Object.keys(profile).length > 0 };
    }
    try {
      const estimate = await estimatePage(settings.apiBaseUrl, snap.page, profile);
      return { ok: true, snapshot: withoutPage(snap), estimate, profiled: Object.keys(profile).length > 0 };
    } catch (error) {
      // not one listing, but the page lists several in its markup: estimate those
      if (!(error instanceof ApiError && error.kind === 'not_listing' && snap.items.length)) throw error;
      const results = await estimateBatch(settings.apiBaseUrl, snap.items.slice(0, BATCH_LIMIT), profile);
      return { ok: true, snapshot: withoutPage(snap), list: results };
    }
  } catch (error) {
    return { ok: false, snapshot: withoutPage(snap), error: describe(error) };
  }
}

function withoutPage(snap) {
  return { kind: snap.kind, signals: snap.signals, url: snap.url, title: snap.title, adapter: snap.adapter, cards: snap.cards };
}

async function estimateCards({ items }) {
  if (!Array.isArray(items)) return { ok: false, error: { kind: 'internal', message: 'No items.' } };
  const settings = await getSettings();
  try {
    const results = await estimateBatch(settings.apiBaseUrl, items.slice(0, BATCH_LIMIT), cleanProfile(settings.profile));
    return { ok: true, results };
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

async function checkHealth() {
  const settings = await getSettings();
  try {
    return { ok: true, apiBaseUrl: settings.apiBaseUrl, health: await health(settings.apiBaseUrl) };
  } catch (error) {
    return { ok: false, apiBaseUrl: settings.apiBaseUrl, error: describe(error) };
  }
}

// The content script's loader reads the adapters' results-page routes from storage, so that
// pages that are no results page never load the modules. Written whenever the worker starts.
function writeRoutes() {
  const routes = ADAPTERS.map((adapter) => [adapter.hosts.map((re) => re.source), adapter.listPaths.map((re) => re.source)]);
  return chrome.storage.local.set({ routes });
}
writeRoutes();

const HANDLERS = {
  'estimate-tab': estimateTab,
  'estimate-cards': estimateCards,
  health: checkHealth,
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = message && HANDLERS[message.type];
  if (!handler) return false;
  // Content scripts may only ask for card estimates; the popup and options ask the rest.
  const fromPage = sender.tab && !String(sender.url || '').startsWith(chrome.runtime.getURL(''));
  if (fromPage && message.type !== 'estimate-cards') return false;
  handler(message).then(sendResponse, (error) => sendResponse({ ok: false, error: describe(error) }));
  return true; // the answer comes asynchronously
});

// Test harness: runs the extension's content modules on the page it is imported into,
// as if the page were at `url` (its real address), and returns plain data.
import { adapterFor, listingSlot, listings } from '/src/adapters/index.js';
import { detectPage } from '/src/content/detect.js';
import { collectPage } from '/src/content/collect.js';
import { snapshot } from '/src/content/snapshot.js';

function insideLink(slot) {
  const around = slot.position === 'append' ? slot.el : slot.el.parentElement;
  return Boolean(around && around.closest('a'));
}

export function analyse(url) {
  const detection = detectPage(document, url);
  const adapter = adapterFor(url);
  const found = listings(adapter, document, url);
  return {
    detection,
    adapter: adapter ? adapter.id : null,
    source: found.length ? (found[0].adapter ? 'adapter' : ('jsonld' in (found[0].item.page || {}) ? 'structured' : 'repeated')) : null,
    cards: found.map((f) => f.fields),
    items: found.map((f) => f.item),
    opportunities: found.filter((f) => f.item.opportunity).map((f) => f.item.opportunity),
    slots: found.map((f) => listingSlot(f).el.tagName),
    insideLink: found.map((f) => insideLink(listingSlot(f))),
  };
}

export function collect(url, options) {
  return collectPage(document, url, options);
}

export function snap(url) {
  return snapshot(document, url);
}

// A badge session whose requests wait in window.__walAsked until the test answers them.
export async function startSession(url) {
  const { BadgeSession, loadBadges } = await import('/src/content/main.js');
  await loadBadges();
  const { adapterFor: find } = await import('/src/adapters/index.js');
  window.__walAsked = [];
  const send = (message) => new Promise((resolve) => window.__walAsked.push({ message, resolve }));
  const session = new BadgeSession(find(url), { send, delay: 10 });
  window.__walSession = session;
  const { inspectBadges } = await import('/src/content/main.js');
  window.__walVerdicts = () => inspectBadges().map((b) => b.verdict);
  session.start();
  return window.__walAsked.length;
}

/** Answer request `index` with one estimate per item, its verdict chosen by `verdictFor(title)`. */
export function answer(index, verdicts) {
  const asked = window.__walAsked[index];
  const results = asked.message.items.map(({ opportunity }) => ({
    kind: 'job', verdict: verdicts[opportunity.title] || 'maybe', score: 50, fit: 40,
    lenses: [{ id: 'practice', label: 'Practice', score: 0.7, reasons: [{ text: `Rehearse for ${opportunity.title}`, evidence: opportunity.title }] }],
    costs: [], plan: [], opportunity, notes: [],
  }));
  asked.resolve({ ok: true, results });
  return asked.message.items.map((item) => item.opportunity.title);
}

export async function badges() {
  const { inspectBadges } = await import('/src/content/main.js');
  return inspectBadges().map((badge, i) => {
    const host = document.querySelectorAll('wal-badge')[i];
    return { ...badge, card: (host.closest('[data-occludable-job-id], li, .opening, .posting') || host.parentElement).textContent.trim().slice(0, 80) };
  });
}

// Test harness: runs the extension's content modules on the page it is imported into,
// as if the page were at `url` (its real address), and returns plain data.
import { adapterFor, findCards, readCard, toOpportunity, badgeSlot } from '/src/adapters/index.js';
import { detectPage } from '/src/content/detect.js';
import { collectPage } from '/src/content/collect.js';
import { snapshot } from '/src/content/snapshot.js';

export function analyse(url) {
  const detection = detectPage(document, url);
  const adapter = adapterFor(url);
  const cards = adapter ? findCards(adapter, document).map((card) => readCard(adapter, card, url)) : [];
  return {
    detection,
    adapter: adapter ? adapter.id : null,
    cards,
    opportunities: adapter ? cards.map((fields) => toOpportunity(adapter, fields)) : [],
    slots: adapter ? findCards(adapter, document).map((card) => badgeSlot(adapter, card).el.tagName) : [],
  };
}

export function collect(url, options) {
  return collectPage(document, url, options);
}

export function snap(url) {
  return snapshot(document, url);
}

// What the popup's click sends: the page's kind and the page as the API reads it, or for a
// results page the cards as opportunities. Runs in the tab, returns plain data.
import { adapterFor, findCards, readCard, toOpportunity } from '../adapters/index.js';
import { collectPage, jsonLdObjects } from './collect.js';
import { detectPage } from './detect.js';

const LIST_LIMIT = 100;

function listedObjects(doc) {
  const found = [];
  const visit = (object, depth) => {
    if (!object || typeof object !== 'object' || depth > 4 || found.length >= LIST_LIMIT) return;
    if (Array.isArray(object)) {
      object.forEach((o) => visit(o, depth + 1));
      return;
    }
    const type = [].concat(object['@type'] || []).join(' ');
    if (/JobPosting|Event\b/.test(type) && (object.name !== undefined || object.title !== undefined)) {
      found.push(object);
      return;
    }
    for (const key of ['@graph', 'itemListElement', 'item', 'mainEntity']) if (object[key]) visit(object[key], depth + 1);
  };
  visit(jsonLdObjects(doc), 0);
  return found;
}

export function snapshot(doc = document, url = doc.location.href) {
  const detection = detectPage(doc, url);
  const base = { kind: detection.kind, signals: detection.signals, adapter: detection.adapter, url, title: doc.title };
  if (detection.kind === 'list') {
    const adapter = adapterFor(url);
    const cards = adapter ? findCards(adapter, doc).map((card) => readCard(adapter, card)).filter((f) => f.title) : [];
    let items = cards.slice(0, LIST_LIMIT).map((fields) => ({ opportunity: toOpportunity(adapter, fields) }));
    if (!items.length) {
      items = listedObjects(doc).map((object) => ({
        page: { url: object.url || url, jsonld: [{ '@context': 'https://schema.org', ...object }] },
      }));
    }
    return { ...base, cards: items.length, items };
  }
  const hasListingMarkup = detection.signals.some((s) => /JSON-LD (JobPosting|Event)|microdata (JobPosting|Event)/.test(s));
  return { ...base, cards: 0, items: [], page: collectPage(doc, url, { hasListingMarkup }) };
}

// What the popup's click sends: the page's kind and the page as the API reads it, or for a
// results page the cards as opportunities. Runs in the tab, returns plain data.
import { adapterFor, detailPane, findCards, readCard, toOpportunity } from '../adapters/index.js';
import { collectPage, jsonLdObjects, mainHtml, metaTags, visibleText, LIMITS } from './collect.js';
import { detectPage } from './detect.js';

const LIST_LIMIT = 50; // the API's BATCH_MAX_ITEMS default

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
  const adapter = adapterFor(url);
  const cards = adapter ? findCards(adapter, doc).map((card) => readCard(adapter, card, url)).filter((f) => f.title) : [];
  // a results page with the selected job open beside it: the click is about that job
  const detail = adapter && detailPane(adapter, doc, url);
  if (detail) {
    const page = {
      url: detail.url,
      title: detail.title || doc.title,
      jsonld: [],
      meta: metaTags(doc),
      text: visibleText(detail.el).slice(0, LIMITS.text),
      html: mainHtml(detail.el, { links: false }),
    };
    // the cards go along: the popup lists them under the open job
    const items = cards.slice(0, LIST_LIMIT).map((fields) => ({ opportunity: toOpportunity(adapter, fields) }));
    return {
      ...base, kind: adapter.kind, signals: [...base.signals, `${adapter.label}: the selected job`],
      cards: items.length, items, alongside: true, page,
    };
  }
  if (detection.kind === 'list' && cards.length) {
    const items = cards.slice(0, LIST_LIMIT).map((fields) => ({ opportunity: toOpportunity(adapter, fields) }));
    return { ...base, cards: items.length, items };
  }
  // Any other page goes to the API whole: its extraction decides. Listings found in the page's
  // JSON-LD go along, for when the API finds a list rather than one listing.
  const items = detection.kind === 'list' ? listedObjects(doc).map((object) => ({
    page: { url: typeof object.url === 'string' ? object.url : url, jsonld: [{ '@context': 'https://schema.org', ...object }] },
  })) : [];
  const hasListingMarkup = detection.signals.some((s) => /JSON-LD (JobPosting|Event)|microdata (JobPosting|Event)/.test(s));
  return { ...base, cards: items.length, items, page: collectPage(doc, url, { hasListingMarkup }) };
}

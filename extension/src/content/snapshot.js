// What the popup's click sends: the page as the API reads it, and the page's listings (each
// with its key, so that the answers can become badges on the same cards). Runs in the tab,
// returns plain data. The page's kind here is only a structural hint; the API judges.
import { FEW_CARDS, adapterFor, cardKey, detailPane, listings } from '../adapters/index.js';
import { listedObjects, sameListing } from '../adapters/generic.js';
import { collectPage, jsonLdObjects, metaTags, mainHtml, visibleText, LIMITS } from './collect.js';
import { detectPage } from './detect.js';

const LIST_LIMIT = 50; // the API's BATCH_MAX_ITEMS default

export function snapshot(doc = document, url = doc.location.href) {
  const detection = detectPage(doc, url);
  const base = { kind: detection.kind, signals: detection.signals, adapter: detection.adapter, url, title: doc.title };
  const adapter = adapterFor(url);
  // a page that is one listing by its own markup is not made a list by its "similar jobs" cards
  const single = detection.kind === 'job' || detection.kind === 'event';
  const found = single ? [] : listings(adapter, doc, url);
  let items = found.slice(0, LIST_LIMIT).map((f) => ({ key: cardKey(f.fields), item: f.item }));
  if (detection.kind === 'list' && !(found.length && found[0].adapter)) {
    // the page's structured data may list more than it shows as cards (drawn later by script)
    const objects = listedObjects(jsonLdObjects(doc)).slice(0, LIST_LIMIT);
    if (objects.length > items.length) {
      items = objects.map((object) => {
        const link = sameListing(typeof object.url === 'string' ? object.url : '', url);
        return { key: link, item: { page: { url: link || url, jsonld: [{ '@context': 'https://schema.org', ...object }] } } };
      });
    }
  }
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
    return {
      ...base, kind: adapter.kind, signals: [...base.signals, `${adapter.label}: the selected job`],
      cards: items.length, items, alongside: true, page,
    };
  }
  // cards a site's adapter found, or a list by the page's own structured data: estimate the cards
  const byAdapter = found.length && found[0].adapter;
  if (items.length && (byAdapter || (detection.kind === 'list' && items.length >= 2))) {
    return { ...base, kind: 'list', cards: items.length, items };
  }
  // Any other page goes to the API whole: it decides. Listings found on the page go along, for
  // when the API finds no single listing there.
  const hasListingMarkup = detection.signals.some((s) => /JSON-LD (JobPosting|Event)|microdata (JobPosting|Event)/.test(s));
  return {
    ...base, cards: items.length >= FEW_CARDS || detection.kind === 'list' ? items.length : 0,
    items: items.length >= FEW_CARDS || detection.kind === 'list' ? items : [],
    page: collectPage(doc, url, { hasListingMarkup }),
  };
}

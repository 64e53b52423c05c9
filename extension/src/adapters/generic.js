// Listings on pages no adapter reads (or after a site's redesign): first the page's own
// structured data (JSON-LD or microdata JobPosting / Event items, matched to the visible links
// that point at them), then repeated link-cards — sibling blocks of one shape, each with one
// main link and a title, the same idea as the API's list reading. Reads the DOM only.
import { textOf } from './text.js';

const LISTED_TYPE = /^(JobPosting|Event|\w+Event|EventSeries|Festival|Hackathon|CourseInstance)$/;
const MAX_ITEMS = 200; // structured items looked at on one page
const MIN_GROUP = 3; // fewer blocks of one shape are a layout, not a list
const CARD_TEXT = 2000; // characters of a card's text sent for the API to read
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
// Links in these are the site's own furniture, never listings.
const FURNITURE = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"], aside, form';

function clean(text) {
  return (text || '').replace(/\s+/g, ' ').trim();
}

/** An address without its fragment and trailing slash, to match links to items. */
export function sameListing(href, base) {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
    url.hash = '';
    return url.href.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

function typesOf(object) {
  return [].concat(object['@type'] || []).filter((t) => typeof t === 'string')
    .map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

/** JobPosting and Event objects of the page's JSON-LD, however nested in lists and graphs. */
export function listedObjects(objects) {
  const found = [];
  const visit = (object, depth) => {
    if (!object || typeof object !== 'object' || depth > 5 || found.length >= MAX_ITEMS) return;
    if (Array.isArray(object)) {
      object.forEach((o) => visit(o, depth + 1));
      return;
    }
    if (typesOf(object).some((t) => LISTED_TYPE.test(t)) && (object.name !== undefined || object.title !== undefined)) {
      found.push(object);
      return;
    }
    for (const key of ['@graph', 'itemListElement', 'item', 'mainEntity']) if (object[key]) visit(object[key], depth + 1);
  };
  visit(objects, 0);
  return found;
}

function objectUrl(object) {
  const url = object.url || (object.offers && [].concat(object.offers)[0] && [].concat(object.offers)[0].url);
  return typeof url === 'string' ? url : '';
}

function usableLinks(doc, base) {
  const links = [];
  for (const a of doc.body ? doc.body.querySelectorAll('a[href]') : []) {
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) continue;
    if (a.closest(FURNITURE)) continue;
    const key = sameListing(href, base);
    if (key) links.push({ a, key });
  }
  return links;
}

/**
 * Each link's card: its highest ancestor that holds no link to another listing. Links to the
 * same listing (an image and a title) share one card.
 */
function cardsAround(links, doc) {
  const owner = new Map(); // element → the one key under it, or null when several
  for (const { a, key } of links) {
    for (let up = a; up && up !== doc.body; up = up.parentElement) {
      const seen = owner.get(up);
      if (seen === undefined) owner.set(up, key);
      else if (seen !== key) owner.set(up, null);
      else break; // this key's links already climbed from here
    }
  }
  const cards = new Map(); // key → {el, links}
  for (const { a, key } of links) {
    let card = a;
    for (let up = a.parentElement; up && up !== doc.body && owner.get(up) === key; up = up.parentElement) card = up;
    const entry = cards.get(key);
    if (!entry) cards.set(key, { el: card, links: [a] });
    else if (entry.el === card) entry.links.push(a);
  }
  return cards;
}

function rendered(el) {
  return el.getClientRects().length > 0;
}

/** The card's main link: the one around a heading, else the one with the most text. */
function mainLink(card) {
  return card.links.find((a) => a.querySelector(HEADING) || a.closest(HEADING))
    || card.links.reduce((best, a) => (clean(textOf(a)).length > clean(textOf(best)).length ? a : best));
}

function cardTitle(card, link) {
  const heading = card.el.querySelector(HEADING);
  const text = clean(textOf(heading || link)) || clean(link.getAttribute('aria-label')) || clean(link.getAttribute('title'));
  return text.slice(0, 300);
}

function listing(card, fields, item) {
  const link = mainLink(card);
  return { el: card.el, fields, item, slot: { el: link, position: 'after' } };
}

/** (1) The page's own JobPosting / Event items, each matched to the visible link to it. */
export function structuredListings(doc, base, objects) {
  const byUrl = new Map();
  for (const object of listedObjects(objects)) {
    const key = sameListing(objectUrl(object), base);
    if (key && !byUrl.has(key)) byUrl.set(key, { '@context': 'https://schema.org', ...object });
  }
  for (const el of doc.querySelectorAll('[itemscope][itemtype]:not([itemprop])')) {
    const type = (el.getAttribute('itemtype') || '').trim().split(/\s+/)[0].replace(/^https?:\/\/schema\.org\//, '');
    if (!LISTED_TYPE.test(type)) continue;
    const urlEl = el.querySelector('[itemprop="url"]');
    const url = urlEl ? (urlEl.getAttribute('href') || urlEl.getAttribute('content') || '') : '';
    const key = sameListing(url || (el.querySelector('a[href]') || {}).href || '', base);
    if (key && !byUrl.has(key)) byUrl.set(key, null); // microdata: the API reads the card's own markup
  }
  if (!byUrl.size) return [];
  const links = usableLinks(doc, base).filter(({ key }) => byUrl.has(key));
  const found = [];
  for (const [key, card] of cardsAround(links, doc)) {
    if (!rendered(card.el)) continue;
    const object = byUrl.get(key);
    const link = mainLink(card);
    const title = clean(object ? String(object.title || object.name || '') : '') || cardTitle(card, link);
    if (!title) continue;
    const url = key;
    const item = object
      ? { page: { url, jsonld: [object] } }
      : { page: { url, title, html: card.el.outerHTML.slice(0, 20000) } };
    found.push(listing(card, { title, url, organization: '', location: '', date: '', description: '' }, item));
  }
  return found;
}

function shape(el) {
  return `${el.tagName}.${el.getAttribute('class') || ''}`;
}

/** (2) Sibling blocks of one shape, each with one main link and a title. */
export function repeatedListings(doc, base) {
  const cards = cardsAround(usableLinks(doc, base), doc);
  const groups = new Map(); // the card's shape and its parent's → cards
  for (const [key, card] of cards) {
    const parent = card.el.parentElement;
    if (!parent) continue;
    const group = `${shape(parent)}>${shape(card.el)}`;
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push({ key, card });
  }
  let best = [];
  for (const members of groups.values()) {
    if (members.length < MIN_GROUP || members.length <= best.length) continue;
    const read = members.map(({ key, card }) => {
      const link = mainLink(card);
      const title = cardTitle(card, link);
      const text = clean(textOf(card.el)).slice(0, CARD_TEXT);
      return { key, card, link, title, text };
    }).filter((m) => m.title && m.title.length >= 4 && !/^(https?:\/\/|www\.)\S+$/i.test(m.title)); // an address is no title
    // a menu is links alone; a listing says more than its title (a date, a place, a company)
    const detailed = read.filter((m) => m.text.length > m.title.length + 10);
    if (read.length >= MIN_GROUP && detailed.length * 2 >= read.length && read.length > best.length) best = read;
  }
  return best.filter((m) => rendered(m.card.el)).map((m) => listing(m.card,
    { title: m.title, url: m.key, organization: '', location: '', date: '', description: m.text.slice(0, 600) },
    { page: { url: m.key, title: m.title, text: m.text } }));
}


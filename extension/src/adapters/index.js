// Site adapters are data: URL patterns, card selectors with fallbacks, and how to read a
// card's fields. This module holds the one small interpreter for that data.
import linkedin from './linkedin.js';
import indeed from './indeed.js';
import glassdoor from './glassdoor.js';
import greenhouse from './greenhouse.js';
import lever from './lever.js';
import ashby from './ashby.js';
import workday from './workday.js';
import eventbrite from './eventbrite.js';
import meetup from './meetup.js';
import luma from './luma.js';
import { repeatedListings, structuredListings } from './generic.js';
import { jsonLdObjects } from '../content/collect.js';
import { textOf } from './text.js';

export { HIDDEN_COPY, textOf } from './text.js';

export const ADAPTERS = [
  linkedin, indeed, glassdoor, greenhouse, lever, ashby, workday, eventbrite, meetup, luma,
];

/** The adapter whose hosts and result-page paths match this URL, or null. */
export function adapterFor(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const path = parsed.pathname + parsed.search;
  return ADAPTERS.find((adapter) => adapter.hosts.some((re) => re.test(parsed.hostname))
    && adapter.listPaths.some((re) => re.test(path))) || null;
}

/** The adapter for a site by host alone (used for options and permissions). */
export function adapterForHost(hostname) {
  return ADAPTERS.find((adapter) => adapter.hosts.some((re) => re.test(hostname))) || null;
}

/** First element matching any of the selectors, tried in order (the fallbacks). */
export function queryFirst(root, selectors) {
  for (const selector of selectors) {
    let found = null;
    try {
      found = selector === ':scope' ? root : root.querySelector(selector);
    } catch {
      // a selector this browser can't parse is a fallback that does not apply
    }
    if (found) return found;
  }
  return null;
}

/** Cards of the first card selector that finds any; nested matches are dropped. */
export function findCards(adapter, root = document) {
  for (const selector of adapter.cards) {
    let found;
    try {
      found = root.querySelectorAll(selector);
    } catch {
      continue;
    }
    if (found.length) {
      const cards = Array.from(found);
      const set = new Set(cards);
      return cards.filter((card) => {
        for (let up = card.parentElement; up; up = up.parentElement) {
          if (set.has(up)) return false;
        }
        return true;
      });
    }
  }
  return [];
}

function clean(text) {
  return (text || '').replace(/\s+/g, ' ').trim();
}

/** A template's {} is the value read; {origin} is the page's own origin (country sites keep theirs). */
function fill(template, value, base) {
  let origin = '';
  try {
    origin = new URL(base).origin;
  } catch {
    // no base: a template that needs one gives a relative link, made absolute later or dropped
  }
  return template.replace('{origin}', origin).replace('{}', encodeURIComponent(value));
}

/**
 * Read one field of a card. A spec is a selector (text of the element, hidden copies left
 * out), or {sel, attr, template}: `sel` ':scope' or absent means the card itself, `attr` the
 * attribute to read, `template` a string in which {} is replaced by that value.
 */
function readSpec(card, spec, base) {
  const { sel, attr, template } = typeof spec === 'string' ? { sel: spec } : spec;
  let el = card;
  if (sel && sel !== ':scope') {
    try {
      el = card.querySelector(sel);
    } catch {
      el = null;
    }
  }
  if (!el) return '';
  let value;
  if (attr === 'href') value = el.getAttribute('href') || '';
  else if (attr) value = el.getAttribute(attr) || '';
  else value = textOf(el);
  value = clean(value);
  if (value && template) value = fill(template, value, base);
  return value;
}

export function readField(card, specs, base) {
  for (const spec of specs || []) {
    const value = readSpec(card, spec, base);
    if (value) return value;
  }
  return '';
}

function absolute(href, base) {
  if (!href) return '';
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

function organizationFromUrl(adapter, base) {
  if (!adapter.organizationFromUrl) return '';
  try {
    const name = adapter.organizationFromUrl(new URL(base)) || '';
    return clean(decodeURIComponent(name).replace(/[-_]+/g, ' '));
  } catch {
    return '';
  }
}

/** Card → fields {title, organization, url, location, date, description}. */
export function readCard(adapter, card, base = document.baseURI) {
  const f = adapter.fields;
  const fields = {
    title: readField(card, f.title),
    organization: (readField(card, f.organization)
      || readField(card.ownerDocument, adapter.pageOrganization)
      || organizationFromUrl(adapter, base)).replace(/^(by|hosted by)\s+/i, ''),
    url: absolute(readField(card, f.url, base), base),
    location: readField(card, f.location),
    date: readField(card, f.date),
    description: readField(card, f.description).slice(0, 600),
  };
  return fields;
}

/** A card's identity: the listing it stands for, so a reused card element is noticed. */
export function cardKey(fields) {
  return fields.url || `${fields.title}\u0000${fields.organization}\u0000${fields.location}`;
}

/**
 * Where the badge goes: {el, position} with position 'append' or 'after'. Never inside a link
 * (a click on the badge would follow it): a slot in or on a link moves to just after that link.
 */
export function badgeSlot(adapter, card) {
  const slot = adapter.badgeAt || {};
  const el = (slot.sel && queryFirst(card, slot.sel)) || card;
  const position = el === card && slot.cardPosition ? slot.cardPosition : (slot.position || 'append');
  return outsideLinks({ el, position });
}

export function outsideLinks(slot) {
  const inside = slot.position === 'append' ? slot.el : slot.el.parentElement;
  let link = inside && inside.closest('a[href], a, button, [role="link"]');
  if (!link) return slot;
  // the outermost link around the slot
  for (let up = link.parentElement && link.parentElement.closest('a'); up; up = up.parentElement && up.parentElement.closest('a')) link = up;
  return { el: link, position: 'after' };
}

/**
 * The listing shown beside a results page (LinkedIn, Indeed and Glassdoor show the selected job
 * in a pane): {el, title, url}, or null when there is none with a real description.
 */
export function detailPane(adapter, doc, url) {
  if (!adapter.detail) return null;
  const el = queryFirst(doc, adapter.detail.pane);
  if (!el || (el.textContent || '').trim().length < 200) return null;
  let detailUrl = url;
  const { param, template } = adapter.detail.url || {};
  try {
    const value = param && new URL(url).searchParams.get(param);
    if (value) detailUrl = fill(template, value, url);
  } catch {
    // the page's own address stands
  }
  return { el, title: readField(el, adapter.detail.title), url: detailUrl };
}

/** A date as a card gives it: ISO text, or a number of milliseconds since 1970 (Meetup's <time>). */
export function isoDate(value) {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  if (/^\d{12,13}$/.test(value)) {
    const date = new Date(Number(value));
    return Number.isNaN(date.getTime()) ? '' : date.toISOString();
  }
  return '';
}

/** Fields → the API's normalized opportunity for a batch item. */
export function toOpportunity(adapter, fields) {
  const opportunity = { kind: adapter.kind, title: fields.title };
  if (fields.organization) opportunity.organization = fields.organization;
  if (fields.url) opportunity.url = fields.url;
  if (fields.location) opportunity.location = { text: fields.location };
  const iso = isoDate(fields.date);
  if (adapter.kind === 'event' && iso) opportunity.start = iso;
  const description = [fields.description, !iso && fields.date ? `When: ${fields.date}` : '']
    .filter(Boolean).join('\n');
  if (description) opportunity.description = description;
  return opportunity;
}

// An adapter that finds fewer cards than this is not trusted alone: the fallbacks are tried.
export const FEW_CARDS = 3;

function rendered(el) {
  return el.getClientRects().length > 0;
}

/** The adapter's cards read into listings; one per listing, the rendered copy when a site draws two. */
function adapterListings(adapter, doc, base) {
  const byKey = new Map();
  for (const el of findCards(adapter, doc)) {
    let fields;
    try {
      fields = readCard(adapter, el, base);
    } catch {
      continue;
    }
    if (!fields.title) continue;
    const key = cardKey(fields);
    const seen = byKey.get(key);
    if (seen && (rendered(seen.el) || !rendered(el))) continue;
    byKey.set(key, { el, fields, item: { opportunity: toOpportunity(adapter, fields) }, slot: null, adapter });
  }
  return Array.from(byKey.values());
}

/**
 * The listings of a results page, each {el, fields, item, slot}: `item` is what the API is sent
 * for it (an opportunity from an adapter, or the page of the listing for the API to read),
 * `slot` where its badge goes. The site's adapter first; its structured data and repeated
 * link-cards when the adapter finds too few (a redesign, or a site with no adapter).
 */
export function listings(adapter, doc = document, base = doc.baseURI, { objects = null } = {}) {
  const own = adapter ? adapterListings(adapter, doc, base) : [];
  if (own.length >= FEW_CARDS) return own;
  // a fallback takes over only with every card the adapter found, and more
  const covers = (found) => found.length > own.length && own.every((o) => found.some((f) => cardKey(f.fields) === cardKey(o.fields)));
  const structured = structuredListings(doc, base, objects || jsonLdObjects(doc));
  if (structured.length >= FEW_CARDS && covers(structured)) return structured;
  const repeated = repeatedListings(doc, base);
  if (repeated.length >= FEW_CARDS && covers(repeated)) return repeated;
  return own.length || !structured.length ? (own.length ? own : repeated) : structured;
}

/** Where a listing's badge goes (never inside a link). */
export function listingSlot(found) {
  return found.adapter ? badgeSlot(found.adapter, found.el) : outsideLinks(found.slot);
}


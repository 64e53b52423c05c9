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

/**
 * Read one field of a card. A spec is a selector (text of the element), or
 * {sel, attr, template}: `sel` ':scope' or absent means the card itself, `attr` the
 * attribute to read, `template` a string in which {} is replaced by that value.
 */
function readSpec(card, spec) {
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
  else value = el.textContent;
  value = clean(value);
  if (value && template) value = template.replace('{}', encodeURIComponent(value));
  return value;
}

export function readField(card, specs) {
  for (const spec of specs || []) {
    const value = readSpec(card, spec);
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
    url: absolute(readField(card, f.url), base),
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

/** Where the badge goes: {el, position} with position 'append' or 'after'. */
export function badgeSlot(adapter, card) {
  const slot = adapter.badgeAt || {};
  const el = (slot.sel && queryFirst(card, slot.sel)) || card;
  return { el, position: el === card && slot.cardPosition ? slot.cardPosition : (slot.position || 'append') };
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
    if (value) detailUrl = template.replace('{}', encodeURIComponent(value));
  } catch {
    // the page's own address stands
  }
  return { el, title: readField(el, adapter.detail.title), url: detailUrl };
}

/** Fields → the API's normalized opportunity for a batch item. */
export function toOpportunity(adapter, fields) {
  const opportunity = { kind: adapter.kind, title: fields.title };
  if (fields.organization) opportunity.organization = fields.organization;
  if (fields.url) opportunity.url = fields.url;
  if (fields.location) opportunity.location = { text: fields.location };
  const iso = /^\d{4}-\d{2}-\d{2}/.test(fields.date) ? fields.date : '';
  if (adapter.kind === 'event' && iso) opportunity.start = iso;
  const description = [fields.description, !iso && fields.date ? `When: ${fields.date}` : '']
    .filter(Boolean).join('\n');
  if (description) opportunity.description = description;
  return opportunity;
}

// A cheap structural hint of what a page is: a job posting, an event, a list of either, or
// neither, from its markup (JSON-LD, microdata, microformats) and a known site's results cards.
// It has no vocabulary of job and event words: the API alone judges a page by its wording
// (api/core/extraction), and a page this hint calls 'other' still goes to the API whole.
import { adapterFor, findCards } from '../adapters/index.js';
import { jsonLdObjects, microdataTypes } from './collect.js';

const EVENT_TYPE = /^(Event|\w+Event|EventSeries|Festival|Hackathon|CourseInstance)$/;
const JOB_TYPE = /^JobPosting$/;

function typesOf(object) {
  const type = object && object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t) => typeof t === 'string')
    .map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

function countTypes(objects) {
  const counts = { job: 0, event: 0, list: 0 };
  const visit = (object, depth) => {
    if (!object || typeof object !== 'object' || depth > 4) return;
    if (Array.isArray(object)) {
      object.forEach((o) => visit(o, depth + 1));
      return;
    }
    const types = typesOf(object);
    if (types.some((t) => JOB_TYPE.test(t))) counts.job += 1;
    else if (types.some((t) => EVENT_TYPE.test(t))) counts.event += 1;
    if (types.includes('ItemList')) counts.list += 1;
    // an event's sub-events and a series' dates belong to it: not followed, so one event stays one
    for (const key of ['@graph', 'itemListElement', 'item', 'mainEntity']) {
      if (object[key]) visit(object[key], depth + 1);
    }
  };
  visit(objects, 0);
  return counts;
}

/**
 * Predicates, strongest first: each looks at the facts and returns [kind, weight, signal] or
 * null. Structured data outweighs site adapters, which outweigh microformats.
 */
const PREDICATES = [
  (f) => (f.ld.job === 1 ? ['job', 10, 'JSON-LD JobPosting'] : null),
  (f) => (f.ld.event === 1 ? ['event', 10, 'JSON-LD Event'] : null),
  (f) => (f.ld.job > 1 || f.ld.event > 1 || (f.ld.list && (f.ld.job || f.ld.event))
    ? ['list', 9, `JSON-LD: ${f.ld.job} job(s), ${f.ld.event} event(s)${f.ld.list ? ', ItemList' : ''}`] : null),
  (f) => (f.md.job > 1 || f.md.event > 1 ? ['list', 8, 'microdata: several listings'] : null),
  (f) => (f.md.job === 1 ? ['job', 8, 'microdata JobPosting'] : null),
  (f) => (f.md.event === 1 ? ['event', 8, 'microdata Event'] : null),
  (f) => (f.cards >= 1 ? ['list', 7, `${f.adapter.label} results: ${f.cards} card(s)`] : null),
  (f) => (f.hEvents > 1 ? ['list', 6, 'microformats: several h-event'] : null),
  (f) => (f.hEvents === 1 ? ['event', 6, 'microformat h-event'] : null),
];

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/** The first `limit` characters of the body's readable text (no scripts, no styles, no layout). */
export function pageText(doc, limit) {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === 1 && SKIP_TEXT.has(node.nodeName.toUpperCase())
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const parts = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < limit; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      parts.push(node.data);
      length += node.data.length;
    }
  }
  return parts.join(' ').slice(0, limit);
}

/**
 * The facts the predicates read, each gathered on first use: most pages are decided by their
 * structured data or their cards before the wording is ever read.
 */
export function pageFacts(doc = document, url = doc.location.href) {
  const memo = {};
  const lazy = (name, compute) => Object.defineProperty(facts, name, {
    get: () => (name in memo ? memo[name] : (memo[name] = compute())),
  });
  const facts = {};
  lazy('ld', () => countTypes(jsonLdObjects(doc)));
  lazy('md', () => {
    const types = microdataTypes(doc);
    return {
      job: types.filter((t) => JOB_TYPE.test(t)).length,
      event: types.filter((t) => EVENT_TYPE.test(t)).length,
    };
  });
  lazy('adapter', () => adapterFor(url));
  lazy('cards', () => (facts.adapter ? findCards(facts.adapter, doc).length : 0));
  lazy('hEvents', () => doc.querySelectorAll('.vevent, .h-event').length);
  return facts;
}

/**
 * {kind: 'job'|'event'|'list'|'other', signals: [...], adapter}. Predicates are tried from the
 * strongest down and the first that holds decides; `all: true` lists every signal (slower).
 */
export function detectPage(doc = document, url = doc.location.href, { all = false } = {}) {
  const facts = pageFacts(doc, url);
  let best = null;
  const signals = [];
  for (const predicate of PREDICATES) {
    const result = predicate(facts);
    if (!result) continue;
    signals.push(result[2]);
    if (!best || result[1] > best[1]) best = result;
    if (!all) break;
  }
  return { kind: best ? best[0] : 'other', signals, adapter: facts.adapter ? facts.adapter.id : null };
}

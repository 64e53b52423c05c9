// Collect what the API needs from a page: JSON-LD, microdata, meta tags, the description
// block's text, the URL, and the HTML of the main block when structured markup is missing.
// Reads the DOM only; never writes to it.

export const LIMITS = { text: 30000, html: 250000, jsonld: 40, meta: 60, state: 1000000, stateScripts: 10 };

/** Parsed JSON-LD objects of the page; blocks that do not parse are skipped. */
export function jsonLdObjects(doc = document) {
  const objects = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed;
    try {
      parsed = JSON.parse(script.textContent);
    } catch {
      // real pages ship broken JSON-LD (trailing commas, HTML in strings): try once cleaned
      try {
        parsed = JSON.parse(script.textContent.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' '));
      } catch {
        continue;
      }
    }
    for (const object of Array.isArray(parsed) ? parsed : [parsed]) {
      if (object && typeof object === 'object') objects.push(object);
      if (objects.length >= LIMITS.jsonld) return objects;
    }
  }
  return objects;
}

function shortType(itemtype) {
  return (itemtype || '').trim().split(/\s+/)[0].replace(/^https?:\/\/schema\.org\//, '');
}

/** schema.org types of the top-level microdata items (and RDFa typeof). */
export function microdataTypes(doc = document) {
  const types = [];
  for (const el of doc.querySelectorAll('[itemscope][itemtype]:not([itemprop])')) types.push(shortType(el.getAttribute('itemtype')));
  for (const el of doc.querySelectorAll('[typeof]')) {
    if (!el.parentElement || !el.parentElement.closest('[typeof]')) {
      types.push(...el.getAttribute('typeof').split(/\s+/).map((t) => t.replace(/^(schema|sdo):/, '')));
    }
  }
  return types;
}

function microdataValue(el) {
  if (el.hasAttribute('itemscope')) return microdataItem(el);
  if (el.hasAttribute('content')) return el.getAttribute('content');
  const tag = el.tagName.toLowerCase();
  if (tag === 'time' && el.hasAttribute('datetime')) return el.getAttribute('datetime');
  if (['a', 'link', 'area'].includes(tag)) return el.href;
  if (['img', 'audio', 'video', 'source', 'embed', 'iframe'].includes(tag)) return el.src;
  if (tag === 'meta') return el.getAttribute('content') || '';
  if (tag === 'data' || tag === 'meter') return el.getAttribute('value') || '';
  return (el.textContent || '').replace(/\s+/g, ' ').trim();
}

function microdataItem(root, depth = 0) {
  const item = { '@type': shortType(root.getAttribute('itemtype')) || 'Thing' };
  if (depth > 5) return item;
  const walk = (el) => {
    for (const child of el.children) {
      if (child.hasAttribute('itemprop')) {
        const value = child.hasAttribute('itemscope') ? microdataItem(child, depth + 1) : microdataValue(child);
        for (const name of child.getAttribute('itemprop').split(/\s+/)) {
          if (!name) continue;
          if (name in item) item[name] = [].concat(item[name], value);
          else item[name] = value;
        }
        if (child.hasAttribute('itemscope')) continue;
      }
      if (!child.hasAttribute('itemscope')) walk(child);
    }
  };
  walk(root);
  return item;
}

/** Top-level microdata items as JSON-LD-shaped objects, so the API reads one format. */
export function microdataObjects(doc = document) {
  return Array.from(doc.querySelectorAll('[itemscope][itemtype]:not([itemprop])'))
    .slice(0, LIMITS.jsonld)
    .map((el) => ({ '@context': 'https://schema.org', ...microdataItem(el) }));
}

/** Meta tags by name or property (og:, twitter:, description...). */
export function metaTags(doc = document) {
  const meta = {};
  for (const el of doc.querySelectorAll('meta[name][content], meta[property][content], meta[itemprop][content]')) {
    const name = el.getAttribute('name') || el.getAttribute('property') || el.getAttribute('itemprop');
    if (!name || name in meta || /^(viewport|theme-color|referrer|robots|csrf|google-site|msapplication)/i.test(name)) continue;
    meta[name] = el.getAttribute('content').slice(0, 2000);
    if (Object.keys(meta).length >= LIMITS.meta) break;
  }
  return meta;
}

// Where the description of a listing lives on known sites, then generic places.
const DESCRIPTION_SELECTORS = [
  '#job-details', '.jobs-description__content', '.show-more-less-html__markup', '.description__text',
  '#jobDescriptionText', '[data-automation-id="jobPostingDescription"]', '[class*="JobDetails_jobDescription"]',
  '.posting-page .section-wrapper.page-full-width', '#content .job__description', '.job__description', '#app_body #content',
  '[class*="_descriptionText_"]', '[data-testid="event-description"]', '#event-details', '.event-description',
  '.structured-content', '#event-description', '[itemprop="description"]', '.job-description', '.jobDescription',
  '.description', 'article', 'main', '[role="main"]',
];

export function visibleText(el) {
  // innerText follows rendering (skips hidden parts); textContent is the fallback off-screen
  const text = (typeof el.innerText === 'string' && el.innerText) || el.textContent || '';
  return text.replace(/[ \t\u00a0]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
}

/** The element that holds the listing's description: a known block, or the largest text block. */
export function descriptionBlock(doc = document) {
  for (const selector of DESCRIPTION_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el && (el.textContent || '').trim().length >= 120) return el;
  }
  // Otherwise the block whose paragraphs hold the most text: each paragraph credits its
  // parent fully and its grandparent half (linear in the page, unlike scoring every div).
  const credit = new Map();
  for (const p of doc.querySelectorAll('p, li, h2, h3, pre')) {
    const length = (p.textContent || '').length;
    if (length < 20 || p.closest('nav, header, footer, aside')) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    credit.set(parent, (credit.get(parent) || 0) + length);
    if (parent.parentElement) credit.set(parent.parentElement, (credit.get(parent.parentElement) || 0) + length / 2);
  }
  let best = doc.body;
  let bestScore = 0;
  for (const [el, score] of credit) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

const STRIP = 'script, style, noscript, svg, iframe, template, link, img, video, audio, canvas, input, button, form';

/**
 * The main block's HTML without scripts, styles and media, bounded in size. `links: false`
 * drops the links' targets: a pane about one job links to that job, which reads like a list.
 */
export function mainHtml(block, { links = true } = {}) {
  if (!block) return '';
  const clone = block.cloneNode(true);
  for (const el of clone.querySelectorAll(STRIP)) el.remove();
  const kept = links ? /^(href|datetime|content|itemprop|itemscope|itemtype|property|typeof|class|id|lang)$/
    : /^(datetime|content|itemprop|itemscope|itemtype|property|typeof|class|id|lang)$/;
  for (const el of clone.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      if (!kept.test(attr.name)) {
        el.removeAttribute(attr.name);
      }
    }
  }
  return clone.outerHTML.slice(0, LIMITS.html);
}

// A single-page app's state as its framework ships it (Next.js, Nuxt, Apollo, Redux, Remix): on
// a page drawn by script, the posting or the event may live only there. The API reads these
// scripts (api/core/extraction/embedded.py); nothing else of the page's scripts is sent.
const STATE_ASSIGNMENT = /(?:(?:window|self)\.)?(?:__NEXT_DATA__|__NUXT__|__APOLLO_STATE__|__INITIAL_STATE__|__PRELOADED_STATE__|__INITIAL_DATA__|__DATA__|__STATE__|__remixContext)\s*=/;

/** The page's JSON state scripts as HTML (`<script id type>…</script>`), bounded in size. */
export function stateScripts(doc = document) {
  const kept = [];
  let size = 0;
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') || '').toLowerCase().trim();
    const text = script.textContent || '';
    const json = type.includes('json') && !type.includes('ld+json');
    if (!text.trim() || !(json || script.id === '__NEXT_DATA__' || STATE_ASSIGNMENT.test(text.slice(0, 5000)))) continue;
    if (size + text.length > LIMITS.state) continue;
    const clone = doc.createElement('script');
    if (script.id) clone.id = script.id;
    if (type) clone.setAttribute('type', type);
    clone.textContent = text;
    kept.push(clone.outerHTML);
    size += text.length;
    if (kept.length >= LIMITS.stateScripts) break;
  }
  return kept.join('');
}

/**
 * The page as the API's `page` object: {url, title, jsonld, meta, text, html?}.
 * HTML is sent only when no JSON-LD or microdata describes a listing: the main block without
 * scripts, then the page's JSON state scripts, if any.
 */
export function collectPage(doc = document, url = doc.location.href, { hasListingMarkup } = {}) {
  const jsonld = [...jsonLdObjects(doc), ...microdataObjects(doc)];
  const block = descriptionBlock(doc);
  const page = {
    url,
    title: (doc.title || '').trim().slice(0, 500),
    jsonld,
    meta: metaTags(doc),
    text: block ? visibleText(block).slice(0, LIMITS.text) : '',
  };
  if (!hasListingMarkup) {
    const withH1 = block && !block.querySelector('h1') && doc.querySelector('h1');
    page.html = mainHtml(withH1 ? (block.closest('main, article, [role="main"]') || doc.body) : block) + stateScripts(doc);
  }
  return page;
}

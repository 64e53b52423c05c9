// Badges: <wal-badge data-verdict="..."> host elements, their inside in an open shadow root so
// page styles neither break them nor are broken by them. Text only, never markup.
import { el, clear, safeHref } from '../shared/dom.js';
import { renderEstimate, topReasons, verdictLabel } from '../shared/estimate-view.js';

export const BADGE_TAG = 'wal-badge';

const CSS = `
:host { display: inline-block; position: relative; vertical-align: middle; margin: 2px 4px; padding: 0;
  font: 400 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430; z-index: 3;
  letter-spacing: normal; word-spacing: normal; text-transform: none; text-align: left; text-indent: 0;
  text-decoration: none; white-space: nowrap; visibility: visible; cursor: auto; direction: ltr; }
:host(:hover), :host(:focus-within), :host([data-open]) { z-index: 2147483000; }
button.chip { appearance: none; box-sizing: border-box; display: inline-block; margin: 0; cursor: pointer;
  padding: 2px 8px; border-radius: 999px; border: 1px solid #c9d1dc; background: #f6f8fb; font: inherit;
  color: inherit; text-transform: none; letter-spacing: normal; box-shadow: none; outline: none; }
button.chip::before { content: ""; display: inline-block; width: 8px; height: 8px; margin-right: 5px;
  border-radius: 50%; background: #cbd5e0; vertical-align: 0; }
button.chip:focus-visible { outline: 2px solid #2b6cb0; outline-offset: 1px; }
.ask { color: #4a5568; }
.v { font-weight: 600; margin-left: 4px; }
.v:empty { display: none; }
:host([data-verdict="worth_a_look"]) .chip { background: #e6f6ec; border-color: #8fd3a8; }
:host([data-verdict="worth_a_look"]) .chip::before { background: #2f9e5b; }
:host([data-verdict="maybe"]) .chip { background: #fff7e0; border-color: #f0cf72; }
:host([data-verdict="maybe"]) .chip::before { background: #d69e2e; }
:host([data-verdict="skip"]) .chip { background: #f4f4f5; border-color: #d4d4d8; }
:host([data-verdict="skip"]) .chip::before { background: #71717a; }
:host([data-verdict="ended"]) .chip::before { background: #3f3f46; }
:host([data-verdict="error"]) .chip { background: #fdecec; border-color: #f1a9a9; }
:host([data-verdict="error"]) .chip::before { background: #c53030; }
`;

// The tooltip's and the panel's rules, adopted only when a badge first shows either.
const DETAIL_CSS = `
.tip { display: none; position: absolute; left: 0; top: calc(100% + 4px); width: 280px; padding: 8px 10px; border-radius: 8px;
  background: #1d2430; color: #f7fafc; box-shadow: 0 6px 20px rgba(0,0,0,.2); white-space: normal; }
.tip ul { margin: 0; padding-left: 16px; } .tip li { margin: 2px 0; } .tip p { margin: 4px 0; }
:host(:hover) .tip, :host(:focus-within) .tip { display: block; }
:host([data-open]) .tip { display: none; }
.panel { position: absolute; left: 0; top: calc(100% + 4px); width: 360px; max-height: 420px; overflow: auto; padding: 12px;
  border-radius: 10px; background: #fff; color: #1d2430; border: 1px solid #d7dde6; box-shadow: 0 10px 30px rgba(0,0,0,.18);
  white-space: normal; }
.panel[hidden] { display: none; }
.panel .head { display: flex; gap: 8px; align-items: baseline; }
.panel .verdict { font-size: 14px; font-weight: 600; } .panel .score { font-size: 16px; font-weight: 700; }
.panel .fit { color: #4a5568; }
.panel h2 { font-size: 13px; margin: 6px 0; } .panel h3 { font-size: 12px; margin: 10px 0 4px; color: #4a5568; }
.panel .lens { margin: 6px 0; } .panel .lens-head { display: flex; justify-content: space-between; gap: 8px; font-weight: 600; }
.panel .bar { display: inline-block; width: 80px; height: 6px; background: #edf2f7; border-radius: 3px; overflow: hidden; align-self: center; }
.panel .fill { display: block; height: 100%; background: #2f9e5b; }
.panel ul, .panel ol { margin: 2px 0; padding-left: 18px; } .panel q { display: block; color: #4a5568; font-style: italic; }
.panel a.open { display: inline-block; margin-top: 8px; color: #2b6cb0; }
.panel .notes { color: #718096; font-size: 11px; }
.close { appearance: none; border: 0; background: none; font: inherit; margin: 0; cursor: pointer; float: right; padding: 0 4px; font-size: 14px; color: #4a5568; }
`;

const sheets = {};

function adopt(root, name, css) {
  try {
    if (!sheets[name]) {
      sheets[name] = new CSSStyleSheet();
      sheets[name].replaceSync(css);
    }
    // constructed sheets are not inline styles: pages' CSPs allow them
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheets[name]];
  } catch {
    const node = document.createElement('style');
    node.textContent = css;
    root.append(node);
  }
}

const state = new WeakMap(); // host → {key, fields, estimate, error, chip, v, tip?, panel?}

function stop(event) {
  event.stopPropagation(); // the card's own handlers and links never see a badge's events
}

const STOPPED = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'touchstart', 'dblclick'];

/**
 * A new badge host for a card. Only the chip is built now (a results page draws a hundred of
 * them in one frame); the tooltip and the details panel are built when first wanted.
 */
export function createBadge() {
  const host = document.createElement(BADGE_TAG);
  host.setAttribute('data-verdict', 'pending');
  const root = host.attachShadow({ mode: 'open' });
  adopt(root, 'chip', CSS);
  const chip = document.createElement('button');
  chip.className = 'chip';
  chip.type = 'button';
  chip.setAttribute('aria-expanded', 'false');
  const ask = document.createElement('span');
  ask.className = 'ask';
  ask.textContent = 'worth a look?';
  const v = document.createElement('span');
  v.className = 'v';
  chip.append(ask, v);
  root.append(chip);
  state.set(host, { key: '', fields: null, estimate: null, error: null, chip, v, tip: null, panel: null });
  for (const type of STOPPED) host.addEventListener(type, stop);
  host.addEventListener('pointerenter', () => showTip(host));
  host.addEventListener('focusin', () => showTip(host));
  host.addEventListener('click', (event) => {
    stop(event);
    const path = event.composedPath();
    if (!path.some((node) => node instanceof Element && node.tagName === 'A')) event.preventDefault();
    if (path.includes(chip)) toggle(host);
    else if (path.some((node) => node instanceof Element && node.classList.contains('close'))) toggle(host, false);
  });
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') toggle(host, false);
  });
  return host;
}

function extras(host) {
  const s = state.get(host);
  if (!s.tip) {
    s.tip = el('div', { class: 'tip', role: 'tooltip' });
    s.panel = el('div', { class: 'panel', role: 'dialog', 'aria-label': 'Worth a Look: details', hidden: true });
    adopt(host.shadowRoot, 'detail', DETAIL_CSS);
    host.shadowRoot.append(s.tip, s.panel);
  }
  return s;
}

/** The tooltip: the listing and its top reasons, built from the badge's current answer. */
function showTip(host) {
  const s = extras(host);
  clear(s.tip);
  const title = s.fields ? s.fields.title : '';
  if (s.estimate) {
    const reasons = topReasons(s.estimate);
    s.tip.append(
      el('strong', {}, title),
      reasons.length ? el('ul', {}, reasons.map((r) => el('li', {}, r))) : el('p', {}, 'No strong reason found.'),
      el('small', {}, 'Click for details'),
    );
  } else if (s.error) {
    s.tip.append(el('p', {}, s.error.message || 'No estimate.'), s.error.hint ? el('p', {}, s.error.hint) : null);
  } else {
    s.tip.append(el('span', {}, `Estimating “${title}”…`));
  }
}

function toggle(host, open) {
  const s = extras(host);
  const next = open === undefined ? s.panel.hidden : open;
  if (next) fillPanel(host);
  s.panel.hidden = !next;
  s.chip.setAttribute('aria-expanded', String(next));
  if (next) host.setAttribute('data-open', '');
  else host.removeAttribute('data-open');
}

function fillPanel(host) {
  const s = extras(host);
  clear(s.panel);
  s.panel.append(el('button', { class: 'close', type: 'button', 'aria-label': 'Close' }, '×'));
  if (s.estimate) s.panel.append(renderEstimate(s.estimate, { maxLenses: 4 }));
  else if (s.error) s.panel.append(el('p', {}, s.error.message || 'No estimate.'), s.error.hint ? el('p', {}, s.error.hint) : null);
  else s.panel.append(el('p', {}, 'Estimating…'));
  const href = s.fields && safeHref(s.fields.url);
  if (!s.estimate && href) s.panel.append(el('a', { class: 'open', href, target: '_blank', rel: 'noopener noreferrer' }, 'Open the listing'));
}

function refresh(host) {
  const s = state.get(host);
  if (!s.tip) return;
  if (!s.panel.hidden) fillPanel(host);
  if (host.matches(':hover, :focus-within')) showTip(host);
}

export function badgeKey(host) {
  const s = state.get(host);
  return s ? s.key : '';
}

/** Point a badge at a listing; any answer for another listing is dropped at once. */
export function assignBadge(host, key, fields) {
  const s = state.get(host);
  if (s.key === key) return false;
  s.key = key;
  s.fields = fields;
  s.estimate = null;
  s.error = null;
  host.setAttribute('data-verdict', 'pending');
  host.setAttribute('data-wal-key', key);
  s.v.textContent = '';
  s.chip.setAttribute('aria-label', `Worth a look? Estimating: ${fields.title}`);
  if (s.panel && !s.panel.hidden) toggle(host, false);
  refresh(host);
  return true;
}

export function showEstimate(host, estimate) {
  const s = state.get(host);
  s.estimate = estimate;
  s.error = null;
  const verdict = estimate.verdict || 'unknown';
  const score = typeof estimate.score === 'number' ? String(Math.round(estimate.score)) : '';
  host.setAttribute('data-verdict', verdict);
  s.v.textContent = `${verdictLabel(verdict)} ${score}`.trim();
  s.chip.setAttribute('aria-label', `Worth a look: ${verdictLabel(verdict)}, score ${score}, for ${s.fields ? s.fields.title : ''}`);
  refresh(host);
}

export function showError(host, error) {
  const s = state.get(host);
  s.estimate = null;
  s.error = error || {};
  host.setAttribute('data-verdict', 'error');
  s.v.textContent = '?';
  s.chip.setAttribute('aria-label', `Worth a look: no estimate. ${s.error.message || ''}`);
  refresh(host);
}

/** Put a badge at its slot in the card ('append' inside, or 'after' the element). */
export function placeBadge(host, slot) {
  if (slot.position === 'after') slot.el.after(host);
  else slot.el.append(host);
}

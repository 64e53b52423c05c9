// Badges: <wal-badge data-verdict="..."> host elements, their inside in an open shadow root so
// page styles neither break them nor are broken by them. Text only, never markup.
import { el, clear, safeHref } from '../shared/dom.js';
import { renderEstimate, topReasons, verdictLabel } from '../shared/estimate-view.js';

export const BADGE_TAG = 'wal-badge';

const CSS = `
:host { all: initial; display: inline-block; position: relative; vertical-align: middle; margin: 2px 4px;
  font: 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430; z-index: 3; }
button.chip { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 5px; cursor: pointer;
  padding: 2px 8px; border-radius: 999px; border: 1px solid #c9d1dc; background: #f6f8fb; white-space: nowrap; }
button.chip:focus-visible { outline: 2px solid #2b6cb0; outline-offset: 1px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #a0aec0; flex: none; }
.ask { color: #4a5568; }
.verdict { font-weight: 600; }
.score { color: #4a5568; font-variant-numeric: tabular-nums; }
:host([data-verdict="worth_a_look"]) .chip { background: #e6f6ec; border-color: #8fd3a8; }
:host([data-verdict="worth_a_look"]) .dot { background: #2f9e5b; }
:host([data-verdict="maybe"]) .chip { background: #fff7e0; border-color: #f0cf72; }
:host([data-verdict="maybe"]) .dot { background: #d69e2e; }
:host([data-verdict="skip"]) .chip { background: #f4f4f5; border-color: #d4d4d8; }
:host([data-verdict="skip"]) .dot { background: #71717a; }
:host([data-verdict="ended"]) .dot { background: #3f3f46; }
:host([data-verdict="error"]) .chip { background: #fdecec; border-color: #f1a9a9; }
:host([data-verdict="error"]) .dot { background: #c53030; }
:host([data-verdict="pending"]) .dot { animation: pulse 1s ease-in-out infinite alternate; }
@keyframes pulse { from { opacity: .3; } to { opacity: 1; } }
.tip { display: none; position: absolute; left: 0; top: calc(100% + 4px); width: 280px; padding: 8px 10px; border-radius: 8px;
  background: #1d2430; color: #f7fafc; box-shadow: 0 6px 20px rgba(0,0,0,.2); z-index: 2147483000; white-space: normal; }
.tip ul { margin: 0; padding-left: 16px; } .tip li { margin: 2px 0; }
:host(:hover) .tip, :host(:focus-within) .tip { display: block; }
:host(:hover), :host(:focus-within), :host([data-open]) { z-index: 2147483000; }
:host([data-open]) .tip { display: none; }
.panel { position: absolute; left: 0; top: calc(100% + 4px); width: 360px; max-height: 420px; overflow: auto; padding: 12px;
  border-radius: 10px; background: #fff; color: #1d2430; border: 1px solid #d7dde6; box-shadow: 0 10px 30px rgba(0,0,0,.18);
  z-index: 2147483001; white-space: normal; }
.panel[hidden] { display: none; }
.panel .head { display: flex; gap: 8px; align-items: baseline; }
.panel .verdict { font-size: 14px; } .panel .score { font-size: 16px; font-weight: 700; color: #1d2430; }
.panel .fit { color: #4a5568; }
.panel h2 { font-size: 13px; margin: 6px 0; } .panel h3 { font-size: 12px; margin: 10px 0 4px; color: #4a5568; }
.panel .lens { margin: 6px 0; } .panel .lens-head { display: flex; justify-content: space-between; gap: 8px; font-weight: 600; }
.panel .bar { display: inline-block; width: 80px; height: 6px; background: #edf2f7; border-radius: 3px; overflow: hidden; align-self: center; }
.panel .fill { display: block; height: 100%; background: #2f9e5b; }
.panel ul, .panel ol { margin: 2px 0; padding-left: 18px; } .panel q { display: block; color: #4a5568; font-style: italic; }
.panel a.open { display: inline-block; margin-top: 8px; color: #2b6cb0; }
.panel .notes { color: #718096; font-size: 11px; }
.close { all: unset; cursor: pointer; float: right; padding: 0 4px; font-size: 14px; color: #4a5568; }
`;

let sheet = null;

function style(root) {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [sheet]; // constructed sheets are not inline styles: pages' CSPs allow them
  } catch {
    const node = document.createElement('style');
    node.textContent = CSS;
    root.append(node);
  }
}

const state = new WeakMap(); // host → {key, fields, estimate, chip parts}

function stop(event) {
  event.stopPropagation(); // the card's own click handlers and links never see a badge's clicks
}

/** A new badge host for a card; its inside is built once. */
export function createBadge() {
  const host = document.createElement(BADGE_TAG);
  host.setAttribute('data-verdict', 'pending');
  const root = host.attachShadow({ mode: 'open' });
  style(root);
  const verdict = el('span', { class: 'verdict' });
  const score = el('span', { class: 'score' });
  const chip = el('button', { class: 'chip', type: 'button', 'aria-expanded': 'false', 'aria-haspopup': 'dialog' },
    el('span', { class: 'dot', 'aria-hidden': 'true' }), el('span', { class: 'ask' }, 'worth a look?'), verdict, score);
  const tip = el('div', { class: 'tip', role: 'tooltip' });
  const panel = el('div', { class: 'panel', role: 'dialog', 'aria-label': 'Worth a Look: details', hidden: true });
  root.append(chip, tip, panel);
  state.set(host, { key: '', fields: null, estimate: null, error: null, verdict, score, chip, tip, panel });
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'touchstart', 'dblclick']) {
    host.addEventListener(type, stop);
  }
  host.addEventListener('click', (event) => {
    stop(event);
    const link = event.composedPath().find((node) => node instanceof Element && node.tagName === 'A');
    if (!link) event.preventDefault(); // a badge inside a card link never navigates; its own link does
    if (event.composedPath().includes(chip)) toggle(host);
    else if (event.composedPath().some((node) => node instanceof Element && node.classList.contains('close'))) toggle(host, false);
  });
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') toggle(host, false);
  });
  return host;
}

function toggle(host, open) {
  const s = state.get(host);
  const next = open === undefined ? s.panel.hidden : open;
  if (next) fillPanel(host);
  s.panel.hidden = !next;
  s.chip.setAttribute('aria-expanded', String(next));
  if (next) host.setAttribute('data-open', '');
  else host.removeAttribute('data-open');
}

function fillPanel(host) {
  const s = state.get(host);
  clear(s.panel);
  s.panel.append(el('button', { class: 'close', type: 'button', 'aria-label': 'Close' }, '×'));
  if (s.estimate) s.panel.append(renderEstimate(s.estimate, { maxLenses: 4 }));
  else if (s.error) s.panel.append(el('p', {}, s.error.message), s.error.hint ? el('p', {}, s.error.hint) : null);
  else s.panel.append(el('p', {}, 'Estimating…'));
  const href = s.fields && safeHref(s.fields.url);
  if (!s.estimate && href) s.panel.append(el('a', { class: 'open', href, target: '_blank', rel: 'noopener noreferrer' }, 'Open the listing'));
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
  s.verdict.textContent = '';
  s.score.textContent = '';
  s.chip.setAttribute('aria-label', `Worth a Look? estimating ${fields.title}`);
  clear(s.tip).append(el('span', {}, `Estimating “${fields.title}”…`));
  if (!s.panel.hidden) toggle(host, false);
  return true;
}

export function showEstimate(host, estimate) {
  const s = state.get(host);
  s.estimate = estimate;
  s.error = null;
  const verdict = estimate.verdict || 'unknown';
  host.setAttribute('data-verdict', verdict);
  s.verdict.textContent = verdictLabel(verdict);
  s.score.textContent = typeof estimate.score === 'number' ? String(Math.round(estimate.score)) : '';
  s.chip.setAttribute('aria-label', `Worth a Look: ${verdictLabel(verdict)}, score ${s.score.textContent}, for ${s.fields ? s.fields.title : ''}`);
  const reasons = topReasons(estimate);
  clear(s.tip).append(
    el('strong', {}, s.fields ? s.fields.title : ''),
    reasons.length ? el('ul', {}, reasons.map((r) => el('li', {}, r))) : el('p', {}, 'No strong reason found.'),
    el('small', {}, 'Click for details'),
  );
  if (!s.panel.hidden) fillPanel(host);
}

export function showError(host, error) {
  const s = state.get(host);
  s.estimate = null;
  s.error = error;
  host.setAttribute('data-verdict', 'error');
  s.verdict.textContent = '?';
  s.score.textContent = '';
  clear(s.tip).append(el('span', {}, error.message), error.hint ? el('p', {}, error.hint) : null);
}

/** Put a badge at its slot in the card ('append' inside, or 'after' the element). */
export function placeBadge(host, slot) {
  if (slot.position === 'after') slot.el.after(host);
  else slot.el.append(host);
}

// Badges that keep the person private. Every card gets a <wal-badge> host that page scripts can
// see but learn nothing from: it has no attributes, a fixed size whatever it shows (its layout
// would tell the verdict otherwise), and its inside is a *closed* shadow root made here, in the
// content script's world. The verdict and score are drawn as CSS generated content, which is no
// text node: window.find(), selections and text walks of the page never meet it. The reasons
// and the details show in an extension-origin frame (popover.js) that no page script can read.
// Only trusted events (a real person's) do anything.
import { verdictLabel } from '../shared/estimate-view.js';
import * as popover from './popover.js';

export const BADGE_TAG = 'wal-badge';

// The host's size is fixed and its content cannot change it (contain: strict): a badge reading
// "Skip 12" and one reading "Worth a look 87" take the same room.
const CSS = `
:host { all: initial; display: inline-block !important; box-sizing: border-box !important; width: 148px !important;
  height: 22px !important; contain: strict !important; overflow: hidden !important; vertical-align: middle; margin: 0 4px;
  position: relative; z-index: 3; }
button.chip { all: initial; box-sizing: border-box; display: flex; align-items: center; width: 100%; height: 100%;
  padding: 0 8px; border-radius: 999px; border: 1px solid #c9d1dc; background: #f6f8fb; cursor: pointer;
  font: 600 12px/20px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430; white-space: nowrap; }
button.chip:focus-visible { outline: 2px solid #2b6cb0; outline-offset: -2px; }
button.chip::before { content: ""; flex: none; width: 8px; height: 8px; margin-right: 6px; border-radius: 50%; background: #cbd5e0; }
.label { overflow: hidden; text-overflow: ellipsis; }
.label::after { content: attr(data-label); }
.pending .label { color: #4a5568; font-weight: 400; }
button.chip.worth_a_look { background: #e6f6ec; border-color: #8fd3a8; } button.chip.worth_a_look::before { background: #2f9e5b; }
button.chip.maybe { background: #fff7e0; border-color: #f0cf72; } button.chip.maybe::before { background: #d69e2e; }
button.chip.skip { background: #f4f4f5; border-color: #d4d4d8; } button.chip.skip::before { background: #71717a; }
button.chip.ended::before { background: #3f3f46; }
button.chip.error { background: #fdecec; border-color: #f1a9a9; } button.chip.error::before { background: #c53030; }
`;

let sheet = null;

function adopt(root) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS); // a constructed sheet is no inline style: pages' CSPs allow it
  }
  root.adoptedStyleSheets = [sheet];
}

const state = new WeakMap(); // host → {key, fields, estimate, error, chip, label}

// The card's own handlers and links never see a badge's pointer and key events.
const STOPPED = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'touchstart', 'dblclick', 'auxclick'];

function view(s) {
  return { title: s.fields ? s.fields.title : '', url: s.fields ? s.fields.url : '', estimate: s.estimate, error: s.error, profiled: s.profiled };
}

/**
 * A new badge host for a card: only the chip now (a results page draws a hundred of them in
 * one frame); the reasons and details are drawn in the popover frame when first wanted.
 */
export function createBadge() {
  const host = document.createElement(BADGE_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  adopt(root);
  const chip = document.createElement('button');
  chip.type = 'button';
  const label = document.createElement('span');
  label.className = 'label';
  chip.append(label);
  root.append(chip);
  const s = { key: '', fields: null, estimate: null, error: null, chip, label };
  state.set(host, s);
  paint(s, 'pending', 'worth a look?', 'Worth a Look: estimating');
  for (const type of STOPPED) {
    host.addEventListener(type, (event) => {
      event.stopPropagation();
      if (type === 'keydown' && event.isTrusted && event.key === 'Escape') popover.close();
    });
  }
  host.addEventListener('click', (event) => {
    event.stopPropagation();
    event.preventDefault(); // the badge is never inside a link; nothing else of the page's runs either
    if (event.isTrusted) popover.toggle(host, 'panel', () => view(s));
  });
  const tip = (event) => {
    if (event.isTrusted) popover.show(host, 'tip', () => view(s));
  };
  host.addEventListener('pointerenter', tip);
  host.addEventListener('focusin', tip);
  host.addEventListener('pointerleave', (event) => {
    if (event.isTrusted) popover.hideTip(host);
  });
  host.addEventListener('focusout', (event) => {
    if (event.isTrusted) popover.hideTip(host);
  });
  return host;
}

function paint(s, verdict, text, ariaLabel) {
  s.chip.className = `chip ${verdict}`;
  s.label.setAttribute('data-label', text);
  s.chip.setAttribute('aria-label', ariaLabel);
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
  paint(s, 'pending', 'worth a look?', `Worth a Look: estimating ${fields.title}`);
  popover.refresh(host, () => view(s));
  return true;
}

export function showEstimate(host, estimate, { profiled = false } = {}) {
  const s = state.get(host);
  s.estimate = estimate;
  s.profiled = profiled;
  s.error = null;
  const verdict = estimate.verdict || 'unknown';
  const score = typeof estimate.score === 'number' ? ` · ${Math.round(estimate.score)}` : '';
  paint(s, verdict, `${verdictLabel(verdict)}${score}`, `Worth a Look: ${verdictLabel(verdict)}${score} for ${s.fields ? s.fields.title : 'this listing'}`);
  popover.refresh(host, () => view(s));
}

export function showError(host, error) {
  const s = state.get(host);
  s.estimate = null;
  s.error = error || {};
  paint(s, 'error', 'no estimate', `Worth a Look: no estimate. ${s.error.message || ''}`);
  popover.refresh(host, () => view(s));
}

/** What a badge shows, for the extension's own tests (from the content script's world only). */
export function inspect(host) {
  const s = state.get(host);
  if (!s) return null;
  const style = getComputedStyle(s.chip);
  return {
    key: s.key, verdict: s.chip.className.replace('chip ', ''), label: s.label.getAttribute('data-label'),
    title: s.fields && s.fields.title,
    style: { color: style.color, size: style.fontSize, radius: style.borderRadius, background: style.backgroundColor },
  };
}

/** Put a badge at its slot ('append' inside the element, or 'after' it). */
export function placeBadge(host, slot) {
  if (slot.position === 'after') slot.el.after(host);
  else slot.el.append(host);
}

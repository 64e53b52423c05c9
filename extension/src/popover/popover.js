// The badge's frame: an extension page, so the page it sits on can read neither its content nor
// its size. It draws what the content script sends by the extension's messaging (never by
// postMessage, which any page script could send or forge).
import { el, clear, safeHref } from '../shared/dom.js';
import { renderEstimate, topReasons } from '../shared/estimate-view.js';

const nonce = location.hash.slice(1);
const out = document.getElementById('out');

function closeButton() {
  return el('button', { class: 'close', type: 'button', 'aria-label': 'Close', onclick: () => parent.postMessage({ walPopover: 'close' }, '*') }, '×');
}

function drawTip(view) {
  if (view.estimate) {
    const reasons = topReasons(view.estimate);
    out.append(el('strong', {}, view.title),
      reasons.length ? el('ul', {}, reasons.map((r) => el('li', {}, el('span', {}, r)))) : el('p', {}, 'No strong reason found.'),
      el('small', {}, 'Click the badge for details'));
  } else if (view.error) {
    out.append(el('p', {}, view.error.message || 'No estimate.'));
  } else {
    out.append(el('p', {}, `Estimating “${view.title}”…`));
  }
}

function drawPanel(view) {
  out.append(closeButton());
  if (view.estimate) out.append(renderEstimate(view.estimate, { profiled: Boolean(view.profiled) }));
  else if (view.error) out.append(el('p', {}, view.error.message || 'No estimate.'));
  else out.append(el('p', {}, 'Estimating…'));
  const href = safeHref(view.url);
  if (!view.estimate && href) out.append(el('a', { class: 'open', href, target: '_blank', rel: 'noopener noreferrer' }, 'Open the listing'));
}

chrome.runtime.onMessage.addListener((message) => {
  if (!message || message.type !== 'popover-view' || message.nonce !== nonce) return false;
  const { view } = message;
  clear(out);
  document.body.className = view.mode === 'panel' ? 'panel' : 'tip';
  if (view.mode === 'panel') drawPanel(view);
  else drawTip(view);
  document.body.dataset.state = view.estimate ? 'estimate' : (view.error ? 'error' : 'pending');
  return false;
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') parent.postMessage({ walPopover: 'close' }, '*');
});

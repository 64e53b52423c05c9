// The one frame per page where a badge's reasons (on hover or focus) and details (on click)
// are drawn: an extension-origin iframe in a closed shadow root, of a fixed size for each of
// its two modes, so that neither its content nor its layout is readable by page scripts. What
// it shows travels by the extension's own messaging, which page scripts cannot reach.

const SIZES = { tip: [320, 172], panel: [380, 440] }; // fixed: a size that followed the text would tell it
const GAP = 4;

let host = null;
let frame = null;
let loaded = null;
let current = null; // {badge, mode, read}
let hideTimer = 0;
const nonce = crypto.randomUUID(); // which frame a message is for, among the tabs'

const HOST_CSS = `:host { all: initial; position: fixed !important; z-index: 2147483647 !important; display: none; margin: 0;
  border-radius: 10px; box-shadow: 0 10px 30px rgba(0,0,0,.18); overflow: hidden; }
iframe { display: block; width: 100%; height: 100%; border: 0; color-scheme: light; background: #fff; }`;

function ensureFrame() {
  if (host && host.isConnected) return loaded;
  host = document.createElement('wal-popover');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HOST_CSS);
  root.adoptedStyleSheets = [sheet];
  frame = document.createElement('iframe');
  frame.setAttribute('title', 'Worth a Look');
  loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${chrome.runtime.getURL('src/popover/popover.html')}#${nonce}`;
  root.append(frame);
  document.documentElement.append(host);
  window.addEventListener('message', (event) => {
    // the frame asks to close (its close button, or Escape inside it)
    if (event.source === frame.contentWindow && event.data && event.data.walPopover === 'close') close();
  });
  document.addEventListener('click', (event) => {
    if (event.isTrusted && current && current.mode === 'panel' && !event.composedPath().includes(current.badge)) close();
  }, true);
  window.addEventListener('scroll', () => place(), { passive: true, capture: true });
  window.addEventListener('resize', () => place(), { passive: true });
  return loaded;
}

function place() {
  if (!current || !host) return;
  if (!current.badge.isConnected) {
    close();
    return;
  }
  const [width, height] = SIZES[current.mode];
  const rect = current.badge.getBoundingClientRect();
  const left = Math.max(GAP, Math.min(rect.left, window.innerWidth - width - GAP));
  const below = rect.bottom + GAP;
  const top = below + height > window.innerHeight && rect.top - GAP - height > 0 ? rect.top - GAP - height : below;
  Object.assign(host.style, { left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${height}px`, display: 'block' });
}

async function send() {
  if (!current) return;
  const { mode, read } = current;
  await loaded;
  if (!current || current.read !== read) return;
  try {
    await chrome.runtime.sendMessage({ type: 'popover-view', nonce, view: { mode, ...read() } });
  } catch {
    // the extension was reloaded: this page's content script is orphaned, nothing to show
  }
}

/** Show a badge's reasons ('tip') or details ('panel'); `read` gives what it shows now. */
export function show(badge, mode, read) {
  clearTimeout(hideTimer);
  if (current && current.mode === 'panel' && mode === 'tip') return; // details stay until closed
  ensureFrame();
  current = { badge, mode, read };
  place();
  send();
}

export function toggle(badge, mode, read) {
  if (current && current.badge === badge && current.mode === mode) close();
  else show(badge, mode, read);
}

export function hideTip(badge) {
  if (!current || current.badge !== badge || current.mode !== 'tip') return;
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => {
    if (current && current.mode === 'tip') close();
  }, 150);
}

export function close() {
  current = null;
  if (host) host.style.display = 'none';
}

/** A badge's answer changed: redraw the frame if it shows that badge. */
export function refresh(badge, read) {
  if (current && current.badge === badge) {
    current.read = read;
    send();
  }
}

// A card's text as a person reads it: without the copies meant for screen readers only.

// Copies of text meant for screen readers only (a card's title often sits twice in its link):
// the attribute and the class names sites use for them, never read as a card's fields.
export const HIDDEN_COPY = '[hidden], [aria-hidden="true"], .sr-only, .visually-hidden, .visuallyhidden, '
  + '.screen-reader-text, .screen-reader-only, .a11y-hidden, [class*="a11yHide"], [class*="hidden-accessible"], '
  + '[class*="VisuallyHidden"], [class*="visually-hidden"], [class*="sr-only"]';

/** The text of an element without the hidden copies inside it. */
export function textOf(el) {
  if (!el.querySelector(HIDDEN_COPY)) return el.textContent || '';
  const parts = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === 1 && node.matches(HIDDEN_COPY) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === 3) parts.push(node.data);
  return parts.join(' ');
}


// Eventbrite event search (/d/<place>/<query>/) and organizer pages (/o/<name>-<id>). Each markup
// Eventbrite has used, newest first:
// - discovery cards (tests/extension/fixtures/eventbrite-search.html): a desktop and a mobile copy of
//   each card (one badge, on the copy that is drawn), section.event-card-details with
//   a.event-card-link > h3, a date line, a venue line (p.event-card__clamp-line--one), the organizer;
// - "eds" cards (tests/extension/fixtures/eventbrite-eds-search.html): article.eds-event-card-content,
//   each event drawn twice, its title twice in the link (one copy for screen readers only);
// - organizer pages saved before their script ran (index/geeksforsocialchange-PlaceCal__eventbrite-
//   organizer-queer-lit-social-refuge.html) list their events only in JSON-LD: the structured fallback.
export default {
  id: 'eventbrite',
  label: 'Eventbrite',
  kind: 'event',
  matches: [
    'https://*.eventbrite.com/*', 'https://*.eventbrite.co.uk/*', 'https://*.eventbrite.ca/*',
    'https://*.eventbrite.com.au/*', 'https://*.eventbrite.ie/*',
  ],
  hosts: [/(^|\.)eventbrite\.(com|co\.uk|ca|com\.au|ie)$/],
  listPaths: [/^\/d\//, /^\/o\//, /^\/b\//, /^\/cc\//],
  urlExamples: ['https://www.eventbrite.com/d/ma--boston/tech-networking/', 'https://www.eventbrite.co.uk/o/queer-lit-social-refuge-77383557693'],
  cards: [
    '[data-testid="search-event"]',
    'section.event-card-details',
    'article.eds-event-card-content',
    'div.eds-event-card-content--mini',
  ],
  fields: {
    title: ['a.event-card-link h3', '.eds-event-card-content__action-link h3', '[data-testid="event-card-title"]', 'h3'],
    organization: [
      '[data-testid="organizer-name"]', '.event-card__organizer > p:first-child', '.event-card__organizer', '[class*="organizer-name"]',
      '.eds-event-card__sub-content--organizer',
    ],
    location: [
      '[data-testid="event-card-location"]', 'p.event-card__clamp-line--one', '.event-card__location',
      '.eds-event-card-content__sub-content .card-text--truncated__one',
    ],
    date: [
      '[data-testid="event-card-date"]', 'section.event-card-details p:not([class*="clamp-line"])', 'p.event-card__date',
      '.eds-event-card-content__sub-title', '.eds-evet-card-content__sub-title',
    ],
    url: [
      { sel: 'a.event-card-link', attr: 'href' }, { sel: 'a.eds-event-card-content__action-link', attr: 'href' },
      { sel: 'a[href*="/e/"]', attr: 'href' },
    ],
  },
  // beside the title's link, never inside it
  badgeAt: { sel: ['a.event-card-link:has(h3)', '.eds-event-card-content__action-link', 'h3'], position: 'after' },
};

// Eventbrite event search (/d/<place>/<query>/) and organizer pages (/o/<name>-<id>). Cards are
// rendered by script; the saved organizer page in the shared realpages
// (index/geeksforsocialchange-PlaceCal__eventbrite-organizer-queer-lit-social-refuge.html) has its
// events only in JSON-LD, so tests/extension/fixtures/eventbrite-search.html follows the real
// rendered card structure (section.event-card-details, a.event-card-link[data-event-id]).
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
    'div.discover-search-desktop-card',
    'section.event-card-details',
    'article.eds-event-card-content',
    'div.eds-event-card-content--mini',
  ],
  fields: {
    title: ['h3', 'a.event-card-link h3', '.eds-event-card-content__title', '[data-testid="event-card-title"]'],
    organization: ['[data-testid="organizer-name"]', '.event-card__organizer', '.card-text--truncated__one'],
    location: [
      '[data-testid="event-card-location"]', 'p.event-card__clamp-line--one ~ p.event-card__clamp-line--one',
      '.event-card__location', '.card-text--truncated__one',
    ],
    date: [
      '[data-testid="event-card-date"]', 'p.event-card__clamp-line--one', 'p.event-card__date',
      '.eds-event-card-content__sub-title',
    ],
    url: [{ sel: 'a.event-card-link', attr: 'href' }, { sel: 'a[href*="/e/"]', attr: 'href' }],
  },
  badgeAt: { sel: ['.event-card-details', 'h3'], position: 'after' },
};
